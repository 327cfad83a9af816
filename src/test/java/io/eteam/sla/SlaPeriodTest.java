package io.eteam.sla;

import static io.eteam.sla.Fixtures.STOCKHOLM;
import static io.eteam.sla.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlaPeriodTest {

    @Test
    void an_iso_week_runs_from_monday_to_sunday() {
        assertThat(SlaPeriod.week("2026-W47")).isEqualTo(new SlaPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void week_one_may_start_in_the_previous_year() {
        assertThat(SlaPeriod.week("2026-W01").from()).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void a_year_with_53_weeks_accepts_week_53_and_others_refuse_it() {
        assertThat(SlaPeriod.week("2026-W53").from()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> SlaPeriod.week("2027-W53"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2027 has ISO weeks 01 to 52: got '2027-W53'.");
    }

    @Test
    void a_week_written_otherwise_is_refused_with_an_example() {
        assertThatThrownBy(() -> SlaPeriod.week("2026-47"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A week is written YYYY-Www, for example 2026-W47: got '2026-47'.");
    }

    @Test
    void a_period_ending_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new SlaPeriod(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 16)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
    }

    @Test
    void the_default_period_is_the_last_complete_week() {
        assertThat(SlaPeriod.lastCompleteWeek(at("2026-11-24T10:00"), STOCKHOLM)).isEqualTo(SlaPeriod.week("2026-W47"));
        /// At 23:30 on Sunday week 47 has not ended in Stockholm, though it has in UTC+9.
        assertThat(SlaPeriod.lastCompleteWeek(at("2026-11-22T23:30"), STOCKHOLM)).isEqualTo(SlaPeriod.week("2026-W46"));
    }

    @Test
    void a_period_runs_from_local_midnight_to_the_midnight_after_its_last_day() {
        var period = new SlaPeriod(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 25));

        assertThat(period.start(STOCKHOLM)).isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
        /// Summer time ends on Sunday 2026-10-25, so that Monday starts at +01:00.
        assertThat(period.end(STOCKHOLM)).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void the_blockers_to_read_start_with_the_trends_first_monday_or_the_period_if_earlier() {
        assertThat(SlaPeriod.week("2026-W47").relevantSince(STOCKHOLM)).isEqualTo(at("2026-08-31T00:00"));
        assertThat(new SlaPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)).relevantSince(STOCKHOLM))
                .isEqualTo(at("2026-01-01T00:00"));
    }
}
