package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/// One version of a calendar (the installation's when `team` is null, else a team's): the
/// working week in force from `effectiveFrom` until the next version's. `restated` marks a
/// version a chair made effective before the moment it was set (it changes past figures, on
/// purpose); `superseded` marks one that a later restatement replaced.
public record CalendarVersion(
        long id,
        String team,
        Instant effectiveFrom,
        ZoneId zone,
        Set<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        List<String> holidaySources,
        Set<Holidays.Kind> holidayKinds,
        BigDecimal targetDays,
        Instant setAt,
        String setBy,
        boolean restated,
        boolean superseded) {

    public Hours hours() {
        return new Hours(dayStart, dayEnd);
    }
}
