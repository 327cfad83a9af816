/// Meetings: one per scheduled day (default every Tuesday 13:00 for 180 minutes in the
/// calendar's zone), identified by its local date.
///
/// M1 — a date that is not a meeting day is refused, naming the meeting day.
/// M2 — "the next meeting" at an instant is the first one that has not ended: a running
///      meeting is still the next one until it ends.
package io.eteam.meeting;
