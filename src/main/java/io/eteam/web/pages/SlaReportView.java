package io.eteam.web.pages;

import io.eteam.sla.OwnerActions;
import io.eteam.sla.Recurrences;
import io.eteam.sla.SlaReport;
import io.eteam.sla.SlaSummary;
import io.eteam.sla.VpAttendance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/// The SLA report page: the period, the summary and its groupings, the rows, and the two charts.
/// Figures are written here, so the template only places them.
public record SlaReportView(Chrome chrome, String period, String week, String from, String to, String query,
                            List<Figure> summary, List<Group> groups, List<Row> rows, List<VpAttendance> attendance,
                            List<OwnerActions> actions, List<Recurrences> recurrences,
                            SlaCharts.Chart trend, SlaCharts.Chart durations) {

    /// One labelled number of the summary.
    public record Figure(String label, String value) {
    }

    /// One grouping of the summary (by who raised, by whose area blocked, by kind).
    public record Group(String title, String key, List<Line> lines) {
    }

    /// One key of a grouping, with its figures.
    public record Line(String key, int resolved, int met, int breached, String breachRate, String medianDays,
                       String openAtEnd) {
    }

    /// One blocker of the period.
    public record Row(long id, String title, String kind, String raisedBy, String blocking, String closed, String days,
                      String status, String css) {
    }

    static SlaReportView of(Chrome chrome, SlaReport report) {
        var s = report.summary();
        var summary = List.of(
                new Figure("Closed", String.valueOf(s.resolved())),
                new Figure("Met", String.valueOf(s.met())),
                new Figure("Breached", String.valueOf(s.breached())),
                new Figure("Breach rate", percent(s.breachRate())),
                new Figure("Median days", days(s.medianDays())),
                new Figure("p85 days", days(s.p85Days())),
                new Figure("Max days", days(s.maxDays())),
                new Figure("Open at end", String.valueOf(s.openAtEnd())),
                new Figure("Open & breached", String.valueOf(s.openBreached())),
                new Figure("At risk", String.valueOf(s.atRisk())),
                new Figure("Refused deferrals", String.valueOf(report.refusedDeferrals())),
                new Figure("Overruled by a chair", String.valueOf(report.overruledDeferrals())));
        var groups = List.of(
                group("By who raised", "Raised by", report.byRaisedBy()),
                group("By whose area blocked", "Blocking", report.byBlocking()),
                group("By kind", "Kind", report.byKind()));
        var rows = report.rows().stream()
                .map(r -> new Row(r.id(), r.title(), r.kind().wire(), r.raisedBy(), r.blocking() == null ? "" : r.blocking(),
                        r.closedAs() == null ? "open" : r.closedAs().wire(), r.workingDays().toPlainString(),
                        r.status().wire().replace('_', ' '), r.status().wire().replace('_', '-')))
                .toList();
        var period = report.period();
        String week = isoWeek(report) ? String.format("%d-W%02d", period.from().get(IsoFields.WEEK_BASED_YEAR),
                period.from().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) : "";
        var query = week.isEmpty() ? "from=" + period.from() + "&to=" + period.to() : "week=" + week;
        var label = (week.isEmpty() ? "" : week + ": ") + Times.day(period.from()) + " – " + Times.day(period.to());
        return new SlaReportView(chrome, label, week, period.from().toString(), period.to().toString(), query,
                summary, groups, rows, report.vpAttendance(), report.actions(), report.recurrences(), SlaCharts.trend(report.trend()),
                SlaCharts.durations(report.rows(), report.targetDays()));
    }

    private static boolean isoWeek(SlaReport report) {
        var p = report.period();
        return p.from().getDayOfWeek() == DayOfWeek.MONDAY && p.to().equals(p.from().plusDays(6));
    }

    private static Group group(String title, String key, Map<String, SlaSummary> summaries) {
        var lines = summaries.entrySet().stream()
                .map(e -> {
                    var s = e.getValue();
                    return new Line(e.getKey(), s.resolved(), s.met(), s.breached(), percent(s.breachRate()),
                            days(s.medianDays()), String.valueOf(s.openAtEnd()));
                })
                .toList();
        return new Group(title, key, lines);
    }

    /// "25 %" from the fraction 0.250.
    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /// Working days, or a dash when nothing closed.
    static String days(BigDecimal days) {
        return days == null ? "–" : days.toPlainString();
    }
}
