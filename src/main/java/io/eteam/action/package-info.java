/// Follow-through (issue 18): every resolved blocker's decision is an action for its owner.
///
/// ACT-1 — an action is a resolved blocker's decision, owner and due date; its id is the
///         blocker's. A decision with a due date is `open` until marked done, and `overdue` from
///         the day after its due date (in the installation's zone) until then. A decision
///         without a due date is complete in itself: its action is `done` when it is decided.
/// ACT-2 — the owner or a chair marks an open or overdue action done, with an optional note
///         (at most 2000 characters); anyone else is refused with 403, an action already done
///         with 409, an id that is no resolved blocker with 404.
/// ACT-3 — every signed-in person reads the actions, filtered by owner and status.
/// ACT-4 — a meeting opens with follow-up: every action decided before it started, due on or before
///         its day and not done when it started, soonest due first, with its owner. An action
///         stays on the follow-up of every meeting until it is done; one done during the meeting
///         stays on that meeting's list, shown done. The follow-up takes the time box a chair
///         sets (`follow_up_minutes`, default 10, 0 to 60) out of the meeting's length when there
///         is at least one action on it, and no time when there is none (AGD-9).
/// ACT-5 — a VP or chair raises an overdue action again as a blocker in one step: "Overdue action
///         #ID: DECISION", kind blocked, impact high unless given, blocked by the owner's area (none
///         when the owner can no longer attend) and repeating the blocker whose decision it was (BLK-11). An action that is not overdue, or
///         one already raised again (that blocker still open), is refused with 409. While that
///         blocker is on a meeting's agenda, the action is not on its follow-up as well.
package io.eteam.action;
