package io.eteam.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/// The installation's working week: which local hours count towards a blocker's SLA target.
/// Working hours may cross midnight (they then belong to the day they start on); `holidays` are
/// whole days off, `partDays` dates with their own (shorter) hours; both apply to working days only.
///
/// `targetDays` is a `BigDecimal` because chairs type it as a decimal ("2.5") and "within
/// target" compares it with whole minutes: as a double, 2.3 × 480 is 1103.99…, one minute short.
public record WorkCalendar(
        ZoneId zone,
        Set<DayOfWeek> workingDays,
        LocalTime dayStart,
        LocalTime dayEnd,
        Set<LocalDate> holidays,
        BigDecimal targetDays,
        Map<LocalDate, Hours> partDays,
        NavigableMap<Instant, WorkCalendar> versions) {

    public WorkCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(targetDays, "targetDays");
        Objects.requireNonNull(partDays, "partDays");
        Objects.requireNonNull(versions, "versions");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException(
                    "A work calendar needs at least one working day: give for example MON-FRI.");
        }
        new Hours(dayStart, dayEnd);
        if (targetDays.signum() <= 0) {
            throw new IllegalArgumentException("The SLA target must be more than 0 working days: got "
                    + targetDays.toPlainString() + ". Give for example 2.5.");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        /// Sorted so that WorkingTime counts the holidays inside a span without walking its days.
        /// A date with its own hours is a part day, not a day off.
        var off = new TreeSet<>(holidays);
        off.removeAll(partDays.keySet());
        holidays = Collections.unmodifiableNavigableSet(off);
        partDays = Collections.unmodifiableNavigableMap(new TreeMap<>(partDays));
        versions = Collections.unmodifiableNavigableMap(new TreeMap<>(versions));
        targetDays = canonical(targetDays);
    }

    /// A calendar without part days, the same at every moment.
    public WorkCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
            Set<LocalDate> holidays, BigDecimal targetDays) {
        this(zone, workingDays, dayStart, dayEnd, holidays, targetDays, Map.of());
    }

    /// A calendar the same at every moment.
    public WorkCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd,
            Set<LocalDate> holidays, BigDecimal targetDays, Map<LocalDate, Hours> partDays) {
        this(zone, workingDays, dayStart, dayEnd, holidays, targetDays, partDays, new TreeMap<>());
    }

    /// This calendar (the one in force now) with its versions: each in force from its instant
    /// until the next one's; before the first, the first. Working time is counted with the
    /// version in force at each moment, so a change never rewrites past figures.
    public WorkCalendar withVersions(NavigableMap<Instant, WorkCalendar> byStart) {
        return new WorkCalendar(zone, workingDays, dayStart, dayEnd, holidays, targetDays, partDays, byStart);
    }

    /// The version in force at `at` (this calendar, when it has no versions).
    public WorkCalendar at(Instant at) {
        if (versions.isEmpty()) {
            return this;
        }
        var e = versions.floorEntry(at);
        return e != null ? e.getValue() : versions.firstEntry().getValue();
    }

    /// Europe/Stockholm, Monday to Friday, 09:00–17:00, no holidays, target 2.5 working days.
    public static WorkCalendar defaults() {
        return new WorkCalendar(
                ZoneId.of("Europe/Stockholm"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                Set.of(),
                new BigDecimal("2.5"));
    }

    /// The length of one working day, the unit in which SLA targets are stated.
    public int minutesPerDay() {
        return hours().minutes();
    }

    /// The working hours of an ordinary working day; they may cross midnight.
    public Hours hours() {
        return new Hours(dayStart, dayEnd);
    }

    /// The most working minutes a blocker may take and still be within target
    /// (minutes ≤ target × minutes per day, so a fractional product rounds down).
    public long targetMinutes() {
        return targetDays.multiply(BigDecimal.valueOf(minutesPerDay()))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
    }

    /// The compact constructor stores a sorted set; this hands it out without copying.
    NavigableSet<LocalDate> sortedHolidays() {
        return (NavigableSet<LocalDate>) holidays;
    }

    NavigableMap<LocalDate, Hours> sortedPartDays() {
        return (NavigableMap<LocalDate, Hours>) partDays;
    }

    /// 2.50 and 2.5 are the same target, so calendars holding them are equal.
    private static BigDecimal canonical(BigDecimal days) {
        var stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
