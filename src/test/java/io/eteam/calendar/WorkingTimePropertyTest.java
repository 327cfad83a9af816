package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// `WorkingTime` against the minute-by-minute reference over random calendars and spans.
///
/// Every case draws from its own seed, printed in any failure, so one failing case can be
/// replayed alone. In zones with daylight saving, two spans in three start in the two days
/// before an offset change, and hours often cover 02:00–03:00, where those changes happen.
class WorkingTimePropertyTest {

    static final long MASTER_SEED = 20260329L;
    static final int CASES = 2_000;
    static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Stockholm"),
            ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("UTC"));
    static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2028-01-01T00:00:00Z");

    @Test
    void working_minutes_between_random_instants_match_the_minute_by_minute_count() {
        var seeds = new Random(MASTER_SEED);
        int acrossOffsetChanges = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            var random = new Random(seed);
            var zone = ZONES.get(random.nextInt(ZONES.size()));
            var from = instant(random, zone);
            var to = from.plus(spanLength(random)).plusNanos(nudge(random));
            var calendar = calendar(random, zone, from, to, 8);
            from = atOpeningOrClosing(random, calendar, from);
            to = atOpeningOrClosing(random, calendar, to);
            if (crossesOffsetChange(calendar.zone(), from, to)) {
                acrossOffsetChanges++;
            }

            assertThat(WorkingTime.minutesBetween(calendar, from, to))
                    .as("seed %d: %s from %s to %s", seed, calendar, from, to)
                    .isEqualTo(MinuteByMinute.minutesBetween(calendar, from, to));
        }
        assertThat(acrossOffsetChanges).as("spans across an offset change").isGreaterThan(CASES / 5);
    }

    @Test
    void adding_random_working_minutes_ends_at_the_earliest_instant_that_holds_them() {
        var seeds = new Random(MASTER_SEED + 1);
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            var random = new Random(seed);
            var zone = ZONES.get(random.nextInt(ZONES.size()));
            var from = instant(random, zone);
            var calendar = calendar(random, zone, from, from.plus(Duration.ofDays(70)), 8);
            from = atOpeningOrClosing(random, calendar, from);
            long minutes = workingMinutes(random, calendar);
            var description = String.format("seed %d: %s plus %d from %s", seed, calendar, minutes, from);

            var end = WorkingTime.plusWorkingMinutes(calendar, from, minutes);

            assertThat(end).as(description).isEqualTo(MinuteByMinute.plusWorkingMinutes(calendar, from, minutes));
            assertThat(WorkingTime.minutesBetween(calendar, from, end)).as(description).isEqualTo(minutes);
            if (minutes > 0) {
                assertThat(WorkingTime.minutesBetween(calendar, from, end.minusNanos(1)))
                        .as(description).isEqualTo(minutes - 1);
            }
        }
    }

    @Test
    void a_calendar_with_versions_counts_each_moment_by_the_version_in_force() {
        var seeds = new Random(MASTER_SEED + 3);
        for (int i = 0; i < CASES / 2; i++) {
            long seed = seeds.nextLong();
            var random = new Random(seed);
            var from = instant(random, ZONES.get(random.nextInt(ZONES.size())));
            var to = from.plus(spanLength(random)).plusNanos(nudge(random));
            var versions = new java.util.TreeMap<Instant, WorkCalendar>();
            for (int v = 1 + random.nextInt(3); v > 0; v--) {
                var zone = ZONES.get(random.nextInt(ZONES.size()));
                var starts = from.plus(Duration.ofMinutes(random.nextInt((int) Duration.between(from, to).toMinutes() + 2 * 24 * 60 + 1)
                        - 24 * 60L)).truncatedTo(ChronoUnit.MINUTES);
                versions.put(starts, calendar(random, zone, from, to.plus(Duration.ofDays(70)), 8));
            }
            var calendar = versions.lastEntry().getValue().withVersions(versions);
            var description = String.format("seed %d: %s from %s to %s", seed, versions, from, to);

            assertThat(WorkingTime.minutesBetween(calendar, from, to)).as(description)
                    .isEqualTo(MinuteByMinute.minutesBetween(calendar, from, to));
            long minutes = workingMinutes(random, calendar);
            assertThat(WorkingTime.plusWorkingMinutes(calendar, from, minutes)).as(description + " plus " + minutes)
                    .isEqualTo(MinuteByMinute.plusWorkingMinutes(calendar, from, minutes));
        }
    }

    @Test
    void a_span_of_years_counts_the_same_as_its_two_parts() {
        var seeds = new Random(MASTER_SEED + 2);
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            var random = new Random(seed);
            var zone = ZONES.get(random.nextInt(ZONES.size()));
            var from = instant(random, zone).truncatedTo(ChronoUnit.MINUTES);
            var to = from.plus(Duration.ofMinutes(random.nextInt(10 * 366 * 24 * 60)));
            var middle = from.plus(Duration.ofMinutes(
                    random.nextInt((int) Duration.between(from, to).toMinutes() + 1)));
            var calendar = calendar(random, zone, from, to, 80);
            var description = String.format("seed %d: %s from %s via %s to %s", seed, calendar, from, middle, to);

            /// Whole-minute instants in whole-minute zones make working time whole minutes, so
            /// nothing is lost to rounding and the parts must add up exactly.
            long whole = WorkingTime.minutesBetween(calendar, from, to);
            long first = WorkingTime.minutesBetween(calendar, from, middle);
            assertThat(first + WorkingTime.minutesBetween(calendar, middle, to)).as(description).isEqualTo(whole);
            var end = WorkingTime.plusWorkingMinutes(calendar, from, whole);
            assertThat(WorkingTime.minutesBetween(calendar, from, end)).as(description).isEqualTo(whole);
            assertThat(WorkingTime.plusWorkingMinutes(calendar,
                    WorkingTime.plusWorkingMinutes(calendar, from, first), whole - first))
                    .as(description).isEqualTo(end);
        }
    }

    /// Anywhere in 2025–2027, or in the two days before one of the zone's offset changes; at
    /// a whole minute, a whole second or any nanosecond.
    static Instant instant(Random random, ZoneId zone) {
        var changes = offsetChanges(zone);
        Instant base;
        if (!changes.isEmpty() && random.nextInt(3) > 0) {
            base = changes.get(random.nextInt(changes.size()))
                    .minus(Duration.ofMinutes(random.nextInt(2 * 24 * 60)));
        } else {
            base = EARLIEST.plus(Duration.ofMinutes(
                    (long) (random.nextDouble() * Duration.between(EARLIEST, LATEST).toMinutes())));
        }
        return base.plusNanos(subMinute(random));
    }

    /// One time in four, the opening or closing time of the instant's local day instead, or
    /// a fraction of a second after it.
    static Instant atOpeningOrClosing(Random random, WorkCalendar calendar, Instant instant) {
        if (random.nextInt(4) > 0) {
            return instant;
        }
        var time = random.nextBoolean() ? calendar.dayStart() : calendar.dayEnd();
        var local = LocalDate.ofInstant(instant, calendar.zone()).atTime(time);
        long fraction = random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
        return local.atZone(calendar.zone()).toInstant().plusNanos(fraction);
    }

    /// Moves the end of a span by part of a minute, often back by less than a second, so
    /// that whole minutes of working time lose a fraction and must round down.
    static long nudge(Random random) {
        return random.nextBoolean() ? subMinute(random) : -random.nextInt(1_000_000_000);
    }

    static long subMinute(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Duration.ofSeconds(random.nextInt(60)).toNanos();
            case 1 -> (long) (random.nextDouble() * Duration.ofMinutes(1).toNanos());
            default -> 0;
        };
    }

    /// Mostly short spans, some weeks long; the reference walks every minute of them.
    static Duration spanLength(Random random) {
        int days = switch (random.nextInt(20)) {
            case 0, 1, 2 -> 60;
            case 3, 4, 5, 6, 7, 8, 9 -> 14;
            default -> 3;
        };
        return Duration.ofMinutes(random.nextInt(days * 24 * 60 + 1));
    }

    /// Up to one, three or ten working days; sometimes exactly whole days, to end on a closing time.
    static long workingMinutes(Random random, WorkCalendar calendar) {
        int days = switch (random.nextInt(20)) {
            case 0, 1 -> 10;
            case 2, 3, 4, 5, 6, 7, 8 -> 3;
            default -> 1;
        };
        if (random.nextInt(5) == 0) {
            return (long) random.nextInt(days + 1) * calendar.minutesPerDay();
        }
        return random.nextInt(days * calendar.minutesPerDay() + 1);
    }

    /// Random working days and hours (some over midnight, some a whole day), and some holidays
    /// and part days around the span.
    static WorkCalendar calendar(Random random, ZoneId zone, Instant from, Instant to, int mostHolidays) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(10) < 6) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.of(random.nextInt(7) + 1));
        }
        int start = random.nextInt(10) < 4 ? random.nextInt(3 * 60) : random.nextInt(23 * 60 + 58);
        int end = switch (random.nextInt(10)) {
            /// Over midnight, or a whole day (an end equal to the start).
            case 0, 1 -> random.nextInt(24 * 60);
            case 2 -> start;
            default -> start + 1 + random.nextInt(23 * 60 + 59 - start);
        } % (24 * 60);
        var firstDay = LocalDate.ofInstant(from, zone).minusDays(2);
        long spanDays = Duration.between(from, to).toDays() + 5;
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = random.nextInt(mostHolidays + 1); i > 0; i--) {
            holidays.add(firstDay.plusDays(random.nextLong(spanDays)));
        }
        var partDays = new java.util.HashMap<LocalDate, Hours>();
        for (int i = random.nextInt(mostHolidays / 2 + 1); i > 0; i--) {
            int partStart = random.nextInt(24 * 60);
            int partEnd = (partStart + 1 + random.nextInt(24 * 60 - 1)) % (24 * 60);
            partDays.put(firstDay.plusDays(random.nextLong(spanDays)),
                    new Hours(LocalTime.ofSecondOfDay(partStart * 60L), LocalTime.ofSecondOfDay(partEnd * 60L)));
        }
        return new WorkCalendar(zone, days, LocalTime.ofSecondOfDay(start * 60L),
                LocalTime.ofSecondOfDay(end * 60L), holidays, BigDecimal.valueOf(2.5), partDays);
    }

    static List<Instant> offsetChanges(ZoneId zone) {
        var rules = zone.getRules();
        var changes = new ArrayList<Instant>();
        for (var change = rules.nextTransition(EARLIEST); change != null && change.getInstant().isBefore(LATEST);
                change = rules.nextTransition(change.getInstant())) {
            changes.add(change.getInstant());
        }
        return changes;
    }

    static boolean crossesOffsetChange(ZoneId zone, Instant from, Instant to) {
        var change = zone.getRules().nextTransition(from);
        return change != null && change.getInstant().isBefore(to);
    }
}
