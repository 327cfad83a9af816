package io.eteam.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Holidays of countries and their subdivisions (ISO 3166 / 3166-2 codes: `SE`, `GB-ENG`,
/// `US-CA`), from the maintained Jollyday library, for the years eteam measures (2000–2060),
/// computed once per code and kept. Each holiday has a [Kind]; a calendar counts the kinds a
/// chair chose (public holidays by default).
///
/// Where Jollyday's data is wrong, a corrected file in its own format under
/// `src/main/resources/holidays/` replaces the country's (Japan: see `src/tools/japan-holidays.py`).
public final class Holidays {

    private static final Logger LOG = LoggerFactory.getLogger(Holidays.class);

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2060;

    /// Not a place: the dates a chair adds by hand, which always count. Accepted in a list of
    /// sources (`US-CA,company`) so that a calendar can say so.
    public static final String COMPANY = "company";

    /// The countries whose Jollyday data is replaced by a file of ours.
    private static final Set<String> CORRECTED = Set.of("jp");

    /// The kinds of holiday, as chairs name them.
    public enum Kind {
        PUBLIC(HolidayType.PUBLIC_HOLIDAY), BANK(HolidayType.BANK_HOLIDAY), OBSERVANCE(HolidayType.OBSERVANCE);

        final HolidayType jollyday;

        Kind(HolidayType jollyday) {
            this.jollyday = jollyday;
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /// "public,bank" → the kinds; refuses anything else with a sentence naming the choices.
        public static Set<Kind> parse(String text) {
            var kinds = EnumSet.noneOf(Kind.class);
            for (var part : text.split(",")) {
                var name = part.strip().toUpperCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                kinds.add(Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("holiday types are public, bank and observance, "
                                + "comma-separated; got '" + part.strip() + "'.")));
            }
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("holiday types need at least one of public, bank and observance.");
            }
            return kinds;
        }

        public static String text(Collection<Kind> kinds) {
            return kinds.stream().sorted().map(Kind::wire).collect(Collectors.joining(","));
        }
    }

    /// One holiday of a code: its name and kind.
    public record Day(String name, Kind kind) {
    }

    private final Map<String, Map<LocalDate, Day>> byCode = new ConcurrentHashMap<>();

    /// The code as eteam stores it (lower case, `gb-eng`), when Jollyday knows the country and,
    /// for a subdivision, the subdivision; `company` stays `company`.
    public static Optional<String> supported(String code) {
        var wanted = code.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals(COMPANY)) {
            return Optional.of(COMPANY);
        }
        var parts = wanted.split("-", -1);
        if (parts.length > 2 || parts[0].isEmpty() || parts.length == 2 && parts[1].isEmpty()) {
            return Optional.empty();
        }
        var country = HolidayManager.getSupportedCalendarCodes().stream()
                .filter(c -> c.equalsIgnoreCase(parts[0]))
                .findFirst();
        if (country.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(parts[0]);
        }
        var children = manager(parts[0]).getCalendarHierarchy().getChildren().keySet();
        return children.stream().anyMatch(c -> c.equalsIgnoreCase(parts[1])) ? Optional.of(wanted) : Optional.empty();
    }

    /// "GB-ENG, company" → the stored codes, in order, without repeats; refuses a code the
    /// holiday library does not know with a sentence that says what it takes.
    public static List<String> parse(String text) {
        var codes = new LinkedHashSet<String>();
        for (var part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            codes.add(supported(part).orElseThrow(() -> new IllegalArgumentException(
                    "holidays must be ISO 3166 country or 3166-2 subdivision codes the holiday library knows, such as SE, "
                            + "GB-ENG or US-CA, comma-separated, or none; got '" + part.strip() + "'.")));
        }
        return List.copyOf(codes);
    }

    /// Date → holiday of `code` (a country or subdivision, as [#supported] stores it) from 2000
    /// to 2060; none for a code the library does not know (only a hand-edited database holds
    /// one), which is logged.
    public Map<LocalDate, Day> of(String code) {
        return byCode.computeIfAbsent(code.toLowerCase(Locale.ROOT), c -> {
            if (c.equals(COMPANY)) {
                return Map.of();
            }
            if (supported(c).isEmpty()) {
                LOG.warn("The stored holiday code '{}' is not one the holiday library knows; counting no holidays for it until a chair sets it again.", c);
                return Map.of();
            }
            var parts = c.split("-");
            var manager = manager(parts[0]);
            var args = Arrays.copyOfRange(parts, 1, parts.length);
            var dates = new TreeMap<LocalDate, Day>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (var h : manager.getHolidays(Year.of(year), args)) {
                    var kind = Arrays.stream(Kind.values()).filter(k -> k.jollyday == h.getType()).findFirst().orElse(Kind.PUBLIC);
                    var day = new Day(name(h.getDescription(), h.getPropertiesKey()), kind);
                    // Two holidays on one date: the date counts as the more official of the two.
                    dates.merge(h.getDate(), day, (a, b) -> new Day(a.name() + " / " + b.name(),
                            a.kind().compareTo(b.kind()) <= 0 ? a.kind() : b.kind()));
                }
            }
            return Map.copyOf(dates);
        });
    }

    /// The dates of `code` whose kind is among `kinds`, with their names.
    public Map<LocalDate, String> of(String code, Set<Kind> kinds) {
        var dates = new TreeMap<LocalDate, String>();
        of(code).forEach((date, day) -> {
            if (kinds.contains(day.kind())) {
                dates.put(date, day.name());
            }
        });
        return dates;
    }

    private static HolidayManager manager(String country) {
        if (CORRECTED.contains(country)) {
            var file = Holidays.class.getResource("/holidays/Holidays_" + country + ".xml");
            if (file == null) {
                throw new IllegalStateException("The corrected holiday file for '" + country + "' is missing from the jar.");
            }
            return HolidayManager.getInstance(ManagerParameters.create(file));
        }
        return HolidayManager.getInstance(ManagerParameters.create(country));
    }

    /// Jollyday's name, or the key in words where its descriptions have none ("VERNAL_EQUINOX").
    private static String name(String description, String key) {
        if (description != null && !description.isBlank() && !description.equals("undefined")) {
            return description;
        }
        var words = key == null ? "holiday" : key.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
