package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `eteam report sla`: how long blockers lasted against the target, for a week or a period.
@Command(name = "report", description = "Reports.", subcommands = ReportCommand.Sla.class)
final class ReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "sla", description = "The SLA report (default: the last complete ISO week).")
    static final class Sla extends TableCommand {

        @Option(names = "--week", paramLabel = "YYYY-Www", description = "an ISO week, e.g. 2026-W47")
        String week;

        @Option(names = "--from", paramLabel = "DATE", description = "first day, YYYY-MM-DD (with --to)")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "last day, inclusive, YYYY-MM-DD (with --from)")
        String to;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), json, csv or md")
        String format;

        @Override
        int run(ApiClient api) {
            if (json) {
                format = "json";
            }
            if (!List.of("table", "json", "csv", "md").contains(format)) {
                throw new CliException(Exit.USAGE, "--format must be table, json, csv or md.");
            }
            var query = new StringBuilder("/api/v1/reports/sla?format=" + (format.equals("table") ? "json" : format));
            if (week != null) {
                query.append("&week=").append(ApiClient.encode(week));
            }
            if (from != null) {
                query.append("&from=").append(ApiClient.encode(from));
            }
            if (to != null) {
                query.append("&to=").append(ApiClient.encode(to));
            }
            if (format.equals("csv") || format.equals("md")) {
                out().print(api.getText(query.toString(), progress("prepare the report")));
                out().flush();
                return Exit.OK;
            }
            var report = api.get(query.toString());
            if (format.equals("json")) {
                printJson(report);
            } else {
                print(out(), report, terminal().colour());
            }
            return Exit.OK;
        }
    }

    /// The report as text that fits a 100-column terminal, its SLA column in colour when `colour`.
    static void print(PrintWriter out, JsonNode r, boolean colour) {
        var period = r.path("period");
        var s = r.path("summary");
        out.println("SLA report " + Format.text(period, "from") + " – " + Format.text(period, "to")
                + " (target " + Format.text(r, "target_days") + " working days)");
        out.println("Closed " + s.path("resolved").asInt() + " (" + s.path("withdrawn").asInt() + " withdrawn): "
                + s.path("met").asInt() + " met, " + s.path("breached").asInt() + " breached, breach rate "
                + percent(s.path("breach_rate")) + ".");
        out.println("Working days of the closed: median " + days(s.path("median_days"))
                + ", p85 " + days(s.path("p85_days")) + ", max " + days(s.path("max_days")) + ".");
        out.println("Open at the end " + s.path("open_at_end").asInt() + ": " + s.path("open_breached").asInt()
                + " breached, " + s.path("at_risk").asInt() + " at risk. Refused deferrals: " + r.path("refused_deferrals").asInt()
                + ", overruled by a chair: " + r.path("overruled_deferrals").asInt() + ".");
        groups(out, "RAISED BY", r.path("by_raised_by"));
        groups(out, "BLOCKING", r.path("by_blocking"));
        groups(out, "KIND", r.path("by_kind"));
        out.println();
        var trend = new Table(List.of("WEEK", "CLOSED", "MET", "BREACHED", "RATE", "MEDIAN DAYS"));
        for (JsonNode w : r.path("trend")) {
            trend.row(Format.text(w, "week"), w.path("resolved").asInt(), w.path("met").asInt(), w.path("breached").asInt(),
                    percent(w.path("breach_rate")), days(w.path("median_days")));
        }
        trend.print(out);
        var attendance = r.path("vp_attendance");
        if (!attendance.isEmpty() && attendance.get(0).path("meetings").asInt() > 0) {
            out.println();
            var sb = new StringBuilder("Attendance:");
            for (JsonNode a : attendance) {
                sb.append(' ').append(Format.text(a, "handle")).append(' ').append(a.path("attended").asInt())
                        .append('/').append(a.path("meetings").asInt()).append(';');
            }
            sb.setLength(sb.length() - 1);
            out.println(sb);
        }
        out.println();
        var rows = new Table(List.of("ID", "TITLE", "KIND", "RAISED BY", "CLOSED", "DAYS", "SLA"), 8, 38, 10, 12, 10, 6, 8)
                .colour(colour, 6);
        for (JsonNode row : r.path("rows")) {
            rows.row(row.path("id").asLong(), Format.text(row, "title"), Format.text(row, "kind"), Format.text(row, "raised_by"),
                    row.path("resolved_at").isNull() ? "open" : Format.text(row, "resolved_at").substring(0, 10),
                    Format.text(row, "working_days"), Format.sla(row.has("sla") ? row : statusAsSla(row)));
        }
        if (rows.isEmpty()) {
            out.println("No blockers closed in the period or open at its end.");
        } else {
            rows.print(out);
        }
        out.flush();
    }

    private static JsonNode statusAsSla(JsonNode row) {
        return JSON.createObjectNode().put("sla", Format.text(row, "status"));
    }

    private static void groups(PrintWriter out, String heading, JsonNode groups) {
        if (groups.isEmpty()) {
            return;
        }
        out.println();
        var t = new Table(List.of(heading, "CLOSED", "MET", "BREACHED", "RATE", "MEDIAN", "P85", "OPEN", "AT RISK"), 24);
        groups.fields().forEachRemaining(g -> {
            var s = g.getValue();
            t.row(g.getKey(), s.path("resolved").asInt(), s.path("met").asInt(), s.path("breached").asInt(),
                    percent(s.path("breach_rate")), days(s.path("median_days")), days(s.path("p85_days")),
                    s.path("open_at_end").asInt(), s.path("at_risk").asInt());
        });
        t.print(out);
    }

    private static String days(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? "–" : n.asText();
    }

    private static String percent(JsonNode fraction) {
        if (fraction == null || fraction.isNull() || fraction.isMissingNode()) {
            return "–";
        }
        return Math.round(fraction.asDouble() * 1000) / 10.0 + "%";
    }
}
