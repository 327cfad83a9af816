package io.eteam.calendar;

import io.eteam.problem.Problem;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/// The calendar's text forms, as chairs type them: days "MON-FRI" or "MON,WED,FRI", hours
/// "09:00-17:00", times "13:00", dates "2026-12-24", targets "2.5". Pure parsing and printing.
public final class CalendarText {

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarText() {
    }

    public static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    /// "TUE" or "tuesday" → "TUESDAY"; refuses anything else.
    static String dayName(String text) {
        var t = text.strip().toUpperCase(Locale.ROOT);
        for (var d : DayOfWeek.values()) {
            if (d.name().equals(t) || abbreviation(d).equals(t)) {
                return d.name();
            }
        }
        throw new IllegalArgumentException(text);
    }

    public static DayOfWeek day(String field, String text) {
        try {
            return DayOfWeek.valueOf(dayName(text));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, field + " must be a day such as TUE; got '" + text + "'.");
        }
    }

    /// "MON-FRI", "MON,WED,FRI", "SUN-THU" (wrapping) or a mix: "MON-WED,FRI"; at least one day.
    public static Set<DayOfWeek> days(String field, String text) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        // -1 keeps empty parts, so "," or "MON," is refused for its empty day instead of passing as no days.
        for (var part : text.split(",", -1)) {
            if (part.isBlank()) {
                throw Problem.invalid(field, field + " has an empty day in '" + text + "'; write it like MON-FRI or MON,WED,FRI.");
            }
            var range = part.split("-", -1);
            if (range.length == 1) {
                days.add(day(field, range[0]));
            } else if (range.length == 2) {
                var from = day(field, range[0]);
                var to = day(field, range[1]);
                for (var d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw Problem.invalid(field, field + " must look like MON-FRI or MON,WED,FRI; got '" + text + "'.");
            }
        }
        if (days.isEmpty()) {
            throw Problem.invalid(field, field + " must name at least one day, like MON-FRI.");
        }
        return days;
    }

    public static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(CalendarText::abbreviation).collect(Collectors.joining(","));
    }

    public static LocalTime time(String field, String text) {
        try {
            var t = LocalTime.parse(text.strip());
            if (t.getSecond() != 0 || t.getNano() != 0) {
                throw Problem.invalid(field, field + " is a time of day in whole minutes, like 13:00.");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " must be a time like 13:00; got '" + text + "'.");
        }
    }

    /// "09:00-17:00" → the two times; the end must come after the start on the same day.
    public static LocalTime[] hours(String field, String text) {
        var parts = text.split("-");
        if (parts.length != 2) {
            throw Problem.invalid(field, field + " must look like 09:00-17:00; got '" + text + "'.");
        }
        var start = time(field, parts[0]);
        var end = time(field, parts[1]);
        if (!start.isBefore(end)) {
            throw Problem.invalid(field, field + " must start before they end on the same day, like 09:00-17:00.");
        }
        return new LocalTime[] {start, end};
    }

    /// A date as people write it, `YYYY-MM-DD`: four digits of year, so not the `+999999999-12-31`
    /// that `LocalDate.parse` also takes, whose next day or week does not exist.
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, field + " must be a date like 2026-12-24; got '" + text + "'.");
        }
    }

    public static BigDecimal target(String field, BigDecimal target) {
        var t = target.stripTrailingZeros();
        if (t.signum() <= 0 || t.compareTo(BigDecimal.valueOf(100)) > 0 || t.scale() > 2) {
            throw Problem.invalid(field, field + " is a number of working days above 0 and at most 100, with up to two decimals, like 2.5.");
        }
        return t.scale() < 0 ? t.setScale(0) : t;
    }
}
