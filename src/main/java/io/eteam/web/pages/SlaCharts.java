package io.eteam.web.pages;

import io.eteam.sla.SlaRow;
import io.eteam.sla.SlaWeek;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The SLA page's two charts as SVG geometry: the 12-week trend (closed per week, met below
/// breached) and each blocker's working days against the target. All numbers are worked out
/// here, so the template only places shapes; its viewBox lets the browser scale the chart to
/// any screen width, and no script draws anything (the page's CSP allows none inline).
///
/// Each blocker's bar has its own line above it for its title and working days: a label beside
/// the bar had room for `#12` only, and the stylesheet enlarges the chart's text on a phone
/// (where the chart is drawn at half size), which this line leaves room for.
public final class SlaCharts {

    private static final int WIDTH = 640;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int TREND_PLOT = 160;
    /// The durations chart: bars start at the left edge, below their label line.
    private static final int BAR_LEFT = 8;
    private static final int ROW = 40;
    private static final int LABEL_BASELINE = 17;
    private static final int BAR_TOP = 22;
    private static final int BAR = 14;
    /// A label longer than this many characters is cut, with an ellipsis; the bar's tooltip has it whole.
    static final int LABEL_CHARACTERS = 40;

    private SlaCharts() {
    }

    /// A chart: its name (for `data-chart`), viewBox size, bars, text labels and guide lines.
    public record Chart(String name, int width, int height, List<Bar> bars, List<Text> texts, List<Rule> rules) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    /// A rectangle with its CSS class and the tooltip it carries.
    public record Bar(String x, String y, String width, String height, String css, String tip) {
    }

    /// A label at `x`, `y`, anchored `start`, `middle` or `end`, with the tooltip it carries
    /// (null for none).
    public record Text(String x, String y, String anchor, String css, String text, String tip) {

        Text(String x, String y, String anchor, String css, String text) {
            this(x, y, anchor, css, text, null);
        }
    }

    /// A straight line, for an axis or the target.
    public record Rule(String x1, String y1, String x2, String y2, String css) {
    }

    /// Closed blockers per trend week, met stacked under breached.
    static Chart trend(List<SlaWeek> weeks) {
        int most = Math.max(1, weeks.stream().mapToInt(SlaWeek::resolved).max().orElse(0));
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, weeks.size());
        double base = TOP + TREND_PLOT;
        var bars = new ArrayList<Bar>();
        var texts = new ArrayList<Text>();
        for (int i = 0; i < weeks.size(); i++) {
            var w = weeks.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double width = slot * 0.7;
            double met = TREND_PLOT * w.met() / (double) most;
            double breached = TREND_PLOT * w.breached() / (double) most;
            if (w.met() > 0) {
                bars.add(new Bar(n(x), n(base - met), n(width), n(met), "met", w.week() + ": " + w.met() + " met"));
            }
            if (w.breached() > 0) {
                bars.add(new Bar(n(x), n(base - met - breached), n(width), n(breached), "breached",
                        w.week() + ": " + w.breached() + " breached"));
            }
            texts.add(new Text(n(x + width / 2), n(base + 16), "middle", "tick", w.week().substring(w.week().indexOf('W'))));
        }
        texts.add(new Text(n(LEFT - 6), n(TOP + 4), "end", "tick", String.valueOf(most)));
        texts.add(new Text(n(LEFT - 6), n(base), "end", "tick", "0"));
        var rules = List.of(new Rule(n(LEFT), n(base), n(WIDTH - RIGHT), n(base), "axis"));
        return new Chart("trend", WIDTH, (int) base + 28, bars, texts, rules);
    }

    /// Each row's working days as a horizontal bar, against a vertical line at the target.
    static Chart durations(List<SlaRow> all, BigDecimal target) {
        /// A bar per blocker reads well up to a hundred or so; past that the chart shows the
        /// longest-running hundred (in report order) and the table below lists every row.
        var rows = all;
        if (all.size() > MOST_BARS) {
            var longest = all.stream()
                    .sorted(java.util.Comparator.comparing(SlaRow::workingDays).reversed())
                    .limit(MOST_BARS)
                    .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
            rows = all.stream().filter(longest::contains).toList();
        }
        double most = Math.max(target.doubleValue() * 1.2,
                rows.stream().mapToDouble(r -> r.workingDays().doubleValue()).max().orElse(0));
        double plot = WIDTH - BAR_LEFT - RIGHT;
        var bars = new ArrayList<Bar>();
        var texts = new ArrayList<Text>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            double y = TOP + i * ROW;
            double length = plot * r.workingDays().doubleValue() / most;
            var status = r.status().wire().replace('_', ' ');
            var tip = "#" + r.id() + " " + r.title() + ": " + r.workingDays().toPlainString() + " working days, " + status;
            bars.add(new Bar(n(BAR_LEFT), n(y + BAR_TOP), n(Math.max(1, length)), n(BAR), r.status().wire().replace('_', '-'), tip));
            texts.add(new Text(n(BAR_LEFT), n(y + LABEL_BASELINE), "start", "label", shorten(r.title(), LABEL_CHARACTERS), tip));
            texts.add(new Text(n(WIDTH - RIGHT), n(y + LABEL_BASELINE), "end", "value", r.workingDays().toPlainString() + " d", tip));
        }
        double bottom = TOP + Math.max(1, rows.size()) * ROW;
        double targetX = BAR_LEFT + plot * target.doubleValue() / most;
        var rules = List.of(new Rule(n(targetX), n(TOP - 8), n(targetX), n(bottom), "target"));
        texts.add(new Text(n(targetX), n(bottom + 18), "middle", "target-label", "target " + target.toPlainString() + " d"));
        return new Chart("durations", WIDTH, (int) bottom + 28, bars, texts, rules);
    }

    /// `title` on one line, cut to `most` characters (an ellipsis the last) when longer.
    static String shorten(String title, int most) {
        var line = title.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= most) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, most - 1)).stripTrailing() + "…";
    }

    static final int MOST_BARS = 100;

    /// One decimal is finer than a screen pixel at any width the chart is drawn.
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
