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
/// MTG-13 — while a meeting runs, a chair may move on from the current item without an outcome
///          (`next`): it goes to the back of the queue, after every item not moved on, and the next
///          item comes up then. The step names the item the chair saw as current; if another
///          outcome or step got there first, it is refused with `409`, so nothing moves twice.
/// MTG-14 — `extend` adds a minute to the current item's time box, counted since it came up.
/// MTG-15 — `overflow` pushes the current item below the cut-off line for good: it is left open for
///          the next meeting (in the minutes it is overflow, MIN-3), and the next item comes up then.
///
/// Minutes (issue 18), derived from what is stored; nothing is written for them.
/// MIN-1 — the minutes are of one ended meeting, named by its date; `last` (the CLI's default) is
///         the meeting on the schedule's meeting day that ended last, and when none has ended it is
///         refused with `404 not_found`.
/// MIN-2 — a date that is not a meeting day, or more than a year ahead, is refused as MTG-1 says
///         (`400`); a meeting not yet ended (still to come, or running) with `409 conflict`, saying
///         when its minutes will be ready; a meeting day whose meeting time passed without anyone
///         starting it with `404 not_found`: no meeting was held.
/// MIN-3 — the items are the agenda (MTG-6) as the live meeting holds them (MTG-11): those closed
///         between the actual start and the end (both included) in the order they closed, each
///         `resolved` (decision, owner, due, rationale) or `withdrawn` (reason) with who recorded
///         it; then those still open at the end, in the agenda's order, as `overflow`. A blocker
///         closed after the end counts as open at the end; an agenda item closed before a late
///         start was never taken up and is left out.
/// MIN-4 — the time an item took runs from the previous item's close (or, for the first, the
///         actual start plus the follow-up's time box, AGD-9, unless it closed within that box:
///         then the start) to its own close, to the second; overflow took no time. The follow-up
///         (ACT-4) is listed before the items, each action with its owner, due date and status. The time from the
///         last close to the end is given on its own (`after_last_outcome_seconds`): no item owns it.
/// MIN-5 — the deferrals refused, and the ones a chair overruled, between the start and the end on
///         the meeting's items are listed with when, by whom, on which item, the text and the words
///         that deferred. The minutes are a document for signed-in readers, so unlike the events
///         (EVT-2) they carry the text people typed.
/// MIN-6 — attendance is everyone checked in, with when and by whom, and everyone refused at the
///         door (MTG-4) with the reason.
/// MIN-7 — in Markdown every text a person typed is escaped: Markdown's special characters get a
///         backslash and line breaks become spaces, so a title or decision cannot break a table
///         row, open HTML, make a link or a heading.
package io.eteam.meeting;
