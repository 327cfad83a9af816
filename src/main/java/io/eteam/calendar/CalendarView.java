package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/// The calendar as `GET /api/v1/calendar` and `eteam calendar show` present it.
public record CalendarView(
        String team,
        String zone,
        String workingDays,
        String workingHours,
        int minutesPerDay,
        String holidays,
        String holidayTypes,
        List<Holiday> addedHolidays,
        List<Holiday> upcomingHolidays,
        BigDecimal targetDays,
        String meetingDay,
        String meetingTime,
        int meetingMinutes,
        int followUpMinutes) {

    /// A non-working date: its name, where it comes from (a country or subdivision code, or
    /// "added"), and for a part day the hours still worked (null: the whole day is off).
    public record Holiday(LocalDate date, String name, String source, String hours) {
    }

    /// One version of a calendar, as `GET /api/v1/calendar/history` and `eteam calendar history`
    /// list them: in force from `effectiveFrom` until the next one of the same calendar.
    public record Version(long id, String team, java.time.Instant effectiveFrom, String zone, String workingDays,
                          String workingHours, String holidays, String holidayTypes, BigDecimal targetDays,
                          java.time.Instant setAt, String setBy, boolean restated, boolean superseded) {
    }
}
