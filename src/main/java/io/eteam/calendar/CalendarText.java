package io.eteam.calendar;

import static java.util.Map.entry;

import io.eteam.problem.Problem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
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

    /// "09:00-17:00" → the hours. They may cross midnight ("22:00-06:00") and end at "24:00";
    /// a whole day is "00:00-24:00". A start equal to the end is refused: it says nothing.
    public static Hours hours(String field, String text) {
        var parts = text.split("-");
        if (parts.length != 2) {
            throw Problem.invalid(field, field + " must look like 09:00-17:00; got '" + text + "'.");
        }
        var start = time(field, parts[0]);
        boolean endOfDay = parts[1].strip().equals("24:00");
        var end = endOfDay ? LocalTime.MIDNIGHT : time(field, parts[1]);
        if (start.equals(end) && !endOfDay) {
            throw Problem.invalid(field, field + " must not start and end at the same time; a whole day is 00:00-24:00, "
                    + "hours over midnight look like 22:00-06:00; got '" + text + "'.");
        }
        return new Hours(start, end);
    }

    /// The first part of every IANA region name: "Europe/Stockholm", "America/New_York".
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");

    /// The region an abbreviation or a System V name most often stands for, to name in a refusal.
    private static final Map<String, String> SUGGESTED = Map.ofEntries(
            entry("EST", "America/New_York"), entry("EDT", "America/New_York"),
            entry("CST", "America/Chicago"), entry("CDT", "America/Chicago"),
            entry("MST", "America/Denver"), entry("MDT", "America/Denver"),
            entry("PST", "America/Los_Angeles"), entry("PDT", "America/Los_Angeles"),
            entry("AST", "America/Halifax"), entry("YST", "America/Anchorage"),
            entry("HST", "Pacific/Honolulu"), entry("GMT", "Europe/London"),
            entry("BST", "Europe/London"), entry("WET", "Europe/Lisbon"),
            entry("CET", "Europe/Paris"), entry("CEST", "Europe/Paris"),
            entry("MET", "Europe/Paris"), entry("EET", "Europe/Helsinki"),
            entry("MSK", "Europe/Moscow"), entry("IST", "Asia/Kolkata"),
            entry("JST", "Asia/Tokyo"), entry("KST", "Asia/Seoul"),
            entry("AEST", "Australia/Sydney"), entry("AEDT", "Australia/Sydney"),
            entry("NZST", "Pacific/Auckland"));

    /// CAL-9 — a time zone as an IANA region name ("Europe/Stockholm"), or UTC. Abbreviations ("EST",
    /// "EST5EDT"), System V names and fixed offsets are refused with a sentence naming the region
    /// they usually stand for: they do not follow the region's daylight saving, or follow old rules.
    public static ZoneId zone(String field, String text) {
        var id = text.strip();
        if (id.equals("UTC") || id.equals("Etc/UTC")) {
            return ZoneId.of("UTC");
        }
        int slash = id.indexOf('/');
        if (slash > 0 && REGIONS.contains(id.substring(0, slash))) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                throw Problem.invalid(field, field + " must be an IANA time zone such as Europe/Stockholm; '" + id
                        + "' is not one.");
            }
        }
        var bare = id.startsWith("SystemV/") ? id.substring("SystemV/".length()) : id;
        var letters = bare.toUpperCase(Locale.ROOT).replaceAll("[^A-Z].*$", "");
        var region = SUGGESTED.get(letters);
        if (region == null && letters.length() > 3) {
            region = SUGGESTED.get(letters.substring(0, 3));
        }
        throw Problem.invalid(field, field + " must be an IANA region name such as Europe/Stockholm, which follows the "
                + "region's daylight saving; '" + id + "' is " + (region == null ? "not one." : "not: give " + region + " instead."));
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
