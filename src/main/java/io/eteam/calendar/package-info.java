/// The work calendar and working-time arithmetic: pure functions, no database, no clock.
///
/// CAL-1 — an instant is working time when its local date-time in the calendar's zone lies within
///         the hours of a working day that is not a holiday: at or after the day's start and before
///         its end (09:00 counts, 17:00 does not). Hours belong to the day they start on and may
///         cross midnight (22:00-06:00 ends the next morning); equal start and end is a whole day
///         (00:00-24:00). A part day has its own hours: the hours still worked, taken within the
///         day's regular hours (from the first time of their start at or after the regular
///         opening, cut at the regular closing). Holidays and part days on days off change nothing.
/// CAL-2 — the working time between two instants is the working time in `[from, to)`; when
///         `to <= from` it is 0. Either instant may lie inside or outside working hours.
/// CAL-3 — daylight saving follows from CAL-1, which reads each instant's own local time: a local
///         hour that does not exist (spring forward) does not count, a local hour that happens
///         twice (fall back) counts twice. A working day is as long as the real time that passes
///         between its local start and end: 00:00–06:00 on Stockholm's 2026-03-29 is 300 minutes,
///         on 2026-10-25 it is 420.
/// CAL-4 — seconds: working time is measured exactly, to the nanosecond, and reported in whole
///         minutes rounded down: 59.9 working seconds are 0 minutes.
/// CAL-5 — `plusWorkingMinutes(from, m)` is the earliest instant `t` with
///         `minutesBetween(from, t) == m`; filling a day exactly ends at its closing time, not at
///         the next opening. `m == 0` gives `from`; a negative `m` is refused.
/// CAL-6 — one working day is the length of the working hours (480 minutes by default);
///         `days(m) = m / minutesPerDay`. Within target means working minutes ≤ target ×
///         minutes per day, so `targetMinutes()` rounds a fractional product down.
/// CAL-7 — one calendar per installation, stored in the database, changed only by chairs;
///         defaults Europe/Stockholm, MON–FRI, 09:00–17:00, no holidays, target 2.5 days,
///         meetings every Tuesday 13:00 for 180 minutes.
/// CAL-8 — holidays come from ISO 3166 countries and 3166-2 subdivisions (`GB-ENG`, `US-CA`) in
///         the Jollyday library, of the kinds a chair chose (public by default; bank holidays and
///         observances opt-in), plus dates a chair adds by hand (whole days off, or part days with
///         the hours still worked); only hand-added dates can be removed one by one. Where the
///         library's data is wrong a corrected file in its format replaces the country (Japan).
/// CAL-9 — time zones are IANA region names (`Europe/Stockholm`) or UTC; abbreviations (`EST`),
///         System V names and fixed offsets are refused naming the region they stand for.
/// CAL-10 — every change of a calendar is a version in force from a date (default: now, or from the
///          start while no blocker is recorded yet: setting up is not rewriting history). Working
///          time counts each moment by the version in force then; a blocker's target is the one in
///          force when it was raised; a report reads its period in the version in force at its end.
///          A date in the past restates the past on purpose: the versions from it on are superseded.
/// CAL-11 — a team may have its own calendar; a blocker's clock runs on its team's (the raiser's
///          team unless the raiser named another), the installation's before the team's first version.
/// Cost does not grow with the length of a span: O(offset changes + holidays in the span),
/// never a walk over its minutes or days (see `WorkingTime`).
package io.eteam.calendar;
