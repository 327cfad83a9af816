/// The SLA report: pure functions from blockers, a calendar and instants to records, and the
/// CSV and Markdown renderings of those records. No database, no clock, no HTTP.
///
/// SLA-1 — a blocker's working time runs (C2) from `raised_at` to when it closed, or, while open,
///         to the instant it is read. The clock never pauses.
/// SLA-2 — closed means resolved or withdrawn: both end the team's wait. A withdrawn blocker
///         counts in the report like a resolved one (`resolved` counts both, `withdrawn` says how
///         many were withdrawn, a row's `closed_as` says which), so withdrawing a late blocker
///         cannot hide its breach.
/// SLA-3 — `met`: closed within target, i.e. working minutes ≤ `targetMinutes()` (C6);
///         `breached`: closed past it, or open and past it.
/// SLA-4 — `at_risk`: open, within target, and the instant the target falls
///         (`plusWorkingMinutes(raised_at, targetMinutes())`) is before the next meeting ends;
///         `open` otherwise. A blocker closed after the instant it is read at reads as open then.
/// SLA-5 — a period runs from 00:00 local on `from` to 00:00 local on the day after `to`, in the
///         calendar's zone: `[start, end)`. It is read at `as_of` = the earlier of `end` and now.
/// SLA-6 — rows: every blocker closed in `[start, end)`, by closing instant then id; then every
///         blocker raised before `end` and not closed before it, by `raised_at` then id, its
///         working time counted to `as_of`, its status read at `as_of`, and `resolved_at` empty
///         (it was open then, whatever happened later).
/// SLA-7 — `working_days` = working minutes ÷ minutes per working day, two decimals, half up;
///         `target_days` is the calendar's target as the chairs set it (2.5).
/// SLA-8 — summary of a set of rows: `resolved`, `withdrawn`, `met`, `breached` count its closed
///         rows; `breach_rate` = breached ÷ resolved as a fraction with three decimals, half up,
///         0.000 when none closed; `median_days`, `p85_days`, `max_days` are nearest-rank
///         percentiles of the closed rows' working time (the p-th is the value at 1-based rank
///         ceil(p/100 × n) of the sorted values, so the median of two is the lower), null when
///         none closed; `open_at_end`, `open_breached`, `at_risk` count its open rows.
/// SLA-9 — the same summary per VP who raised (`by_raised_by`), per VP whose area blocks
///         (`by_blocking`, `(none)` when no one is named) and per kind (`by_kind`, wire names),
///         each over that group's rows, keys in alphabetical order.
/// SLA-10 — trend: the 12 ISO weeks (Monday 00:00 to Monday 00:00 local) ending with the week that
///          holds `to`, oldest first, labelled `2026-W47`; each counts the blockers closed in it as
///          SLA-8 does, and the last week is cut at the period's end.
/// SLA-11 — the caller passes every blocker raised before `end` and not closed before
///          `relevantSince` (the earlier of `start` and the trend's first Monday); others are
///          skipped, so a wider read only costs time.
/// SLA-12 — refused deferrals and attendance are counted by the caller and passed through as given.
/// SLA-13 — CSV: RFC 4180 (CRLF, minimal quoting, quotes doubled), header
///          `id,title,kind,impact,raised_by,raised_at,resolved_at,working_minutes,working_days,target_days,status`,
///          rows in SLA-6's order, instants ISO-8601 with the zone's offset, empty `resolved_at` when
///          open. A row's `blocking` and `closed_as` are in the JSON, not in these columns. A cell a
///          spreadsheet would run as a formula is neutralised (`io.eteam.csv`, C2).
/// SLA-14 — Markdown: user text in table cells has ``\ ` * _ [ ] < > | ~ &`` backslash-escaped and
///          line breaks turned into spaces; times are local, to the minute, in the report's zone.
/// Cost: one pass over the blockers (one working-time call each, one more for an open blocker
/// within target) that counts every row into its summaries as it goes, then a sort of the rows:
/// O(n log n) for n blockers. Closed rows' minutes are kept in bare `long[]`s, and the
/// renderers write instants without a formatter object per value (`TimeText`).
/// SLA-15 — the report shows each active VP's and chair's attendance: meetings attended in person
///       out of the meetings held in the period.
/// SLA-16 — follow-through: the actions due in the period (resolved blockers' due dates from its
///          first to its last day), per owner: done on or before the due date (in the calendar's
///          zone), done after it, not done and past it, and not done nor yet due, as of the report.
/// SLA-17 — recurrences: the blockers raised in the period that repeat an earlier one (BLK-11),
///          per blocking area, most first: the same problem came back.
package io.eteam.sla;
