package io.eteam.idempotency;

import io.eteam.problem.Problem;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Idempotency-Key: a retried request is answered as it was the first time, never applied
/// twice. Rules are in package-info.
public final class IdempotencyService {

    /// Keys are kept at least this long (IDEM-5).
    public static final Duration KEPT = Duration.ofHours(24);

    /// How long a request waits for the first request with its key to finish (IDEM-4): a client
    /// whose first try timed out retries, and is answered when the first is done.
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(60);

    /// A committed key without an answer may belong to a request still being answered by
    /// another server sharing the database; after this long it is taken as lost (IDEM-3).
    static final Duration ANSWERED_WITHIN = Duration.ofSeconds(10);

    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyService.class);

    /// What to do with a request that carries a key.
    public sealed interface Outcome {
        /// Serve it; `finish` must follow, whatever happens.
        record Serve() implements Outcome {
        }

        /// Answer this, as the first request with the key was answered.
        record Replay(Answer answer) implements Outcome {
        }

        /// The first request with the key is still being served; try again shortly.
        record Busy(String message) implements Outcome {
        }
    }

    /// A request being served with a key, in this process; the next with the same key waits on it.
    static final class InFlight {
        final String requestHash;
        final CountDownLatch done = new CountDownLatch(1);

        InFlight(String requestHash) {
            this.requestHash = requestHash;
        }
    }

    private final IdempotencyRepository keys;
    private final PendingKeys pending;
    private final Clock clock;
    private final ConcurrentHashMap<String, InFlight> inFlight = new ConcurrentHashMap<>();
    private volatile Instant nextPurge = Instant.MIN;

    public IdempotencyService(IdempotencyRepository keys, PendingKeys pending, Clock clock) {
        this.keys = keys;
        this.pending = pending;
        this.clock = clock;
    }

    /// IDEM-1–IDEM-4 — what to answer `handle`'s request with this key: the first answer again, or a
    /// refusal, or nothing yet (`Serve`): then the request is served, its key is recorded in its
    /// first commit, and `finish` stores its answer.
    public Outcome begin(String handle, String key, String method, String pathAndQuery, byte[] body) {
        var keyHash = Seal.keyHash(key);
        var requestHash = Seal.requestHash(method, pathAndQuery, body);
        var id = handle + "\0" + keyHash;
        purgeNowAndThen();
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        while (true) {
            var mine = new InFlight(requestHash);
            var first = inFlight.putIfAbsent(id, mine);
            if (first != null) {
                if (!first.requestHash.equals(requestHash)) {
                    throw mismatch();
                }
                if (!await(first.done, deadline)) {
                    return busy();
                }
                continue;
            }
            Outcome outcome;
            try {
                outcome = keys.find(handle, keyHash)
                        .map(stored -> replay(stored, handle, key, keyHash, requestHash, deadline))
                        .orElse(null);
            } catch (RuntimeException e) {
                done(id, mine);
                throw e;
            }
            if (outcome != null) {
                done(id, mine);
                return outcome;
            }
            pending.hold(new PendingKeys.Pending(handle, key, keyHash, requestHash, mine));
            return new Outcome.Serve();
        }
    }

    /// True while this thread serves a request that `begin` let through.
    public boolean serving() {
        return pending.peek() != null;
    }

    /// IDEM-2 — after the request `begin` let through was answered with `answer`: stores it with
    /// its key (null: stores nothing, only ends the request). A failure to store is logged and
    /// never changes the answer the client gets.
    public void finish(Answer answer) {
        var p = pending.release();
        if (p == null) {
            return;
        }
        try {
            if (p.taken || answer == null) {
                return;
            }
            var sealed = Seal.seal(p.key, p.handle, answer.body());
            if (p.committed) {
                keys.answer(p.handle, p.keyHash, answer.status(), answer.contentType(), sealed);
            } else if (answer.status() < 500 && answer.status() != 429) {
                keys.insertAnswered(p.handle, p.keyHash, p.requestHash, now(), answer.status(), answer.contentType(), sealed);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not store the answer of an idempotent request by {}; a retry of it will be told it was lost", p.handle, e);
        } finally {
            done(p.handle + "\0" + p.keyHash, p.inFlight);
        }
    }

    /// IDEM-4 — the answer for a request whose commit found its key committed first by another
    /// request (on another server sharing the database): that request's answer, once stored.
    public Outcome afterKeyTaken() {
        var p = pending.peek();
        if (p == null) {
            throw new IllegalStateException("no request with a key is being served on this thread");
        }
        long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
        var stored = keys.find(p.handle, p.keyHash);
        if (stored.isEmpty()) {
            throw new IllegalStateException("the Idempotency-Key's commit failed, and no other request holds the key");
        }
        return replay(stored.get(), p.handle, p.key, p.keyHash, p.requestHash, deadline);
    }

    /// The stored row's answer; while there is none, waits for it as long as it may still come.
    private Outcome replay(IdempotencyRepository.Stored stored, String handle, String key, String keyHash,
                           String requestHash, long deadline) {
        var row = stored;
        long pause = 20;
        while (true) {
            if (!row.requestHash().equals(requestHash)) {
                throw mismatch();
            }
            if (row.answered()) {
                try {
                    return new Outcome.Replay(new Answer(row.status(), row.contentType(), Seal.open(key, handle, row.answer())));
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    throw Problem.conflict("The answer kept for this Idempotency-Key cannot be read; see what the request did,"
                            + " e.g. with 'eteam blockers --status all', before sending it again with a new key.");
                }
            }
            if (!now().isBefore(row.createdAt().plus(ANSWERED_WITHIN))) {
                throw lost();
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                return busy();
            }
            sleep(pause);
            pause = Math.min(pause * 2, 500);
            row = keys.find(handle, keyHash).orElseThrow(IdempotencyService::lost);
        }
    }

    /// IDEM-5 — keys older than a day are forgotten, checked at most once an hour, before a key is
    /// looked up (an expired key must not refuse or answer a new request).
    private void purgeNowAndThen() {
        var now = now();
        if (now.isBefore(nextPurge)) {
            return;
        }
        nextPurge = now.plus(PURGE_EVERY);
        try {
            keys.purge(now.minus(KEPT));
        } catch (RuntimeException e) {
            LOG.warn("Could not purge expired Idempotency-Keys; trying again in an hour", e);
        }
    }

    private void done(String id, InFlight mine) {
        inFlight.remove(id, mine);
        mine.done.countDown();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static boolean await(CountDownLatch latch, long deadline) {
        try {
            return latch.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Problem mismatch() {
        return Problem.idempotencyMismatch("This Idempotency-Key was first used for a different request (another method,"
                + " path or body); send a new key with each new request.");
    }

    private static Problem lost() {
        return Problem.conflict("This request was already applied, but the server stopped before it answered, so its"
                + " answer is lost. Do not send it again: see what it did, e.g. with 'eteam blockers --status all' or"
                + " 'eteam show ID'.");
    }

    private static Outcome busy() {
        return new Outcome.Busy("The first request with this Idempotency-Key is still being served; try again with the"
                + " same key in a few seconds.");
    }
}
