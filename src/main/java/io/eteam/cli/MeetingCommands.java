package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `eteam meeting`, `eteam checkin`, `eteam agenda`, `eteam rank`: the Tuesday meeting.
final class MeetingCommands {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private MeetingCommands() {
    }

    static String path(String date) {
        return "/api/v1/meetings/" + (date == null ? "next" : ApiClient.encode(date));
    }

    static void printMeeting(TableCommand command, JsonNode m) {
        if (command.json) {
            command.printJson(m);
            return;
        }
        var out = command.out();
        var zone = Format.zone(m);
        out.println("E-Team meeting " + LocalDate.parse(m.path("date").asText()).format(DAY) + ", "
                + Format.clock(m.get("starts_at"), zone) + "–" + Format.clock(m.get("ends_at"), zone)
                + " (" + m.path("minutes").asInt() + " minutes): " + Format.text(m, "status"));
        var attendees = m.path("attendees");
        out.println(attendees.isEmpty() ? "Nobody has checked in yet." : "Checked in (" + attendees.size() + "):");
        for (JsonNode a : attendees) {
            var by = Format.text(a, "checked_in_by");
            out.println("  " + Format.clock(a.get("checked_in_at"), zone) + "  " + Format.text(a, "handle") + " ("
                    + Format.text(a, "name") + ", " + Format.text(a, "role") + ")"
                    + (by.equals(Format.text(a, "handle")) ? "" : " checked in by " + by));
        }
        var refusals = m.path("refusals");
        if (!refusals.isEmpty()) {
            out.println("Refused at the door:");
            for (JsonNode r : refusals) {
                out.println("  " + Format.clock(r.get("at"), zone) + "  " + Format.text(r, "actor") + " for "
                        + Format.text(r, "for_handle") + ": " + Format.text(r, "reason"));
            }
        }
        out.flush();
    }

    @Command(name = "meeting", description = "Show a meeting (default: the running or next one); start or end it (chairs).",
            subcommands = {Start.class, End.class, MeetingRun.class})
    static final class Show extends TableCommand {
        @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD")
        String date;

        @Override
        int run(ApiClient api) {
            printMeeting(this, api.get(path(date)));
            return Exit.OK;
        }
    }

    /// Starting and ending differ only in the word at the end of the path.
    abstract static class Transition extends TableCommand {
        @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD")
        String date;

        abstract String verb();

        @Override
        int run(ApiClient api) {
            printMeeting(this, api.post(path(date) + "/" + verb(), JSON.createObjectNode()));
            return Exit.OK;
        }
    }

    @Command(name = "start", description = "Start the meeting (chairs), on its day.")
    static final class Start extends Transition {
        @Override
        String verb() {
            return "start";
        }
    }

    @Command(name = "end", description = "End the running meeting (chairs).")
    static final class End extends Transition {
        @Override
        String verb() {
            return "end";
        }
    }

    @Command(name = "checkin", description = "Check in yourself, or (chairs) another VP. VPs only: no direct reports, no proxies.")
    static final class CheckIn extends TableCommand {
        @Parameters(paramLabel = "HANDLE", arity = "0..1", description = "who to check in (default: you)")
        String handle;

