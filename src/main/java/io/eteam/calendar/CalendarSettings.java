package io.eteam.calendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// The work calendars and meeting schedule as chairs set them: every version of the
/// installation's calendar and of each team's (`versions`, oldest first, superseded ones
/// included for the history), the one in force now (`current`, the installation's), the dates
/// added by hand (a name each; those with hours are part days; they apply to every calendar),
/// and when the E-Team meets.
public record CalendarSettings(
        CalendarVersion current,
        List<CalendarVersion> versions,
        Map<LocalDate, String> manualHolidays,
        Map<LocalDate, Hours> partDays,
        DayOfWeek meetingDay,
        LocalTime meetingTime,
        int meetingMinutes,
        int followUpMinutes) {

    public ZoneId zone() {
        return current.zone();
    }

    public Set<DayOfWeek> workingDays() {
        return current.workingDays();
    }

    public LocalTime dayStart() {
        return current.dayStart();
    }

    public LocalTime dayEnd() {
        return current.dayEnd();
    }

    public Hours hours() {
        return current.hours();
    }

    public List<String> holidaySources() {
        return current.holidaySources();
    }

    public Set<Holidays.Kind> holidayKinds() {
        return current.holidayKinds();
    }

    public BigDecimal targetDays() {
        return current.targetDays();
    }

    /// The versions in force at some moment of `team`'s calendar (null: the installation's),
    /// oldest first. A team runs on the installation's calendar until its own first version.
    public List<CalendarVersion> timeline(String team) {
        var own = versions.stream().filter(v -> !v.superseded() && Objects.equals(v.team(), team)).toList();
        if (team == null) {
            return own;
        }
        var installation = timeline(null);
        if (own.isEmpty()) {
            return installation;
        }
        var first = own.get(0).effectiveFrom();
        var merged = new java.util.ArrayList<>(installation.stream().filter(v -> v.effectiveFrom().isBefore(first)).toList());
        merged.addAll(own);
        return merged;
    }

    /// The version of `team`'s calendar in force at `at`.
    public CalendarVersion inForce(String team, Instant at) {
        CalendarVersion found = null;
        for (var v : timeline(team)) {
            if (found == null || !v.effectiveFrom().isAfter(at)) {
                found = v;
            }
        }
        return found;
    }

    /// The teams that have a calendar of their own.
    public Set<String> teams() {
        var teams = new java.util.TreeSet<String>();
        versions.stream().map(CalendarVersion::team).filter(Objects::nonNull).forEach(teams::add);
        return teams;
    }
}
