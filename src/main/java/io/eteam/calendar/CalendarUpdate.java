package io.eteam.calendar;

/// A chair's change to the calendar; null fields stay as they are. Text forms as the CLI
/// takes them: `zone` "Europe/Stockholm", `working_days` "MON-FRI" or "MON,TUE,THU",
/// `working_hours` "09:00-17:00" (or "22:00-06:00", "00:00-24:00"), `holidays` codes like "SE",
/// "GB-ENG" or "US-CA,company", or "none", `holiday_types` "public" or "public,bank,observance",
/// `target_days` 2.5, `meeting_day` "TUE", `meeting_time` "13:00", `meeting_minutes` 180,
/// `follow_up_minutes` 10;
/// `from` "2026-01-01": the date the change takes effect (default: now); `team` "Podcasts": the
/// team whose own calendar changes (default: the installation's).
public record CalendarUpdate(String zone, String workingDays, String workingHours, String holidays, String holidayTypes,
                             java.math.BigDecimal targetDays, String meetingDay, String meetingTime, Integer meetingMinutes,
                             Integer followUpMinutes, String from, String team) {

    /// A change of the installation's calendar from now on.
    public CalendarUpdate(String zone, String workingDays, String workingHours, String holidays, String holidayTypes,
                          java.math.BigDecimal targetDays, String meetingDay, String meetingTime, Integer meetingMinutes) {
        this(zone, workingDays, workingHours, holidays, holidayTypes, targetDays, meetingDay, meetingTime, meetingMinutes, null, null, null);
    }
}
