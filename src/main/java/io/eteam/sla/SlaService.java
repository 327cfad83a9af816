package io.eteam.sla;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.Status;
import io.eteam.calendar.CalendarService;
import io.eteam.calendar.CalendarText;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import io.eteam.meeting.Schedule;
import io.eteam.problem.Problem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/// SLA clocks on blockers and the weekly SLA report, on the stored calendar and schedule.
public final class SlaService {

    private final SlaRepository repository;
    private final CalendarService calendar;
    private final Clock clock;

    public SlaService(SlaRepository repository, CalendarService calendar, Clock clock) {
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    /// A blocker's SLA clock now: working time so far (or until it closed), against the target.
    public record Reading(long workingMinutes, BigDecimal workingDays, BigDecimal targetDays, SlaStatus sla,
                          Instant targetAt) {
    }

    /// One reading per blocker, in order, on one read of the calendar.
    public List<Reading> read(List<Blocker> blockers) {
        var settings = calendar.settings();
        var calendars = calendar.calendars(settings);
        var schedule = Schedule.of(settings);
        var now = clock.instant();
        var nextEnd = schedule.current(now).endsAt();
        var readings = new ArrayList<Reading>(blockers.size());
        for (var b : blockers) {
            var cal = calendars.of(b.team());
            var closedAt = b.status() == Status.OPEN ? null : b.resolvedAt();
            var slaClock = SlaRules.classify(cal, b.raisedAt(), closedAt, now, nextEnd);
            var raisedUnder = cal.at(b.raisedAt());
            readings.add(new Reading(slaClock.workingMinutes(), SlaRules.workingDays(raisedUnder, slaClock.workingMinutes()),
                    raisedUnder.targetDays(), slaClock.status(), WorkingTime.plusWorkingMinutes(cal, b.raisedAt(), raisedUnder.targetMinutes())));
        }
        return readings;
    }

    public Reading read(Blocker blocker) {
        return read(List.of(blocker)).get(0);
    }

    /// R1 — the report of an ISO week (`2026-W47`), or of `from`–`to` (inclusive local dates);
    /// with neither, the last complete ISO week.
    ///
    /// Two threads share the work: this one reads the blockers, a second one reads the period's
    /// other figures and then measures each blocker while this one reads the next. A year of a
    /// million-blocker history: see the README's performance table (`SlaReportBenchmark`).
    public SlaReport report(String week, String from, String to) {
        var settings = calendar.settings();
        var cal = calendar.calendar(settings);
        var now = clock.instant();
        var period = period(week, from, to, cal, now);
        var zone = SlaReport.readingPeriod(cal, period).zone();
        var start = period.start(zone);
        var end = period.end(zone);
        var schedule = Schedule.of(settings);
        var builder = new SlaReport.Builder(calendar.calendars(settings), period, now, t -> schedule.current(t).endsAt());
        var today = builder.asOf().atZone(zone).toLocalDate();
        try (var measuring = new Measuring(builder)) {
            var others = measuring.first(() -> new Others(period, start, end, today, zone));
            repository.blockers(period.relevantSince(zone), end, measuring);
            measuring.finish();
            var figures = Measuring.await(others);
            return builder.build(figures.refused, figures.overruled, figures.meetings, figures.vps)
                    .withFollowThrough(figures.actions, figures.recurrences);
        }
    }

    /// The report's figures other than the blockers' clocks, read together.
    private final class Others {

        final List<MeetingAttendance> meetings;
        final List<VpAttendance> vps;
        final int refused;
        final int overruled;
        final List<OwnerActions> actions;
        final List<Recurrences> recurrences;

        Others(SlaPeriod period, Instant start, Instant end, LocalDate today, ZoneId zone) {
            var held = repository.meetingsHeld(period.from(), period.to());
            var attended = repository.attendedByVp(period.from(), period.to());
            meetings = held.entrySet().stream()
                    .map(e -> new MeetingAttendance(e.getKey(), e.getValue(), attended.size()))
                    .toList();
            vps = attended.entrySet().stream()
                    .map(e -> new VpAttendance(e.getKey(), e.getValue(), held.size()))
                    .toList();
            refused = repository.refusedDeferrals(start, end);
            overruled = repository.overruledDeferrals(start, end);
            actions = repository.actionsDue(period.from(), period.to(), today, zone);
            recurrences = repository.recurrences(start, end);
        }
    }

    /// Blockers handed in as they are read, added to the builder in batches on a thread of
    /// their own, in the order read; once `finish` returns, the caller may use the builder again.
    private static final class Measuring implements Consumer<SlaBlocker>, AutoCloseable {

        private static final int BATCH = 1024;

        private final SlaReport.Builder builder;
        private final ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            var t = new Thread(work, "sla-report");
            t.setDaemon(true);
            return t;
        });
        private final List<Future<?>> batches = new ArrayList<>();
        private List<SlaBlocker> batch = new ArrayList<>(BATCH);

        Measuring(SlaReport.Builder builder) {
            this.builder = builder;
        }

        /// Runs `work` on the measuring thread before any blocker.
        <T> Future<T> first(Callable<T> work) {
            return thread.submit(work);
        }

        @Override
        public void accept(SlaBlocker blocker) {
            batch.add(blocker);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /// Returns once every blocker handed in is measured; throws what the measuring threw.
        void finish() {
            hand(batch);
            for (var handed : batches) {
                await(handed);
            }
        }

        private void hand(List<SlaBlocker> blockers) {
            batches.add(thread.submit(() -> blockers.forEach(builder::add)));
        }

        /// What `work` answered, once it has; throws what it threw.
        static <T> T await(Future<T> work) {
            try {
                return work.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The SLA report was interrupted.", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    /// A blank field counts as a missing one (a form sends its empty fields too).
    private static SlaPeriod period(String weekText, String fromText, String toText, WorkCalendar cal, Instant now) {
        var week = given(weekText);
        var from = given(fromText);
        var to = given(toText);
        if (week != null) {
            if (from != null || to != null) {
                throw Problem.invalid("week", "Give either week or from and to, not both.");
            }
            try {
                return SlaPeriod.week(week.strip());
            } catch (IllegalArgumentException e) {
                throw Problem.invalid("week", "week must be an ISO week like 2026-W47; got '" + week + "'.");
            }
        }
        if (from == null && to == null) {
            return SlaPeriod.lastCompleteWeek(now, cal.zone());
        }
        if (from == null || to == null) {
            throw Problem.invalid(from == null ? "from" : "to", "Give both from and to (inclusive dates like 2026-11-16).");
        }
        var start = CalendarText.date("from", from);
        var last = CalendarText.date("to", to);
        if (last.isBefore(start)) {
            throw Problem.invalid("to", "to (" + last + ") is before from (" + start + ").");
        }
        if (start.plusYears(5).isBefore(last)) {
            throw Problem.invalid("to", "A report covers at most five years.");
        }
        return new SlaPeriod(start, last);
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