        @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD")
        String date;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            if (handle != null) {
                body.put("handle", handle);
            }
            var m = api.post(path(date) + "/attendees", body);
            if (json) {
                printJson(m);
            } else {
                out().println("Checked in " + (handle == null ? "you" : handle) + " for the meeting of " + Format.text(m, "date")
                        + " (" + m.path("attendees").size() + " in the room).");
            }
            return Exit.OK;
        }
    }

    @Command(name = "agenda", description = "Show the stack-ranked agenda with clock-time slots and the cut-off line.")
    static final class AgendaCommand extends TableCommand {
        @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD")
        String date;

        @Override
        int run(ApiClient api) {
            var agenda = api.get(path(date) + "/agenda");
            if (json) {
                printJson(agenda);
            } else {
                printAgenda(out(), agenda, terminal().colour());
            }
            return Exit.OK;
        }
    }

    @Command(name = "rank", description = "Stack-rank the agenda (chairs): these blockers first, in this order.")
    static final class Rank extends TableCommand {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "blocker ids, most important first")
        List<Long> ids;

        @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD")
        String date;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            var array = body.putArray("blocker_ids");
            ids.forEach(array::add);
            var agenda = api.put(path(date) + "/agenda/order", body);
            if (json) {
                printJson(agenda);
            } else {
                printAgenda(out(), agenda, terminal().colour());
            }
            return Exit.OK;
        }
    }

    static void printAgenda(PrintWriter out, JsonNode agenda) {
        printAgenda(out, agenda, false);
    }

    /// The agenda as a table; with `colour`, items already breached and follow-up actions overdue in colour.
    static void printAgenda(PrintWriter out, JsonNode agenda, boolean colour) {
        var m = agenda.path("meeting");
        var zone = Format.zone(m);
        out.println("Agenda for " + LocalDate.parse(m.path("date").asText()).format(DAY) + ", "
                + Format.clock(m.get("starts_at"), zone) + "–" + Format.clock(m.get("ends_at"), zone)
                + " (" + Format.text(m, "status") + ")");
        printFollowUp(out, agenda, zone, colour);
        var items = agenda.path("items");
        var overflow = agenda.path("overflow");
        if (items.isEmpty() && overflow.isEmpty()) {
            out.println("Nothing is blocked: the agenda is empty.");
            out.flush();
            return;
        }
        var table = new Table(List.of("#", "TIME", "ID", "IMPACT", "MIN", "DAYS", "TITLE", "RAISED BY"), 4, 11, 8, 6, 3, 14, 40, 12)
                .colour(colour, 5);
        for (JsonNode i : items) {
            table.row(i.path("rank").asInt(), Format.clock(i.get("starts_at"), zone) + "–" + Format.clock(i.get("ends_at"), zone),
                    i.path("blocker_id").asLong(), Format.text(i, "impact"), i.path("minutes").asInt(),
                    days(i) + (i.path("breached_at_start").asBoolean() ? " breached" : ""),
                    Format.text(i, "title"), Format.text(i, "raised_by"));
        }
        var cut = "--- " + Format.clock(m.get("ends_at"), zone) + " cut-off: " + overflow.size()
                + (overflow.size() == 1 ? " item does" : " items do") + " not fit ---";
        table.separator(cut);
        for (JsonNode o : overflow) {
            table.row(o.path("rank").asInt(), "overflow", o.path("blocker_id").asLong(), Format.text(o, "impact"),
                    o.path("minutes").asInt(), days(o) + " → " + String.format(Locale.ROOT, "%.2f", o.path("projected_working_days").asDouble()),
                    Format.text(o, "title"), Format.text(o, "raised_by"));
        }
        table.print(out);
        if (!overflow.isEmpty()) {
            out.println("DAYS → the working days each overflow item will have been open at the next meeting.");
            out.flush();
        }
    }

    /// ACT-4 — the actions the meeting opens with, in their time box.
    private static void printFollowUp(PrintWriter out, JsonNode agenda, java.time.ZoneId zone, boolean colour) {
        var actions = agenda.path("follow_up");
        if (actions.isEmpty()) {
            return;
        }
        var m = agenda.path("meeting");
        var end = java.time.OffsetDateTime.parse(m.path("starts_at").asText())
                .plusMinutes(m.path("follow_up_minutes").asInt());
        out.println("Follow-up " + Format.clock(m.get("starts_at"), zone) + "–"
                + Format.clock(JSON.getNodeFactory().textNode(end.toString()), zone) + ": "
                + actions.size() + (actions.size() == 1 ? " action" : " actions") + " due and not done");
        var table = new Table(List.of("ID", "DUE", "STATUS", "OWNER", "DECISION"), 6, 10, 7, 12, 60).colour(colour, 2);
        for (JsonNode a : actions) {
            table.row(a.path("id").asLong(), Format.text(a, "due"), Format.text(a, "status"), Format.text(a, "owner"),
                    Format.text(a, "decision"));
        }
        table.print(out);
        out.println();
    }

    private static String days(JsonNode item) {
        return String.format(Locale.ROOT, "%.2f", item.path("working_days_at_start").asDouble());
    }
}
