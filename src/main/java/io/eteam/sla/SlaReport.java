package io.eteam.sla;

import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import io.eteam.calendar.Calendars;
import io.eteam.calendar.WorkCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/// The SLA report of one period: rules SLA-5–SLA-12 in `package-info.java`.
///
/// `start`/`end` bound the period as instants; `asOf` is where the open blockers' clocks were
/// read, the earlier of `end` and the time the report was made. Instants are shown in `zone`.
public record SlaReport(
        SlaPeriod period,
        Instant start,
        Instant end,
        Instant asOf,
        ZoneId zone,
        BigDecimal targetDays,
        SlaSummary summary,
        Map<String, SlaSummary> byRaisedBy,
        Map<String, SlaSummary> byBlocking,
        Map<String, SlaSummary> byKind,
        List<SlaWeek> trend,
        int refusedDeferrals,
        int overruledDeferrals,
        List<MeetingAttendance> attendance,
        List<SlaRow> rows,
        List<VpAttendance> vpAttendance,
        List<OwnerActions> actions,
        List<Recurrences> recurrences) {

    /// The `byBlocking` key of the blockers that name no VP whose area blocks.
    public static final String NO_BLOCKING = "(none)";

    private static final Comparator<SlaRow> BY_CLOSING = (a, b) -> {
        int order = a.resolvedAt().compareTo(b.resolvedAt());
        return order != 0 ? order : Long.compare(a.id(), b.id());
    };
    private static final Comparator<SlaRow> BY_RAISING = (a, b) -> {
        int order = a.raisedAt().compareTo(b.raisedAt());
        return order != 0 ? order : Long.compare(a.id(), b.id());
    };

    /// Builds the report of `period` as it stands at `now`.
    ///
    /// `blockers` must hold every blocker raised before `period.end(zone)` and not closed
    /// before `period.relevantSince(zone)`; any others are skipped, so a wider read is harmless.
    /// Any order is right; read ordered by `resolved_at` (open ones last), then `id`, the closed
    /// rows are already in report order and their sort is one linear pass, which halves the
    /// cost of a year's report. `nextMeetingEnd` gives, for an instant, the end of the first
    /// meeting that ends after it; it is asked once, for `asOf`. `refusedDeferrals` and
    /// `attendance` are the caller's counts for the period, passed through.
    public static SlaReport build(
            WorkCalendar calendar,
            SlaPeriod period,
            Instant now,
            UnaryOperator<Instant> nextMeetingEnd,
            List<SlaBlocker> blockers,
            int refusedDeferrals,
            List<MeetingAttendance> attendance) {
        return build(calendar, period, now, nextMeetingEnd, blockers, refusedDeferrals, 0, attendance, List.of());
    }

    /// As above, with the refusals a chair overruled in the period and each VP's attendance over
    /// its meetings (both passed through).
    public static SlaReport build(
            WorkCalendar calendar,
            SlaPeriod period,
            Instant now,
            UnaryOperator<Instant> nextMeetingEnd,
            List<SlaBlocker> blockers,
            int refusedDeferrals,
            int overruledDeferrals,
            List<MeetingAttendance> attendance,
            List<VpAttendance> vpAttendance) {
        return build(Calendars.of(calendar), period, now, nextMeetingEnd, blockers, refusedDeferrals, overruledDeferrals,
                attendance, vpAttendance);
    }

    /// As above, each blocker measured on its team's calendar (the installation's reads the period).
    public static SlaReport build(
            Calendars calendars,
            SlaPeriod period,
            Instant now,
            UnaryOperator<Instant> nextMeetingEnd,
            List<SlaBlocker> blockers,
            int refusedDeferrals,
            int overruledDeferrals,
            List<MeetingAttendance> attendance,
            List<VpAttendance> vpAttendance) {
        var builder = new Builder(calendars, period, now, nextMeetingEnd);
        blockers.forEach(builder::add);
        return builder.build(refusedDeferrals, overruledDeferrals, attendance, vpAttendance);
    }

    /// A report built one blocker at a time, as the blockers are read (`build` above, whose
    /// rules on which blockers and in what order hold here too): the service measures them on
    /// one thread while another reads the next (`SlaService.report`).
    public static final class Builder {

        private final Calendars calendars;
        private final SlaPeriod period;
        private final WorkCalendar inForce;
        private final Instant start;
        private final Instant end;
        private final Instant asOf;
        private final Instant meetingEnd;
        private final Instant[] weekStarts;
        private final Tally[] trend = new Tally[SlaPeriod.TREND_WEEKS];
        private final Totals totals = new Totals();
        private final List<SlaRow> closedRows = new ArrayList<>();
        private final List<SlaRow> openRows = new ArrayList<>();

        public Builder(Calendars calendars, SlaPeriod period, Instant now, UnaryOperator<Instant> nextMeetingEnd) {
            this.calendars = calendars;
            this.period = period;
            inForce = readingPeriod(calendars.installation(), period);
            var zone = inForce.zone();
            start = period.start(zone);
            end = period.end(zone);
            asOf = now.isBefore(end) ? now : end;
            meetingEnd = nextMeetingEnd.apply(asOf);
            weekStarts = weekStarts(period, zone);
            Arrays.setAll(trend, i -> new Tally());
        }

        /// Where the open blockers' clocks are read: the earlier of the period's end and now.
        public Instant asOf() {
            return asOf;
        }

        public void add(SlaBlocker b) {
            if (!b.raisedAt().isBefore(end)) {
                return;
            }
            var closedAt = b.resolvedAt();
            /// A blocker's clock runs on its team's calendar, its target the one in force when it was raised.
            var own = calendars.of(b.team());
            var raisedUnder = own.at(b.raisedAt());
            var calendarName = calendars.name(b.team());
            long target = raisedUnder.targetMinutes();
            if (closedAt != null && closedAt.isBefore(end)) {
                boolean inPeriod = !closedAt.isBefore(start);
                int week = weekIndex(weekStarts, closedAt, end);
                if (!inPeriod && week < 0) {
                    return;
                }
                var clock = SlaRules.closed(own, target, b.raisedAt(), closedAt);
                boolean withdrawn = b.status() == Status.WITHDRAWN;
                if (week >= 0) {
                    trend[week].closed(clock.workingMinutes(), clock.status(), withdrawn);
                }
                if (inPeriod) {
                    closedRows.add(row(b, closedAt, b.status(), clock, raisedUnder.minutesPerDay(), raisedUnder.targetDays(), calendarName));
                    totals.closed(b, clock, withdrawn);
                }
            } else {
                var clock = SlaRules.open(own, target, b.raisedAt(), asOf, meetingEnd);
                openRows.add(row(b, null, null, clock, raisedUnder.minutesPerDay(), raisedUnder.targetDays(), calendarName));
                totals.open(b, clock);
            }
        }

        /// The report of the blockers added, with the period's other figures (passed through).
        public SlaReport build(int refusedDeferrals, int overruledDeferrals, List<MeetingAttendance> attendance,
                List<VpAttendance> vpAttendance) {
            int perDay = inForce.minutesPerDay();
            closedRows.sort(BY_CLOSING);
            openRows.sort(BY_RAISING);
            var rows = new ArrayList<SlaRow>(closedRows.size() + openRows.size());
            rows.addAll(closedRows);
            rows.addAll(openRows);

            var weeks = new ArrayList<SlaWeek>(SlaPeriod.TREND_WEEKS);
            var monday = period.trendStart();
            for (var week : trend) {
                weeks.add(week.week(SlaPeriod.weekLabel(monday), perDay));
                monday = monday.plusWeeks(1);
            }
            return new SlaReport(period, start, end, asOf, inForce.zone(), inForce.targetDays(),
                    totals.all.summary(perDay),
                    summaries(totals.byRaisedBy, perDay),
                    summaries(totals.byBlocking, perDay),
                    summaries(totals.byKind(), perDay),
                    List.copyOf(weeks),
                    refusedDeferrals,
                    overruledDeferrals,
                    List.copyOf(attendance),
                    Collections.unmodifiableList(rows),
                    List.copyOf(vpAttendance),
                    List.of(),
                    List.of());
        }
    }

    /// SLA-16, SLA-17 — the report with the period's follow-through: actions per owner, recurrences per area.
    public SlaReport withFollowThrough(List<OwnerActions> actions, List<Recurrences> recurrences) {
        return new SlaReport(period, start, end, asOf, zone, targetDays, summary, byRaisedBy, byBlocking, byKind, trend,
                refusedDeferrals, overruledDeferrals, attendance, rows, vpAttendance, List.copyOf(actions),
                List.copyOf(recurrences));
    }

    /// The calendar a report reads `period` in: the one in force when the period ends, so that a
    /// report of a past week reads the same after the calendar changes (CAL-10).
    static WorkCalendar readingPeriod(WorkCalendar calendar, SlaPeriod period) {
        return calendar.at(period.end(calendar.zone()).minusSeconds(1));
    }

    private static SlaRow row(SlaBlocker b, Instant resolvedAt, Status closedAs, SlaClock clock, int perDay,
            BigDecimal targetDays, String calendar) {
        return new SlaRow(b.id(), b.title(), b.kind(), b.impact(), b.raisedBy(), b.blocking(), b.raisedAt(),
                resolvedAt, closedAs, clock.workingMinutes(), SlaRules.days(clock.workingMinutes(), perDay),
                targetDays, clock.status(), calendar);
    }

    /// The first instant of each trend week; the trend's last week ends at the period's end.
    private static Instant[] weekStarts(SlaPeriod period, ZoneId zone) {
        var starts = new Instant[SlaPeriod.TREND_WEEKS];
        var monday = period.trendStart();
        for (int i = 0; i < starts.length; i++) {
            starts[i] = monday.plusWeeks(i).atStartOfDay(zone).toInstant();
        }
        return starts;
    }

    /// The trend week in which `closedAt` falls, or -1 when it falls in none.
    private static int weekIndex(Instant[] weekStarts, Instant closedAt, Instant end) {
        if (closedAt.isBefore(weekStarts[0]) || !closedAt.isBefore(end)) {
            return -1;
        }
        int found = Arrays.binarySearch(weekStarts, closedAt);
        return found >= 0 ? found : -found - 2;
    }

    /// One summary per key, in the keys' alphabetical order so that tables and JSON read the
    /// same from one week to the next.
    private static Map<String, SlaSummary> summaries(Map<String, Tally> tallies, int perDay) {
        var summaries = new LinkedHashMap<String, SlaSummary>();
        new TreeMap<>(tallies).forEach((key, tally) -> summaries.put(key, tally.summary(perDay)));
        return Collections.unmodifiableMap(summaries);
    }

    /// The rows counted as they are made, while each blocker is at hand, into the summary and
    /// the three groupings (rule SLA-9).
    private static final class Totals {

        final Tally all = new Tally();
        final Map<String, Tally> byRaisedBy = new HashMap<>();
        final Map<String, Tally> byBlocking = new HashMap<>();
        final Tally[] byKind = new Tally[Kind.values().length];

        void closed(SlaBlocker b, SlaClock clock, boolean withdrawn) {
            long minutes = clock.workingMinutes();
            var status = clock.status();
            all.closed(minutes, status, withdrawn);
            raiser(b).closed(minutes, status, withdrawn);
            blocking(b).closed(minutes, status, withdrawn);
            kind(b).closed(minutes, status, withdrawn);
        }

        void open(SlaBlocker b, SlaClock clock) {
            var status = clock.status();
            all.open(status);
            raiser(b).open(status);
            blocking(b).open(status);
            kind(b).open(status);
        }

        Map<String, Tally> byKind() {
            var tallies = new HashMap<String, Tally>();
            for (var kind : Kind.values()) {
                if (byKind[kind.ordinal()] != null) {
                    tallies.put(kind.wire(), byKind[kind.ordinal()]);
                }
            }
            return tallies;
        }

        private Tally raiser(SlaBlocker b) {
            return byRaisedBy.computeIfAbsent(b.raisedBy(), key -> new Tally());
        }

        private Tally blocking(SlaBlocker b) {
            var key = b.blocking() == null || b.blocking().isBlank() ? NO_BLOCKING : b.blocking();
            return byBlocking.computeIfAbsent(key, k -> new Tally());
        }

        private Tally kind(SlaBlocker b) {
            int at = b.kind().ordinal();
            if (byKind[at] == null) {
                byKind[at] = new Tally();
            }
            return byKind[at];
        }
    }
}
