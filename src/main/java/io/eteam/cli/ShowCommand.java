package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `eteam show ID`: one blocker, its outcome and its history.
@Command(name = "show", description = "Show one blocker with its history.")
final class ShowCommand extends TableCommand {

    @Parameters(paramLabel = "ID", description = "the blocker's id")
    long id;

    @Override
    int run(ApiClient api) {
        var b = api.get("/api/v1/blockers/" + id);
        if (json) {
            printJson(b);
            return Exit.OK;
        }
        // Times read in the calendar's zone, as the meeting is held, whatever this machine's is.
        var next = api.get("/api/v1/meetings/next");
        var zone = Format.zone(next);
        var out = out();
        out.println("Blocker " + b.path("id").asLong() + ": " + Format.text(b, "title"));
        field(out, "Status", Format.text(b, "status"));
        field(out, "SLA", clock(b, next, zone));
        field(out, "Kind", Format.text(b, "kind"));
        field(out, "Impact", Format.text(b, "impact") + ", " + b.path("minutes").asInt() + "-minute time box");
        field(out, "Raised by", Format.text(b, "raised_by") + " on " + Format.when(b.get("raised_at"), zone));
        field(out, "Blocking", Format.text(b, "blocking"));
        field(out, "Closed", Format.when(b.get("resolved_at"), zone));
        field(out, Format.text(b, "status").equals("withdrawn") ? "Reason" : "Decision", Format.text(b, "decision"));
        field(out, "Owner", Format.text(b, "owner"));
        field(out, "Due", Format.text(b, "due"));
        field(out, "Rationale", Format.text(b, "rationale"));
        var detail = Format.text(b, "detail");
        if (!detail.isEmpty()) {
            out.println();
            detail.lines().forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println("History:");
        for (JsonNode e : b.path("history")) {
            out.println("  " + Format.when(e.get("at"), zone) + "  " + Format.text(e, "actor") + " " + verb(Format.text(e, "action"))
                    + describe(e.path("change")));
        }
        out.flush();
        return Exit.OK;
    }

    /// "blocked 1.75 of 2.5 working days — at risk: next meeting Tue 1 Dec 2026 13:00".
    private static String clock(JsonNode b, JsonNode next, ZoneId zone) {
        var open = Format.text(b, "status").equals("open");
        var text = (open ? "blocked " : "was blocked ") + Format.text(b, "working_days") + " of "
                + Format.text(b, "target_days") + " working days — ";
        return switch (Format.text(b, "sla")) {
            case "met" -> text + "met";
            case "breached" -> text + "BREACHED" + (open ? " since " + Format.when(b.get("target_at"), zone) : "");
            case "at_risk" -> text + "at risk: next meeting " + Format.when(next.get("starts_at"), zone)
                    + " (the target falls " + Format.when(b.get("target_at"), zone) + ")";
            default -> text + "open until " + Format.when(b.get("target_at"), zone);
        };
    }

    private static String verb(String action) {
        return switch (action) {
            case "deferral_refused" -> "tried to defer (refused)";
            case "withdrawn" -> "withdrew";
            default -> action;
        };
    }

    private static void field(PrintWriter out, String label, String value) {
        if (!value.isEmpty()) {
            out.printf("  %-10s %s%n", label, value);
        }
    }

    private static String describe(JsonNode change) {
        if (!change.isObject() || change.isEmpty()) {
            return "";
        }
        var sb = new StringBuilder(":");
        change.fields().forEachRemaining(f -> {
            var v = f.getValue();
            sb.append(' ').append(f.getKey()).append(' ');
            if (v.isObject() && v.has("to")) {
                sb.append(v.path("from").isNull() ? "(none)" : v.path("from").asText()).append(" → ")
                        .append(v.path("to").isNull() ? "(none)" : v.path("to").asText());
            } else {
                sb.append(v.asText());
            }
            sb.append(';');
        });
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
