/// Meetings: one per scheduled day (default every Tuesday 13:00 for 180 minutes in the
/// calendar's zone), identified by its local date.
///
/// MTG-1 — a date that is not a meeting day is refused, naming the meeting day; so is a date
///         more than a year ahead (`400 invalid_request`), which bounds the work a date can ask for.
/// MTG-2 — "the next meeting" at an instant is the first one that has not ended: a running
///         meeting is still the next one until it ends.
/// MTG-3 — a chair starts a planned meeting on its day and ends a running one.
/// MTG-4 — VPs only: a VP or chair checks in as themselves; a chair may check in another active
///         VP or chair. A member, or a VP checking in someone else, is refused with `vps_only`
///         ("The E-Team is VPs only: no direct reports, no proxies.") and the refusal is kept.
///         Check-ins are taken on the meeting's day until it ends.
/// MTG-5 — a check-in for text that cannot be a handle (`[a-z0-9-]{2,32}`) is refused with
///         `400 invalid_request` naming `handle`, and is not kept as a refusal at the door.
/// MTG-6 — the agenda is what was open at the meeting's start (see `io.eteam.agenda`), so a
///         past meeting's agenda can be looked back on.
/// MTG-7 — a chair stack-ranks the agenda of a meeting that has not ended; unknown, closed or
///         not-yet-raised ids are refused by name.
/// MTG-8 — the live meeting (`LiveMeeting`) takes the agenda in its order and keeps the items whose
///         blocker is still open.
/// MTG-9 — the first of them is the current item; while the meeting runs its time box counts from
///         when it came up (the last outcome, or the end of the follow-up's time box, AGD-9) and
///         may run over.
/// MTG-10 — the items after it come up one after another from the end of the current item's time
///          box (or from now, when it has run over); the first whose time box would end after the
///          meeting's scheduled end is the cut-off line, and every item from it on is below the line.
/// MTG-11 — decided: the agenda items closed since the meeting started, in the order they closed.
/// MTG-12 — an ended meeting has no current item; what it left open is below the line.
package io.eteam.meeting;
