/// Blockers: what stops a team, from raised to closed, with the history of every change.
///
/// BLK-1 — only VPs and chairs raise blockers; a member is refused with 403.
/// BLK-2 — the raiser or a chair edits an open blocker; closed blockers are not edited (409).
/// BLK-3 — `blocking` names an active VP or chair.
/// BLK-4 — the raiser or a chair resolves an open blocker with a `decision` and an `owner` (an
///         active VP or chair); a decision that defers (see `Deferral`) is refused with 422
///         `deferral_rejected`, changes nothing on the blocker, and is kept in its history.
/// BLK-5 — the raiser or a chair withdraws an open blocker with a `reason`, checked the same way;
///         the reason is kept in `decision`, and `owner` stays empty.
/// BLK-6 — a closed blocker is not closed again (409); of two clients closing it at once,
///         exactly one succeeds (the row is locked, then checked again).
/// BLK-7 — a chair may overrule the deferral check for a text it refused, with a reason
///         (`overrule`): the outcome is recorded, and the overrule kept in the history with who and
///         why and counted in the SLA report; a VP who tries is refused with 403.
/// BLK-8 — a chair exports the installation's refused and overruled outcomes as labelled corpus
///         rows: a refused text is a `deferral`, an overruled one a `decision`.
/// BLK-9 — a chair imports historical blockers from CSV: all rows or none, each checked like API
///         input (deferral rule included), instants not in the future, resolved_at not before
///         raised_at; a refusal names the line (the header is line 1) and the reason.
/// BLK-10 — imported instants are cut to the millisecond like every stored instant, never rounded
///          up: 13:00:59.999999999 stays in 13:00, the minute the SLA clock (which floors) counts.
/// BLK-11 — a blocker may name the earlier blocker it repeats (`repeats`, when raised or edited):
///          one that exists, is closed (an open one is added to, not raised again) and was raised
///          before it (a smaller id); anything else is refused with 400 naming `repeats`.
/// BLK-12 — raising a blocker that repeats none, its raiser is shown the blockers resolved in the
///          last 12 weeks whose titles closely match its own (`Similar`), at most three, closest
///          first, so that a problem that came back is named as such.
/// BLK-13 — a blocker read with its history may be served as read up to a second before, never
///          after a change to it on this server has answered (see `io.eteam.event.Remembered`).
/// Field rules: title 1–200 characters (a character outside the Basic Multilingual Plane, such
/// as U+2D800, is one), detail ≤ 4000, kind blocked|misaligned|off-track,
/// impact high|medium|low (default medium), minutes 5–60 (default by impact 15/10/5).
/// Every change is written to `blocker_event` in the same transaction as the change itself.
package io.eteam.blocker;
