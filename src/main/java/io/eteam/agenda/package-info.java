/// The agenda of a meeting: a pure function of the blockers, the work calendar, the meeting,
/// the next meeting and the chair's ranking. No database, no clock: the same inputs give the
/// same agenda, so the agenda of a past meeting can be rebuilt at any time.
///
/// AGD-1 — membership: every blocker raised before the meeting's start and not closed before it
///         (open, or `resolvedAt` at or after the start). The agenda of a past meeting is what
///         was open at its start; a blocker raised exactly at the start waits for the next one.
///         `Agenda.build` filters, so callers may pass more blockers than belong.
/// AGD-2 — a blocker is breached at the start when its working minutes from `raisedAt` to the
///         meeting's start exceed `targetMinutes()` (C6): exactly at the target is within it.
/// AGD-3 — default order, a strict total order: breached at the start first, even a low-impact
///         one; then impact high > medium > low; then longer working time at the start first
///         (whole working minutes, so blockers raised on the same weekend tie); then lower id.
/// AGD-4 — a chair's ranking puts the ranked blockers first in its order; the rest follow in the
///         default order. Ids not on the agenda are ignored here (the service refuses unknown
///         and closed ids by name before calling), and an id repeated counts where it first
///         appears. Two blockers with one id are refused.
/// AGD-5 — layout: items run back to back from the meeting's start, each taking its `minutes`
///         of real time. The first item that does not fit in the meeting's length, and every
///         item after it, is overflow, however small: the stack rank is strict. An item ending
///         exactly at the meeting's end fits.
/// AGD-6 — nothing is dropped: ranks number every member 1..n, items first, overflow continuing.
/// AGD-7 — working time is reported in working days (minutes / minutes per day) as an unrounded
///         `double`; rounding to two decimals belongs to presentation. Overflow carries
///         `projectedWorkingDays`: the working time at the next meeting's start, as if nothing
///         happened before it. The next meeting must start after this one.
/// AGD-8 — `MeetingSlot.on` places a meeting by its local date and time in the calendar's zone,
///         so the start carries that day's offset across daylight-saving changes, and the
///         meeting lasts its `minutes` of real time.
/// AGD-9 — a meeting may keep its first minutes for the follow-up of actions (see
///         `io.eteam.action`, ACT-4): the items are laid out from the end of that time box, and
///         the time box counts against the meeting's length, so the cut-off line accounts for it.
package io.eteam.agenda;
