package io.eteam.sla;

import io.eteam.blocker.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/// The report as Markdown for pasting into mail or chat (rule SLA-14): a title, the summary, the
/// per-raiser, per-blocking-area and per-kind tables, the trend, then every row.
public final class SlaMarkdown {

    private static final String NONE = "–";
    /// The ASCII characters `escape` backslash-escapes, looked up by code.
    private static final boolean[] SPECIAL = new boolean[128];
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static {
        for (char c : "\\`*_[]<>|~&".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private SlaMarkdown() {
    }

    public static String render(SlaReport report) {
        var md = new StringBuilder(160 * (report.rows().size() + 40));
        title(md, report);
        md.append("\n## Summary\n\n");
        summaryTable(md, "", Map.of("", report.summary()));
        md.append('\n').append("Refused deferrals: ").append(report.refusedDeferrals())
                .append("; overruled by a chair: ").append(report.overruledDeferrals()).append('\n');
        attendance(md, report.attendance());
        vpAttendance(md, report.vpAttendance());
        md.append("\n## By raiser\n\n");
        summaryTable(md, "raised by", report.byRaisedBy());
        md.append("\n## By blocking area\n\n");
        summaryTable(md, "blocking", report.byBlocking());
        md.append("\n## By kind\n\n");
        summaryTable(md, "kind", report.byKind());
        followThrough(md, report.actions(), report.recurrences());
        md.append("\n## Trend, last ").append(report.trend().size()).append(" weeks\n\n");
        trend(md, report.trend());
        md.append("\n## Blockers\n\n");
        rows(md, report);
        return md.toString();
    }

    /// Text a user typed, safe inside a table cell (SLA-14), for other Markdown built beside the report.
    public static String cell(String text) {
        return escape(new StringBuilder(), text == null ? "" : text).toString();
    }

    /// Appends text a user typed, safe inside a table cell: Markdown's specials are
    /// backslash-escaped, so a `|` cannot split a cell nor a `<` open HTML, and line breaks
    /// become spaces, since a row must stay on one line.
    private static StringBuilder escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else {
                if (c < SPECIAL.length && SPECIAL[c]) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out;
    }

    private static void title(StringBuilder md, SlaReport report) {
        var period = report.period();
        md.append("# SLA report ");
        if (period.isIsoWeek()) {
            md.append(SlaPeriod.weekLabel(period.from())).append(" (");
        }
        md.append(period.from()).append(" to ").append(period.to());
        if (period.isIsoWeek()) {
            md.append(')');
        }
        md.append("\n\nTarget ").append(report.targetDays().toPlainString()).append(" working days. Times in ")
                .append(report.zone()).append('.');
        if (report.asOf().isBefore(report.end())) {
            md.append(" The period has not ended: open blockers as of ");
            new TimeText(report.zone()).appendMinutes(md, report.asOf());
            md.append('.');
        }
        md.append('\n');
    }

    private static void summaryTable(StringBuilder md, String keyHeading, Map<String, SlaSummary> summaries) {
        if (summaries.isEmpty()) {
            md.append("No blockers.\n");
            return;
        }
        boolean keyed = !keyHeading.isEmpty();
        if (keyed) {
            md.append("| ").append(keyHeading).append(' ');
        }
        md.append("| resolved | withdrawn | met | breached | breach rate | median days | p85 days | max days"
                + " | open at end | open breached | at risk |\n");
        if (keyed) {
            md.append("|---");
        }
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        summaries.forEach((key, s) -> {
            if (keyed) {
                escape(md.append("| "), key).append(' ');
            }
            md.append("| ").append(s.resolved())
                    .append(" | ").append(s.withdrawn())
                    .append(" | ").append(s.met())
                    .append(" | ").append(s.breached())
                    .append(" | ").append(percent(s.breachRate()))
                    .append(" | ").append(days(s.medianDays()))
                    .append(" | ").append(days(s.p85Days()))
                    .append(" | ").append(days(s.maxDays()))
                    .append(" | ").append(s.openAtEnd())
                    .append(" | ").append(s.openBreached())
                    .append(" | ").append(s.atRisk())
                    .append(" |\n");
        });
    }

    private static void attendance(StringBuilder md, List<MeetingAttendance> meetings) {
        if (meetings.isEmpty()) {
            md.append("Attendance: no meetings in the period.\n");
            return;
        }
        md.append("Attendance:");
        String separator = " ";
        for (var m : meetings) {
            md.append(separator).append(m.meeting()).append(' ').append(m.checkedIn()).append(" of ").append(m.expected());
            separator = "; ";
        }
        md.append(".\n");
    }

    private static void vpAttendance(StringBuilder md, List<VpAttendance> vps) {
        if (vps.isEmpty()) {
            return;
        }
        md.append("Attended in person:");
        String separator = " ";
        for (var v : vps) {
            md.append(separator);
            escape(md, v.handle()).append(' ').append(v.attended()).append(" of ").append(v.meetings());
            separator = "; ";
        }
        md.append(".\n");
    }

    /// SLA-16, SLA-17.
    private static void followThrough(StringBuilder md, List<OwnerActions> actions, List<Recurrences> recurrences) {
        md.append("\n## Actions due, by owner\n\n");
        if (actions.isEmpty()) {
            md.append("No action fell due in the period.\n");
        } else {
            md.append("| owner | due | done on time | done late | overdue | not yet due |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            for (var a : actions) {
                md.append("| ");
                escape(md, a.owner()).append(" | ").append(a.due()).append(" | ").append(a.doneOnTime())
                        .append(" | ").append(a.doneLate()).append(" | ").append(a.overdue()).append(" | ").append(a.open())
                        .append(" |\n");
            }
        }
        md.append("\n## The same problem came back\n\n");
        if (recurrences.isEmpty()) {
            md.append("No blocker raised in the period repeats an earlier one.\n");
        } else {
            md.append("| blocking | recurrences | blockers |\n");
            md.append("|---|---:|---|\n");
            for (var r : recurrences) {
                md.append("| ");
                escape(md, r.blocking()).append(" | ").append(r.count()).append(" | ");
                String separator = "";
                for (var id : r.blockerIds()) {
                    md.append(separator).append('#').append(id);
                    separator = ", ";
                }
                md.append(" |\n");
            }
        }
    }

    private static void trend(StringBuilder md, List<SlaWeek> weeks) {
        md.append("| week | resolved | met | breached | breach rate | median days |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (var w : weeks) {
            md.append("| ").append(w.week())
                    .append(" | ").append(w.resolved())
                    .append(" | ").append(w.met())
                    .append(" | ").append(w.breached())
                    .append(" | ").append(percent(w.breachRate()))
                    .append(" | ").append(days(w.medianDays()))
                    .append(" |\n");
        }
    }

    private static void rows(StringBuilder md, SlaReport report) {
        if (report.rows().isEmpty()) {
            md.append("No blocker was closed in the period or open at its end.\n");
            return;
        }
        var times = new TimeText(report.zone());
        /// Which calendar a row's clock ran on, once any ran on a team's own.
        boolean teams = report.rows().stream().anyMatch(r -> !"installation".equals(r.calendar()));
        md.append("| id | title | kind | impact | raised by | blocking | raised at | resolved at | working days | status |")
                .append(teams ? " calendar |\n" : "\n");
        md.append("|---:|---|---|---|---|---|---|---|---:|---|").append(teams ? "---|\n" : "\n");
        for (var row : report.rows()) {
            md.append("| ").append(row.id()).append(" | ");
            escape(md, row.title()).append(" | ");
            md.append(row.kind().wire()).append(" | ").append(row.impact().wire()).append(" | ");
            escape(md, row.raisedBy()).append(" | ");
            if (row.blocking() == null) {
                md.append(NONE);
            } else {
                escape(md, row.blocking());
            }
            md.append(" | ");
            times.appendMinutes(md, row.raisedAt());
            md.append(" | ");
            if (row.resolvedAt() == null) {
                md.append(NONE);
            } else {
                times.appendMinutes(md, row.resolvedAt());
            }
            md.append(" | ").append(row.workingDays().toPlainString())
                    .append(" | ").append(row.status().wire().replace('_', ' '));
            if (row.closedAs() == Status.WITHDRAWN) {
                md.append(" (withdrawn)");
            }
            if (teams) {
                escape(md.append(" | "), row.calendar());
            }
            md.append(" |\n");
        }
    }

    private static String days(BigDecimal days) {
        return days == null ? NONE : days.toPlainString();
    }

    /// A fraction as a percentage with one decimal: 0.167 reads 16.7%.
    private static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
