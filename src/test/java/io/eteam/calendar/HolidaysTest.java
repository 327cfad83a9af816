package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/// Known days off per country and subdivision, pinned from the offices' own published calendars
/// (not from the library), so that a library update that loses one fails here.
class HolidaysTest {

    private static final Holidays HOLIDAYS = new Holidays();

    @ParameterizedTest(name = "{0}: public holidays include {1} and not {2}")
    @CsvSource(delimiter = ';', value = {
            "SE;     2026-01-06 2026-05-14 2026-06-06 2026-12-26;       2026-03-17",
            "GB-ENG; 2026-04-03 2026-04-06 2026-05-04 2026-08-31 2026-12-28; 2026-01-02 2026-11-30",
            "GB-SCT; 2026-01-02 2026-08-03 2026-11-30;                  2026-04-06 2026-08-31",
            "US;     2026-01-19 2026-06-19 2026-07-03 2026-11-26;       2026-03-31",
            "US-CA;  2026-03-31 2026-11-27 2026-07-03;                  2026-04-03",
            "DE;     2026-10-03 2026-04-06 2026-05-25;                  2026-01-06 2026-06-04",
            "DE-BY;  2026-01-06 2026-06-04 2026-10-03;                  2026-10-31",
            "CH-ZH;  2026-04-06 2026-05-25 2026-08-01 2026-12-26;       2026-01-02",
            "CA-ON;  2026-02-16 2026-07-01 2026-09-07 2026-12-25;       2026-08-03",
            "AU-NSW; 2026-01-26 2026-06-08 2026-10-05 2026-04-03;       2026-11-03",
            "ES-MD;  2026-05-02 2026-10-12 2026-12-08;                  2026-04-23",
            "JP;     2026-02-23 2026-03-20 2026-05-06 2026-09-22 2026-09-23 2025-11-24; 2026-12-23",
            "NL;     2026-04-27 2026-12-25 2026-04-06;                  2026-04-03",
            "FR;     2026-07-14 2026-05-08 2026-11-11;                  2026-12-24",
            "IT;     2026-04-25 2026-06-02 2026-12-08;                  2026-03-19",
            "NO;     2026-05-14 2026-05-17 2026-04-02;                  2026-06-23",
            "DK;     2026-04-02 2026-05-14 2026-12-26;                  2026-02-02",
            "FI;     2026-12-06 2026-06-20 2026-01-06;                  2026-02-05",
            "IE;     2026-03-17 2026-02-02 2026-08-03;                  2026-01-02",
            "PL;     2026-05-03 2026-11-11 2026-06-04;                  2026-05-02",
            "BR;     2026-04-21 2026-09-07 2026-10-12;                  2026-01-25",
            "AT;     2026-12-08 2026-10-26;                             2026-12-31",
    })
    void a_country_or_subdivision_counts_its_known_days_off(String code, String holidays, String workdays) {
        var stored = Holidays.supported(code).orElseThrow();
        var dates = HOLIDAYS.of(stored, Set.of(Holidays.Kind.PUBLIC)).keySet();

        for (var day : holidays.strip().split("\\s+")) {
            assertThat(dates).as(code + " " + day).contains(LocalDate.parse(day));
        }
        for (var day : workdays.strip().split("\\s+")) {
            assertThat(dates).as(code + " " + day).doesNotContain(LocalDate.parse(day));
        }
    }

    @Test
    void bank_holidays_and_observances_count_only_when_chosen() {
        var zurichPublic = HOLIDAYS.of("ch-zh", Set.of(Holidays.Kind.PUBLIC)).keySet();
        var zurichAll = HOLIDAYS.of("ch-zh", EnumSet.allOf(Holidays.Kind.class)).keySet();
        var berchtoldstag = LocalDate.parse("2026-01-02");

        assertThat(zurichPublic).doesNotContain(berchtoldstag);
        assertThat(zurichAll).contains(berchtoldstag);
        assertThat(HOLIDAYS.of("nl", Set.of(Holidays.Kind.OBSERVANCE)).keySet()).contains(LocalDate.parse("2026-04-03"));
    }

    @Test
    void codes_are_iso_3166_countries_and_subdivisions_and_company() {
        assertThat(Holidays.parse(" GB-ENG, company,gb-eng ")).isEqualTo(List.of("gb-eng", "company"));
        assertThat(Holidays.parse("us-ca")).isEqualTo(List.of("us-ca"));
        assertThatThrownBy(() -> Holidays.parse("GB-XYZ")).hasMessageContaining("'GB-XYZ'").hasMessageContaining("GB-ENG");
        assertThatThrownBy(() -> Holidays.parse("XX")).hasMessageContaining("'XX'");
        assertThatThrownBy(() -> Holidays.parse("GB-ENG-LON")).hasMessageContaining("'GB-ENG-LON'");
        assertThat(Holidays.Kind.parse("bank, public")).containsExactlyInAnyOrder(Holidays.Kind.PUBLIC, Holidays.Kind.BANK);
        assertThatThrownBy(() -> Holidays.Kind.parse("religious")).hasMessageContaining("public, bank and observance");
    }
}
