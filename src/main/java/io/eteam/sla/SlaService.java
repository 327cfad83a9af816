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
import java.util.ArrayList;
import java.util.List;

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
    public SlaReport report(String week, String from, String to) {
        var settings = calendar.settings();
        var cal = calendar.calendar(settings);
        var now = clock.instant();
        var period = period(week, from, to, cal, now);
        var zone = SlaReport.readingPeriod(cal, period).zone();
        var start = period.start(zone);
        var end = period.end(zone);
        var schedule = Schedule.of(settings);
        var held = repository.meetingsHeld(period.from(), period.to());
        var attended = repository.attendedByVp(period.from(), period.to());
        var meetings = held.entrySet().stream()
                .map(e -> new MeetingAttendance(e.getKey(), e.getValue(), attended.size()))
                .toList();
        var vps = attended.entrySet().stream()
                .map(e -> new VpAttendance(e.getKey(), e.getValue(), held.size()))
                .toList();
        var report = SlaReport.build(calendar.calendars(settings), period, now, t -> schedule.current(t).endsAt(),
                repository.blockers(period.relevantSince(zone), end),
                repository.refusedDeferrals(start, end), repository.overruledDeferrals(start, end), meetings, vps);
        var today = report.asOf().atZone(zone).toLocalDate();
        return report.withFollowThrough(repository.actionsDue(period.from(), period.to(), today, zone),
                repository.recurrences(start, end));
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
