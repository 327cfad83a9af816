/// Idempotent writes: a client sends `Idempotency-Key` with a `POST` or `PATCH`, and retries
/// with the same key whenever it does not know whether the request arrived, so a retry is
/// never applied twice.
///
/// IDEM-1 — the same person sending the same key with the same request (method, path with query,
///          body) gets the first answer again: same status, same body, marked `Idempotent-Replayed: true`.
///          The same key with a different request is refused with 422 `idempotency_mismatch` and
///          changes nothing. Keys are per person: one person's key never answers another's request.
/// IDEM-2 — a key is recorded in the same transaction as the first change its request commits, and
///          the answer is stored right after; an answer that changed nothing (a refusal) is stored
///          too, except 5xx and 429, which a retry may get past.
/// IDEM-3 — a key committed with no answer stored (the server stopped in between) answers 409: the
///          request was applied and its answer lost, and it is not applied again.
/// IDEM-4 — a request whose key's first request is still being served waits for it (up to a
///          minute, then 409 with `Retry-After`) and replays its answer; of two servers sharing a
///          database, the second to commit the key rolls back and replays the first's answer.
/// IDEM-5 — keys are kept at least 24 hours, then purged.
/// A malformed key (empty, over 255 characters, not printable ASCII) is refused with 400
/// naming `Idempotency-Key`; a request without the header is served as it always was; a
/// request refused at sign-in (401) leaves nothing behind.
package io.eteam.idempotency;
