package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `eteam calendar show|set|holiday add|remove`: the work calendar and meeting schedule.
@Command(name = "calendar", description = "Show or change the work calendar and meeting schedule (changes: chairs).",
        subcommands = {CalendarCommand.Show.class, CalendarCommand.Set.class, CalendarCommand.History.class,
                CalendarCommand.Holiday.class})
final class CalendarCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /// Prints a calendar as the API returns it.
    static void print(TableCommand command, JsonNode c) {
        if (command.json) {
            command.printJson(c);
            return;
        }
        var out = command.out();
        if (c.path("team").isTextual()) {
            out.printf("Team            %s%n", c.path("team").asText());
        }
        out.printf("Time zone       %s%n", Format.text(c, "zone"));
        out.printf("Working days    %s%n", Format.text(c, "working_days"));
        out.printf("Working hours   %s (%d minutes a working day)%n", Format.text(c, "working_hours"), c.path("minutes_per_day").asInt());
        out.printf("SLA target      %s working days%n", c.path("target_days").asText());
        out.printf("Meetings        every %s at %s, %d minutes, opening with %d minutes of follow-up%n",
                Format.text(c, "meeting_day"), Format.text(c, "meeting_time"), c.path("meeting_minutes").asInt(),
                c.path("follow_up_minutes").asInt());
        out.printf("Holidays        %s%n", Format.text(c, "holidays").equals("none") ? "none but those added by hand"
                : Format.text(c, "holidays") + " (" + Format.text(c, "holiday_types").replace(",", ", ") + ")");
        var added = c.path("added_holidays");
        if (!added.isEmpty()) {
            out.println("Added by hand");
            for (JsonNode h : added) {
                out.printf("  %s  %s%s%n", Format.text(h, "date"), Format.text(h, "name"),
                        h.path("hours").isTextual() ? " (part day: working " + h.path("hours").asText() + ")" : "");
            }
        }
        var upcoming = c.path("upcoming_holidays");
        if (!upcoming.isEmpty()) {
            out.println("Next twelve months");
            for (JsonNode h : upcoming) {
                out.printf("  %s  %-28s %s%s%n", Format.text(h, "date"), Format.text(h, "name"), Format.text(h, "source"),
                        h.path("hours").isTextual() ? "  working " + h.path("hours").asText() : "");
            }
        }
        out.flush();
    }

    @Command(name = "show", description = "Show the work calendar, the meeting schedule and upcoming holidays.")
    static final class Show extends TableCommand {
        @Option(names = "--team", paramLabel = "TEAM", description = "a team's own calendar instead of the installation's")
        String team;

        @Override
        int run(ApiClient api) {
            print(this, api.get("/api/v1/calendar" + (team == null ? "" : "?team=" + ApiClient.encode(team))));
            return Exit.OK;
        }
    }

    @Command(name = "history", description = "List every version of the calendars: when each took effect, who set it.")
    static final class History extends TableCommand {
        @Override
        int run(ApiClient api) {
            var c = api.get("/api/v1/calendar/history");
            if (json) {
                printJson(c);
                return Exit.OK;
            }
            var out = out();
            out.printf("%-5s %-14s %-20s %-20s %-12s %-13s %-16s %-7s %s%n", "ID", "CALENDAR", "IN FORCE FROM", "ZONE", "DAYS",
                    "HOURS", "HOLIDAYS", "TARGET", "SET");
            for (JsonNode v : c.path("versions")) {
                var notes = (v.path("restated").asBoolean() ? " restated the past" : "")
                        + (v.path("superseded").asBoolean() ? " superseded" : "");
                out.printf("%-5s %-14s %-20s %-20s %-12s %-13s %-16s %-7s %s by %s%s%n", v.path("id").asText(),
                        v.path("team").isTextual() ? v.path("team").asText() : "installation",
                        Format.text(v, "effective_from"), Format.text(v, "zone"), Format.text(v, "working_days"),
                        Format.text(v, "working_hours"), Format.text(v, "holidays") + " " + Format.text(v, "holiday_types"),
                        v.path("target_days").asText(), Format.text(v, "set_at"),
                        v.path("set_by").isTextual() ? v.path("set_by").asText() : "eteam", notes);
            }
            out.flush();
            return Exit.OK;
        }
    }

    @Command(name = "set", description = "Change the work calendar or meeting schedule (chairs).")
    static final class Set extends TableCommand {

        @Option(names = "--zone", paramLabel = "ZONE", description = "IANA time zone, e.g. Europe/Stockholm")
        String zone;

        @Option(names = "--hours", paramLabel = "HH:MM-HH:MM", description = "working hours, e.g. 09:00-17:00, 22:00-06:00 or 00:00-24:00")
        String hours;

        @Option(names = "--days", paramLabel = "DAYS", description = "working days, e.g. MON-FRI or MON,TUE,THU")
        String days;

        @Option(names = "--target-days", paramLabel = "X", description = "SLA target in working days, e.g. 2.5")
        BigDecimal targetDays;

        @Option(names = "--holidays", paramLabel = "CODES|none",
                description = "ISO 3166 country or 3166-2 subdivision codes, comma-separated, e.g. SE, GB-ENG or US-CA,company; or none")
        String holidays;

        @Option(names = "--holiday-types", paramLabel = "TYPES", description = "which holidays count: public (default), bank, observance, comma-separated")
        String holidayTypes;

        @Option(names = "--from", paramLabel = "DATE", description = "the date the change takes effect (default: now); an earlier date restates the past")
        String from;

        @Option(names = "--team", paramLabel = "TEAM", description = "change this team's own calendar instead of the installation's")
        String team;

        @Option(names = "--meeting-day", paramLabel = "DAY", description = "the meeting's weekday, e.g. TUE")
        String meetingDay;

        @Option(names = "--meeting-time", paramLabel = "HH:MM", description = "the meeting's start, e.g. 13:00")
        String meetingTime;

        @Option(names = "--meeting-minutes", paramLabel = "N", description = "the meeting's length in minutes, e.g. 180")
        Integer meetingMinutes;

        @Option(names = "--follow-up-minutes", paramLabel = "N",
                description = "the time box, part of the meeting, for the actions due and not done (0-60, default 10)")
        Integer followUpMinutes;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            put(body, "zone", zone);
            put(body, "working_hours", hours);
            put(body, "working_days", days);
            put(body, "holidays", holidays);
            put(body, "holiday_types", holidayTypes);
            put(body, "meeting_day", meetingDay);
            put(body, "meeting_time", meetingTime);
            put(body, "from", from);
            put(body, "team", team);
            if (targetDays != null) {
                body.put("target_days", targetDays);
            }
            if (meetingMinutes != null) {
                body.put("meeting_minutes", meetingMinutes);
            }
            if (followUpMinutes != null) {
                body.put("follow_up_minutes", followUpMinutes);
            }
            if (body.isEmpty()) {
                throw new CliException(Exit.USAGE, "Nothing to change: give at least one option, e.g. --target-days 2.5.");
            }
            print(this, api.put("/api/v1/calendar", body));
            return Exit.OK;
        }

        private static void put(com.fasterxml.jackson.databind.node.ObjectNode body, String field, String value) {
            if (value != null) {
                body.put(field, value);
            }
        }
    }

    @Command(name = "holiday", description = "Add or remove a holiday by hand (chairs).",
            subcommands = {Holiday.Add.class, Holiday.Remove.class})
    static final class Holiday implements Runnable {

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }

        @Command(name = "add", description = "Make a date a non-working day (a company day off), or with --hours a part day.")
        static final class Add extends TableCommand {
            @Parameters(paramLabel = "DATE", description = "YYYY-MM-DD")
            String date;

            @Option(names = "--name", paramLabel = "NAME", description = "what the day is, e.g. 'Company day off'")
            String name;

            @Option(names = "--hours", paramLabel = "HH:MM-HH:MM", description = "a part day: the hours still worked, e.g. 09:00-12:00")
            String hours;

            @Override
            int run(ApiClient api) {
                var body = JSON.createObjectNode();
                if (name != null) {
                    body.put("name", name);
                }
                if (hours != null) {
                    body.put("hours", hours);
                }
                var c = api.put("/api/v1/calendar/holidays/" + ApiClient.encode(date), body);
                if (json) {
                    printJson(c);
                } else {
                    out().println(hours == null ? "Added " + date + " as a holiday; working time on it no longer counts."
                            : "Added " + date + " as a part day; only " + hours + " counts as working time on it.");
                }
                return Exit.OK;
            }
        }

        @Command(name = "remove", description = "Remove a holiday added by hand.")
        static final class Remove extends TableCommand {
            @Parameters(paramLabel = "DATE", description = "YYYY-MM-DD")
            String date;

            @Override
            int run(ApiClient api) {
                var c = api.delete("/api/v1/calendar/holidays/" + ApiClient.encode(date));
                if (json) {
                    printJson(c);
                } else {
                    out().println("Removed the holiday on " + date + ".");
                }
                return Exit.OK;
            }
        }
    }
}
