package io.eteam.web.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/// How the pages write dates and times: in the work calendar's zone, as people in the room read them.
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Times() {
    }

    /// "13:00" in `zone`.
    static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }

    /// "Tue 1 Dec 2026".
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /// "Tue 1 Dec 2026, 13:00–16:00 (Europe/Stockholm)".
    static String span(LocalDate date, Instant from, Instant to, ZoneId zone) {
        return day(date) + ", " + clock(from, zone) + "–" + clock(to, zone) + " (" + zone.getId() + ")";
    }

    /// Working days with two decimals, as the API rounds them: "1.75".
    static String days(double days) {
        return String.format(Locale.ROOT, "%.2f", days);
    }
}
