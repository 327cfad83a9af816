package io.eteam.calendar;

import java.util.Map;

/// The installation's calendar and the teams' own: the calendar a blocker's SLA clock runs on
/// is its team's, or the installation's for a team without one (or a blocker without a team): CAL-11.
public record Calendars(WorkCalendar installation, Map<String, WorkCalendar> teams) {

    public Calendars {
        teams = Map.copyOf(teams);
    }

    /// Only the installation's calendar.
    public static Calendars of(WorkCalendar installation) {
        return new Calendars(installation, Map.of());
    }

    /// The calendar of a blocker of `team`.
    public WorkCalendar of(String team) {
        return team == null ? installation : teams.getOrDefault(team, installation);
    }

    /// Which calendar that is, as a report names it: the team, or "installation".
    public String name(String team) {
        return team != null && teams.containsKey(team) ? team : "installation";
    }
}
