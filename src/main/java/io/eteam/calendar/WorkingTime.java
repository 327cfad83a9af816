package io.eteam.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;

/// Working-time arithmetic over a `WorkCalendar`: rules C1–C6 in `package-info.java`.
///
/// Why the cost is flat: the instant timeline is cut only where the zone's offset changes
/// (twice a year in most zones, never in UTC). Inside one such piece local time is the
/// instant plus a fixed offset, so working time is counted in local seconds: whole weeks by
/// multiplication, at most six loose days at each edge, and holidays by reading the part of
/// the sorted holiday set that falls inside the piece. No loop here runs over the minutes or
/// the days of a span; a call costs O(offset changes + holidays in the span), so ten years
/// cost about twenty pieces and the holidays of those years.
public final class WorkingTime {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int DAYS_PER_WEEK = 7;

    private WorkingTime() {
    }

    /// Working minutes in `[from, to)`, rounded down to whole minutes; 0 when `to <= from`.
    public static long minutesBetween(WorkCalendar cal, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = workingSeconds(cal, from.getEpochSecond(), to.getEpochSecond());
        /// Working hours and offset changes fall on whole seconds, so a fraction of a second
        /// counts exactly when the whole second around it counts.
        long nanos = workingNanosInto(cal, to) - workingNanosInto(cal, from);
        if (nanos < 0) {
            seconds--;
        }
        return Math.floorDiv(seconds, 60);
    }

