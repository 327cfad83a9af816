package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The work calendar and meeting schedule as a chair set them: where the holidays come from
/// (country and subdivision codes as `Holidays` stores them, `company`; empty: none) and which
/// kinds count, the dates added by hand (a name each; those with hours are part days), and when
/// the E-Team meets.
public record CalendarSettings(
        ZoneId zone,
        Set<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        List<String> holidaySources,
        Set<Holidays.Kind> holidayKinds,
        Map<LocalDate, String> manualHolidays,
        Map<LocalDate, Hours> partDays,
        BigDecimal targetDays,
        DayOfWeek meetingDay,
        LocalTime meetingTime,
        int meetingMinutes) {

    public Hours hours() {
        return new Hours(dayStart, dayEnd);
    }
}
