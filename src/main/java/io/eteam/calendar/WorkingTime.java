package io.eteam.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;

/// Working-time arithmetic over a `WorkCalendar`: rules CAL-1–CAL-6 in `package-info.java`.
///
/// Why the cost is flat: the instant timeline is cut only where the zone's offset changes
/// (twice a year in most zones, never in UTC). Inside one such piece local time is the
/// instant plus a fixed offset, so working time is counted in local seconds: whole weeks by
/// multiplication, the two days at each edge one by one (hours may cross midnight), and
/// holidays and part days by reading the part of their sorted sets that falls inside the piece. No loop here runs over the minutes or
/// the days of a span; a call costs O(offset changes + holidays in the span), so ten years
/// cost about twenty pieces and the holidays of those years.
public final class WorkingTime {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int DAYS_PER_WEEK = 7;

    private WorkingTime() {
    }

    /// Working minutes in `[from, to)`, rounded down to whole minutes; 0 when `to <= from`.
    /// With versions, each moment counts with the version in force then.
    public static long minutesBetween(WorkCalendar cal, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        for (var version = version(cal, start); ; ) {
            long next = Math.min(end, nextVersion(cal, start));
            seconds += workingSeconds(version, start, next);
            if (next >= end) {
                break;
            }
            start = next;
            version = version(cal, start);
        }
        /// Working hours, offset changes and versions fall on whole seconds, so a fraction of a
        /// second counts exactly when the whole second around it counts.
        long nanos = workingNanosInto(cal.at(to), to) - workingNanosInto(cal.at(from), from);
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
        if (from.getNano() == 0 || !isWorkingSecond(cal.at(from), second)) {
            return Instant.ofEpochSecond(plusAcrossVersions(cal, second, seconds));
        }
        /// `from` lies inside a working second: the answer is as far into the working second
        /// after `seconds` whole working seconds as `from` is into its own.
        long afterNextSecond = plusAcrossVersions(cal, second, seconds + 1);
        return Instant.ofEpochSecond(afterNextSecond - 1, from.getNano());
    }

    private static long plusAcrossVersions(WorkCalendar cal, long from, long seconds) {
        long start = from;
        long remaining = seconds;
        while (true) {
            var version = version(cal, start);
            long next = nextVersion(cal, start);
            if (next != Long.MAX_VALUE) {
                long available = workingSeconds(version, start, next);
                if (available < remaining) {
                    remaining -= available;
                    start = next;
                    continue;
                }
            }
            return plusWorkingSeconds(version, start, remaining);
        }
    }

    /// The version in force at epoch second `second`, without versions of its own.
    private static WorkCalendar version(WorkCalendar cal, long second) {
        return cal.at(Instant.ofEpochSecond(second));
    }

    /// The epoch second at which the version after the one in force at `second` starts.
    private static long nextVersion(WorkCalendar cal, long second) {
        var next = cal.versions().higherKey(Instant.ofEpochSecond(second));
        return next == null ? Long.MAX_VALUE : next.getEpochSecond();
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
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        /// Hours that cross midnight: the second may belong to the day before.
        return overlap(cal, day - 1, local, local + 1) + overlap(cal, day, local, local + 1) > 0;
    }

    /// Working seconds in `[from, to)` of the local timeline, both given as seconds since
    /// 1970-01-01T00:00 local time. A day's hours start on it and may end on the next day, so the
    /// day before `from`'s reaches in; the days strictly between the edges count whole.
    private static long localWorkingSeconds(WorkCalendar cal, long from, long to) {
        long first = Math.floorDiv(from, SECONDS_PER_DAY);
        long last = Math.floorDiv(to, SECONDS_PER_DAY);
        long total = 0;
        if (last - first <= EDGE_DAYS) {
            for (long day = first - 1; day <= last; day++) {
                total += overlap(cal, day, from, to);
            }
            return total;
        }
        for (long day : new long[] {first - 1, first, last - 1, last}) {
            total += overlap(cal, day, from, to);
        }
        /// Days first+1 … last-2 start after `from` and end (at most two local days later) by `to`.
        return total + wholeDays(cal, first + 1, last - 1);
    }

    /// Beyond this many days between the edges a span's middle is counted by the week.
    private static final int EDGE_DAYS = 6;

