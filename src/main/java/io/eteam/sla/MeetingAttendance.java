package io.eteam.sla;

import java.time.LocalDate;

/// Who came to one meeting of the period: counted by the caller, shown as given (rule SLA-12).
///
/// `expected` is how many chairs and VPs were active that day, so `checkedIn` of `expected`
/// reads as "14 of 16".
public record MeetingAttendance(LocalDate meeting, int checkedIn, int expected) {
}
