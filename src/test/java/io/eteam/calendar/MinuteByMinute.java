package io.eteam.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/// The slow, obviously right reference for `WorkingTime`: it visits every minute of the
/// instant timeline and asks rule CAL-1 directly whether that minute's local time is working time.
///
/// A whole UTC minute is either all working or not at all because every zone the tests use
/// has offsets in whole minutes (Asia/Kolkata +05:30, Australia/Lord_Howe +10:30/+11:00).
final class MinuteByMinute {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private MinuteByMinute() {
    }

    static long minutesBetween(WorkCalendar cal, Instant from, Instant to) {
        long nanos = 0;
        for (var minute = from.truncatedTo(ChronoUnit.MINUTES); minute.isBefore(to); minute = minute.plusSeconds(60)) {
            if (isWorking(cal, minute)) {
                var start = latest(minute, from);
                var end = earliest(minute.plusSeconds(60), to);
                nanos += Duration.between(start, end).toNanos();
            }
        }
        return nanos / NANOS_PER_MINUTE;
    }

    static Instant plusWorkingMinutes(WorkCalendar cal, Instant from, long minutes) {
        if (minutes == 0) {
            return from;
        }
        long wanted = minutes * NANOS_PER_MINUTE;
        long nanos = 0;
        for (var minute = from.truncatedTo(ChronoUnit.MINUTES); ; minute = minute.plusSeconds(60)) {
            if (isWorking(cal, minute)) {
                var start = latest(minute, from);
                long available = Duration.between(start, minute.plusSeconds(60)).toNanos();
                if (nanos + available >= wanted) {
                    return start.plusNanos(wanted - nanos);
                }
                nanos += available;
            }
        }
    }

    /// CAL-1 with hours that may cross midnight: the minute's local date-time lies within the hours
    /// of its own date or of the date before, each date's hours starting on that date. A part
    /// day's hours are the hours still worked within the regular hours: from the first time of
    /// their start at or after the regular opening, cut at the regular closing.
    static boolean isWorking(WorkCalendar calendar, Instant minute) {
        /// With versions, the minute counts by the version in force at it.
        var cal = calendar.at(minute);
        var local = LocalDateTime.ofInstant(minute, cal.zone());
        return within(cal, local.toLocalDate(), local) || within(cal, local.toLocalDate().minusDays(1), local);
    }

    private static boolean within(WorkCalendar cal, java.time.LocalDate date, LocalDateTime local) {
        if (!cal.workingDays().contains(date.getDayOfWeek()) || cal.holidays().contains(date)) {
            return false;
        }
        var opens = date.atTime(cal.dayStart());
        long length = seconds(cal.dayStart(), cal.dayEnd());
        var part = cal.partDays().get(date);
        if (part != null) {
            long offset = Math.floorMod(part.start().toSecondOfDay() - cal.dayStart().toSecondOfDay(), 86_400);
            length = Math.max(0, Math.min(seconds(part.start(), part.end()), length - offset));
            opens = opens.plusSeconds(offset);
        }
        return !local.isBefore(opens) && local.isBefore(opens.plusSeconds(length));
    }

    /// From `start` to the next `end`; a whole day when they are equal.
    private static long seconds(java.time.LocalTime start, java.time.LocalTime end) {
        long s = Math.floorMod(end.toSecondOfDay() - start.toSecondOfDay(), 86_400);
        return s == 0 ? 86_400 : s;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
