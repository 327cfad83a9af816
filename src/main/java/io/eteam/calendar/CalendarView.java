package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/// The calendar as `GET /api/v1/calendar` and `eteam calendar show` present it.
public record CalendarView(
        String zone,
        String workingDays,
        String workingHours,
        int minutesPerDay,
        String holidays,
        List<Holiday> addedHolidays,
        List<Holiday> upcomingHolidays,
        BigDecimal targetDays,
        String meetingDay,
        String meetingTime,
        int meetingMinutes) {

    /// A non-working date: its name and where it comes from (a country code, or "added").
    public record Holiday(LocalDate date, String name, String source) {
    }
}
