package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/// The work calendar and meeting schedule as a chair set them: the country whose public
/// holidays count (null: none), the dates added by hand, and when the E-Team meets.
public record CalendarSettings(
        ZoneId zone,
        Set<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        String holidayCountry,
        Map<LocalDate, String> manualHolidays,
        BigDecimal targetDays,
        DayOfWeek meetingDay,
        LocalTime meetingTime,
        int meetingMinutes) {
}