    /// The earliest local second by which `seconds` (more than 0) of working time have
    /// elapsed after local second `from`: the edge days one by one, then a search over whole
    /// days whose every step counts by the week (O(log days × holidays)), then within the day.
    private static long localPlusWorkingSeconds(WorkCalendar cal, long from, long seconds) {
        long first = Math.floorDiv(from, SECONDS_PER_DAY);
        long remaining = seconds;
        for (long day = first - 1; day <= first; day++) {
            long available = overlap(cal, day, from, Long.MAX_VALUE);
            if (available >= remaining) {
                return Math.max(from, opensAt(cal, day)) + remaining;
            }
            remaining -= available;
        }
        long start = first + 1;
        long perDay = cal.hours().seconds();
        /// Every run of 7 days holds at least one working weekday; holidays and part days only
        /// lengthen the search, which doubles until it holds enough.
        long span = DAYS_PER_WEEK * ((remaining + perDay - 1) / perDay + 1);
        while (wholeDays(cal, start, start + span) < remaining) {
            if (span > MAX_SEARCH_DAYS) {
                throw new IllegalArgumentException("No working time within " + MAX_SEARCH_DAYS + " days: the calendar cannot reach the target.");
            }
            span *= 2;
        }
        /// The smallest `end` with wholeDays(start, end + 1) >= remaining.
        long lo = start - 1;
        long hi = start + span - 1;
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (wholeDays(cal, start, mid + 1) >= remaining) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return opensAt(cal, hi) + remaining - wholeDays(cal, start, hi);
    }

    private static final long MAX_SEARCH_DAYS = 400L * 366;

    /// The working seconds of local day `day` that fall in `[from, to)`.
    private static long overlap(WorkCalendar cal, long day, long from, long to) {
        long length = lengthOf(cal, day);
        if (length == 0) {
            return 0;
        }
        long opens = opensAt(cal, day);
        return Math.max(0, Math.min(to, opens + length) - Math.max(from, opens));
    }

    /// The local second at which day `day`'s hours open (its part-day hours, if it has some).
    private static long opensAt(WorkCalendar cal, long day) {
        long opens = day * SECONDS_PER_DAY + cal.hours().opens();
        var part = cal.partDays().isEmpty() ? null : cal.partDays().get(LocalDate.ofEpochDay(day));
        return part == null ? opens : opens + partOffset(cal.hours(), part);
    }

    /// How long day `day`'s hours last: 0 on a day off.
    private static long lengthOf(WorkCalendar cal, long day) {
        if (!isWorkingWeekday(cal, day)) {
            return 0;
        }
        var date = LocalDate.ofEpochDay(day);
        if (cal.holidays().contains(date)) {
            return 0;
        }
        var part = cal.partDays().isEmpty() ? null : cal.partDays().get(date);
        return part == null ? cal.hours().seconds() : partLength(cal.hours(), part);
    }

    /// A part day's hours are the hours still worked within the day's regular hours: they start
    /// at the first time of their start at or after the regular opening (so 01:00 in a 22:00-06:00
    /// day is the night's first hours), and are cut at the regular closing.
    private static long partOffset(Hours regular, Hours part) {
        return Math.floorMod(part.opens() - regular.opens(), SECONDS_PER_DAY);
    }

    private static long partLength(Hours regular, Hours part) {
        long offset = partOffset(regular, part);
        return Math.max(0, Math.min(part.seconds(), regular.seconds() - offset));
    }

    /// Working seconds of the whole days `[first, end)`: the working weekdays' hours by the week,
    /// less the holidays and the shortened part days among them.
    private static long wholeDays(WorkCalendar cal, long first, long end) {
        if (end <= first) {
            return 0;
        }
        long perDay = cal.hours().seconds();
        long total = workingWeekdays(cal, first, end) * perDay - holidaysOnWorkingWeekdays(cal, first, end) * perDay;
        if (!cal.partDays().isEmpty()) {
            for (var e : cal.sortedPartDays().subMap(LocalDate.ofEpochDay(first), true, LocalDate.ofEpochDay(end), false).entrySet()) {
                if (cal.workingDays().contains(e.getKey().getDayOfWeek())) {
                    total -= perDay - partLength(cal.hours(), e.getValue());
                }
            }
        }
        return total;
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

    private static boolean isWorkingWeekday(WorkCalendar cal, long day) {
        /// Epoch day 0, 1970-01-01, was a Thursday.
        return cal.workingDays().contains(DayOfWeek.of((int) Math.floorMod(day + 3, DAYS_PER_WEEK) + 1));
    }
}
