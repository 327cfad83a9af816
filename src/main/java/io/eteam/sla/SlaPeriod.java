package io.eteam.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Pattern;

/// The days an SLA report covers, `from` to `to` inclusive, as local dates of the calendar's
/// zone (rule SLA-5); an ISO week, or any span the reader asks for.
public record SlaPeriod(LocalDate from, LocalDate to) {

    /// How many ISO weeks the trend shows, the last being the week that holds `to`.
    public static final int TREND_WEEKS = 12;

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public SlaPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The report period ends before it starts: from " + from + " to " + to
                    + ". Give a 'to' date on or after the 'from' date.");
        }
    }

    /// The ISO week written `YYYY-Www`, for example `2026-W47` (Monday 2026-11-16 to Sunday 2026-11-22).
    public static SlaPeriod week(String isoWeek) {
        var match = ISO_WEEK.matcher(isoWeek == null ? "" : isoWeek);
        if (!match.matches()) {
            throw new IllegalArgumentException(
                    "A week is written YYYY-Www, for example 2026-W47: got '" + isoWeek + "'.");
        }
        int year = Integer.parseInt(match.group(1));
        int week = Integer.parseInt(match.group(2));
        /// 4 January always lies in week 1 of its week-based year.
        var inWeekOne = LocalDate.of(year, 1, 4);
        long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inWeekOne).getMaximum();
        if (week < 1 || week > weeks) {
            throw new IllegalArgumentException(
                    year + " has ISO weeks 01 to " + weeks + ": got '" + isoWeek + "'.");
        }
        return weekOf(inWeekOne.plusWeeks(week - 1L));
    }

    /// The ISO week, Monday to Sunday, that holds `day`.
    public static SlaPeriod weekOf(LocalDate day) {
        var monday = monday(day);
        return new SlaPeriod(monday, monday.plusDays(6));
    }

    /// The last ISO week that had ended at `now` in `zone`: the report's default period.
    public static SlaPeriod lastCompleteWeek(Instant now, ZoneId zone) {
        return weekOf(LocalDate.ofInstant(now, zone).minusWeeks(1));
    }

    /// 00:00 local on `from`: the first instant of the period.
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /// 00:00 local on the day after `to`: the first instant after the period.
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /// The earliest closing instant the report looks at (rule SLA-11): the period's start or the
    /// trend's first Monday, whichever is earlier. The caller reads the blockers raised before
    /// `end(zone)` and not closed before this instant.
    public Instant relevantSince(ZoneId zone) {
        var first = trendStart();
        return (first.isBefore(from) ? first : from).atStartOfDay(zone).toInstant();
    }

    /// Monday of the trend's first week.
    LocalDate trendStart() {
        return monday(to).minusWeeks(TREND_WEEKS - 1L);
    }

    /// True when the period is exactly one ISO week, which is then how a reader names it.
    boolean isIsoWeek() {
        return from.getDayOfWeek() == DayOfWeek.MONDAY && to.equals(from.plusDays(6));
    }

    /// The ISO week that holds `day`, written `2026-W47`.
    static String weekLabel(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
