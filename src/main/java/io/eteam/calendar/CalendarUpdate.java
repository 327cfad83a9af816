package io.eteam.calendar;

/// A chair's change to the calendar; null fields stay as they are. Text forms as the CLI
/// takes them: `zone` "Europe/Stockholm", `working_days` "MON-FRI" or "MON,TUE,THU",
/// `working_hours` "09:00-17:00", `holidays` a country code like "SE" or "none",
/// `target_days` 2.5, `meeting_day` "TUE", `meeting_time` "13:00", `meeting_minutes` 180.
public record CalendarUpdate(String zone, String workingDays, String workingHours, String holidays,
                             java.math.BigDecimal targetDays, String meetingDay, String meetingTime, Integer meetingMinutes) {
}
