package io.eteam.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A country's public holidays, from the maintained Jollyday library, for the years eteam
/// measures (2000–2060), computed once per country and kept.
public final class Holidays {

    private static final Logger LOG = LoggerFactory.getLogger(Holidays.class);

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2060;

    private final Map<String, Map<LocalDate, String>> byCountry = new ConcurrentHashMap<>();

    /// The country code as Jollyday knows it (lowercase, e.g. "se"), if it knows the country.
    public static Optional<String> supported(String code) {
        var wanted = code.strip().toLowerCase(Locale.ROOT);
        return HolidayManager.getSupportedCalendarCodes().stream()
                .filter(c -> c.equalsIgnoreCase(wanted))
                .findFirst()
                .map(c -> c.toLowerCase(Locale.ROOT));
    }

    /// Date → name of every public holiday of the country from 2000 to 2060; none for a code
    /// the library does not know (only a hand-edited database holds one), which is logged.
    public Map<LocalDate, String> of(String country) {
        return byCountry.computeIfAbsent(country.toLowerCase(Locale.ROOT), c -> {
            if (supported(c).isEmpty()) {
                LOG.warn("The stored holiday country '{}' is not one the holiday library knows; counting no public holidays until a chair sets it again.", c);
                return Map.of();
            }
            var manager = HolidayManager.getInstance(ManagerParameters.create(c));
            var dates = new TreeMap<LocalDate, String>();
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                for (var h : manager.getHolidays(Year.of(year))) {
                    dates.merge(h.getDate(), h.getDescription(), (a, b) -> a + " / " + b);
                }
            }
            return Map.copyOf(dates);
        });
    }
}