    /// The earliest instant by which `minutes` of working time have elapsed after `from`:
    /// the SLA target of a blocker raised at `from` falls there. Filling a day exactly ends at
    /// its closing time, not at the next opening.
    public static Instant plusWorkingMinutes(WorkCalendar cal, Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException(
                    "Working minutes to add must be 0 or more: got " + minutes + ".");
        }
        if (minutes == 0) {
            return from;
        }
        long seconds = Math.multiplyExact(minutes, 60);
        long second = from.getEpochSecond();
        if (from.getNano() == 0 || !isWorkingSecond(cal, second)) {
            return Instant.ofEpochSecond(plusWorkingSeconds(cal, second, seconds));
        }
        /// `from` lies inside a working second: the answer is as far into the working second
        /// after `seconds` whole working seconds as `from` is into its own.
        long afterNextSecond = plusWorkingSeconds(cal, second, seconds + 1);
        return Instant.ofEpochSecond(afterNextSecond - 1, from.getNano());
    }

    /// Working minutes expressed in working days of this calendar, unrounded.
    public static double days(WorkCalendar cal, long minutes) {
        return (double) minutes / cal.minutesPerDay();
    }

    /// floor(100 × minutes / minutesPerDay + ½), in whole numbers: no decimal division, so
    /// 276 of 480 minutes is 58 hundredths, not the 57 a double's 0.57499… would round to.
    public static long hundredthsOfDays(long minutes, int minutesPerDay) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Working minutes are 0 or more: got " + minutes + ".");
        }
        long twice = 2L * minutesPerDay;
        return (200 * minutes + minutesPerDay) / twice;
    }

    private static long workingSeconds(WorkCalendar cal, long from, long to) {
        var rules = cal.zone().getRules();
        long total = 0;
        for (long start = from; start < to; ) {
            var at = Instant.ofEpochSecond(start);
            long offset = offsetSeconds(rules, at);
            var change = rules.nextTransition(at);
            long end = change == null ? to : Math.min(to, change.toEpochSecond());
            total += localWorkingSeconds(cal, start + offset, end + offset);
            start = end;
        }
        return total;
    }

    private static long plusWorkingSeconds(WorkCalendar cal, long from, long seconds) {
        var rules = cal.zone().getRules();
        long start = from;
        long remaining = seconds;
        while (true) {
            var at = Instant.ofEpochSecond(start);
            long offset = offsetSeconds(rules, at);
            var change = rules.nextTransition(at);
            if (change != null) {
                long end = change.toEpochSecond();
                long available = localWorkingSeconds(cal, start + offset, end + offset);
                if (available < remaining) {
                    remaining -= available;
                    start = end;
                    continue;
                }
            }
            return localPlusWorkingSeconds(cal, start + offset, remaining) - offset;
        }
    }

    private static long offsetSeconds(ZoneRules rules, Instant at) {
        return rules.getOffset(at).getTotalSeconds();
    }

    private static long workingNanosInto(WorkCalendar cal, Instant at) {
        return isWorkingSecond(cal, at.getEpochSecond()) ? at.getNano() : 0;
    }

    private static boolean isWorkingSecond(WorkCalendar cal, long second) {
        long local = second + offsetSeconds(cal.zone().getRules(), Instant.ofEpochSecond(second));
        long secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);
        return isWorkingDay(cal, Math.floorDiv(local, SECONDS_PER_DAY))
                && secondOfDay >= opens(cal)
                && secondOfDay < closes(cal);
    }

    /// Working seconds in `[from, to)` of the local timeline, both given as seconds since
    /// 1970-01-01T00:00 local time.
    private static long localWorkingSeconds(WorkCalendar cal, long from, long to) {
        long firstDay = Math.floorDiv(from, SECONDS_PER_DAY);
        long lastDay = Math.floorDiv(to, SECONDS_PER_DAY);
        long fromInDay = Math.floorMod(from, SECONDS_PER_DAY);
        long toInDay = Math.floorMod(to, SECONDS_PER_DAY);
        if (firstDay == lastDay) {
            return workingSecondsOfDay(cal, firstDay, fromInDay, toInDay);
        }
        return workingSecondsOfDay(cal, firstDay, fromInDay, SECONDS_PER_DAY)
                + workingDays(cal, firstDay + 1, lastDay) * (closes(cal) - opens(cal))
                + workingSecondsOfDay(cal, lastDay, 0, toInDay);
    }

    /// The earliest local second by which `seconds` (more than 0) of working time have
    /// elapsed after local second `from`.
    private static long localPlusWorkingSeconds(WorkCalendar cal, long from, long seconds) {
        long day = Math.floorDiv(from, SECONDS_PER_DAY);
        long fromInDay = Math.floorMod(from, SECONDS_PER_DAY);
        long remaining = seconds;
        if (isWorkingDay(cal, day) && fromInDay < closes(cal)) {
            long resumes = Math.max(fromInDay, opens(cal));
            if (remaining <= closes(cal) - resumes) {
                return day * SECONDS_PER_DAY + resumes + remaining;
            }
            remaining -= closes(cal) - resumes;
        }
        long perDay = closes(cal) - opens(cal);
        long nth = (remaining - 1) / perDay + 1;
        long lastDay = nthWorkingDay(cal, day + 1, nth);
        return lastDay * SECONDS_PER_DAY + opens(cal) + remaining - (nth - 1) * perDay;
    }

    private static long workingSecondsOfDay(WorkCalendar cal, long day, long from, long to) {
        if (!isWorkingDay(cal, day)) {
            return 0;
        }
        return Math.max(0, Math.min(to, closes(cal)) - Math.max(from, opens(cal)));
    }

    /// Working days (working weekdays that are not holidays) in `[first, end)`, as epoch days.
    private static long workingDays(WorkCalendar cal, long first, long end) {
        return workingWeekdays(cal, first, end) - holidaysOnWorkingWeekdays(cal, first, end);
    }

    private static long workingWeekdays(WorkCalendar cal, long first, long end) {
        long weeks = (end - first) / DAYS_PER_WEEK;
        long count = weeks * cal.workingDays().size();
        for (long day = first + weeks * DAYS_PER_WEEK; day < end; day++) {
            if (isWorkingWeekday(cal, day)) {
                count++;
            }
        }
        return count;
    }

    private static long holidaysOnWorkingWeekdays(WorkCalendar cal, long first, long end) {
        if (end <= first) {
            return 0;
        }
        return cal.sortedHolidays()
                .subSet(LocalDate.ofEpochDay(first), true, LocalDate.ofEpochDay(end), false)
                .stream()
                .filter(holiday -> cal.workingDays().contains(holiday.getDayOfWeek()))
                .count();
    }

    /// The `n`-th (n ≥ 1) working day on or after `first`. Jumps to the `n`-th working
    /// weekday, then again past as many working weekdays as there were holidays on the way,
    /// until a jump passes no holiday: each holiday is looked at once.
    private static long nthWorkingDay(WorkCalendar cal, long first, long n) {
        long day = nthWorkingWeekday(cal, first, n);
        long skipped = holidaysOnWorkingWeekdays(cal, first, day + 1);
        while (skipped > 0) {
            long next = nthWorkingWeekday(cal, day + 1, skipped);
            skipped = holidaysOnWorkingWeekdays(cal, day + 1, next + 1);
            day = next;
        }
        return day;
    }

    private static long nthWorkingWeekday(WorkCalendar cal, long first, long n) {
        int perWeek = cal.workingDays().size();
        long weeks = (n - 1) / perWeek;
        long left = n - weeks * perWeek;
        long day = first + weeks * DAYS_PER_WEEK;
        while (!isWorkingWeekday(cal, day) || --left > 0) {
            day++;
        }
        return day;
    }

    private static boolean isWorkingDay(WorkCalendar cal, long day) {
        return isWorkingWeekday(cal, day) && !cal.holidays().contains(LocalDate.ofEpochDay(day));
    }

    private static boolean isWorkingWeekday(WorkCalendar cal, long day) {
        /// Epoch day 0, 1970-01-01, was a Thursday.
        return cal.workingDays().contains(DayOfWeek.of((int) Math.floorMod(day + 3, DAYS_PER_WEEK) + 1));
    }

    private static long opens(WorkCalendar cal) {
        return cal.dayStart().toSecondOfDay();
    }

    private static long closes(WorkCalendar cal) {
        return cal.dayEnd().toSecondOfDay();
    }
}
