package io.eteam.web.pages;

import io.eteam.sla.OwnerActions;
import io.eteam.sla.Recurrences;
import io.eteam.sla.SlaPeriod;
import io.eteam.sla.SlaReport;
import io.eteam.sla.SlaSummary;
import io.eteam.sla.VpAttendance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/// The SLA report page: the period, the periods before and after it, the summary and its
/// groupings, the rows, and the two charts. Figures are written here, so the template only places them.
/// `next` is null while the period has not ended: the report of a week to come says nothing yet.
public record SlaReportView(Chrome chrome, String period, String week, String from, String to, String query,
                            Step previous, Step next, String targetDays,
                            List<Figure> summary, List<Group> groups, List<Row> rows, List<VpAttendance> attendance,
                            List<OwnerActions> actions, List<Recurrences> recurrences,
                            SlaCharts.Chart trend, SlaCharts.Chart durations) {

    /// Another period of the same length: the query that shows it, how it is named ("2026-W46"),
    /// and the short name its link shows ("W46", "earlier", "later").
    public record Step(String query, String label, String shortLabel) {
    }

    /// One labelled number of the summary.
    public record Figure(String label, String value) {
    }

    /// One grouping of the summary (by who raised, by whose area blocked, by kind); `id` names its section.
    public record Group(String id, String title, String key, List<Line> lines) {
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
                group("raised-by", "By who raised", "Raised by", report.byRaisedBy()),
                group("blocking", "By whose area blocked", "Blocking", report.byBlocking()),
                group("kind", "By kind", "Kind", report.byKind()));
        var rows = report.rows().stream()
                .map(r -> new Row(r.id(), r.title(), r.kind().wire(), r.raisedBy(), r.blocking() == null ? "" : r.blocking(),
                        r.closedAs() == null ? "open" : r.closedAs().wire(), r.workingDays().toPlainString(),
                        r.status().wire().replace('_', ' '), r.status().wire().replace('_', '-')))
                .toList();
        var period = report.period();
        boolean isoWeek = isoWeek(period);
        String week = isoWeek ? isoWeek(period.from()) : "";
        var query = week.isEmpty() ? "from=" + period.from() + "&to=" + period.to() : "week=" + week;
        var label = (week.isEmpty() ? "" : week + ": ") + Times.day(period.from()) + " – " + Times.day(period.to());
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        var previous = step(period.from().minusDays(days), period.to().minusDays(days), isoWeek, "earlier");
        /// `asOf` is the period's end once it has passed, and "now" before.
        var next = report.asOf().isBefore(report.end()) ? null
                : step(period.from().plusDays(days), period.to().plusDays(days), isoWeek, "later");
        return new SlaReportView(chrome, label, week, period.from().toString(), period.to().toString(), query,
                previous, next, report.targetDays().toPlainString(),
                summary, groups, rows, report.vpAttendance(), report.actions(), report.recurrences(), SlaCharts.trend(report.trend()),
                SlaCharts.durations(report.rows(), report.targetDays()));
    }

    private static boolean isoWeek(SlaPeriod p) {
        return p.from().getDayOfWeek() == DayOfWeek.MONDAY && p.to().equals(p.from().plusDays(6));
    }

    /// "2026-W47" for the ISO week that holds `day`.
    private static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Step step(LocalDate from, LocalDate to, boolean isoWeek, String way) {
        if (isoWeek) {
            var week = isoWeek(from);
            return new Step("week=" + week, week, week.substring(week.indexOf('W')));
        }
        return new Step("from=" + from + "&to=" + to, Times.day(from) + " – " + Times.day(to), way);
    }

    private static Group group(String id, String title, String key, Map<String, SlaSummary> summaries) {
        var lines = summaries.entrySet().stream()
                .map(e -> {
                    var s = e.getValue();
                    return new Line(e.getKey(), s.resolved(), s.met(), s.breached(), percent(s.breachRate()),
                            days(s.medianDays()), String.valueOf(s.openAtEnd()));
                })
                .toList();
        return new Group(id, title, key, lines);
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
