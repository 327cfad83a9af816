package io.eteam.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/// The slow, obviously right reference for `WorkingTime`: it visits every minute of the
/// instant timeline and asks rule C1 directly whether that minute's local time is working time.
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

    static boolean isWorking(WorkCalendar cal, Instant minute) {
        var local = LocalDateTime.ofInstant(minute, cal.zone());
        var time = local.toLocalTime();
        return cal.workingDays().contains(local.getDayOfWeek())
                && !cal.holidays().contains(local.toLocalDate())
                && !time.isBefore(cal.dayStart())
                && time.isBefore(cal.dayEnd());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
