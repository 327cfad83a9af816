package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

    @Test
    void the_default_calendar_is_stockholm_weekdays_nine_to_five_with_a_target_of_two_and_a_half_days() {
        var calendar = WorkCalendar.defaults();

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(calendar.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(calendar.dayStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(calendar.dayEnd()).isEqualTo(LocalTime.of(17, 0));
        assertThat(calendar.holidays()).isEmpty();
        assertThat(calendar.targetDays()).isEqualTo(new BigDecimal("2.5"));
        assertThat(calendar.minutesPerDay()).isEqualTo(480);
    }

    @Test
    void working_hours_may_cross_midnight_and_last_a_whole_day() {
        assertThat(calendar(LocalTime.of(22, 0), LocalTime.of(6, 0), "2.5").minutesPerDay()).isEqualTo(480);
        assertThat(calendar(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, "1").minutesPerDay()).isEqualTo(1440);
        assertThat(calendar(LocalTime.of(9, 0), LocalTime.MIDNIGHT, "1").hours()).hasToString("09:00-24:00");
    }

    @Test
    void working_hours_with_seconds_are_refused() {
        assertThatThrownBy(() -> calendar(LocalTime.of(9, 0, 30), LocalTime.of(17, 0), "2.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Working hours are whole minutes (HH:MM): got 09:00:30-17:00.");
    }

    @Test
    void a_calendar_without_working_days_is_refused() {
        var defaults = WorkCalendar.defaults();

        assertThatThrownBy(() -> new WorkCalendar(defaults.zone(), EnumSet.noneOf(DayOfWeek.class),
                defaults.dayStart(), defaults.dayEnd(), Set.of(), defaults.targetDays()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A work calendar needs at least one working day: give for example MON-FRI.");
    }

    @Test
    void a_target_of_zero_days_or_less_is_refused() {
        assertThatThrownBy(() -> calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The SLA target must be more than 0 working days: got 0. Give for example 2.5.");
        assertThatThrownBy(() -> calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_fractional_target_in_minutes_rounds_down() {
        assertThat(calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "2.33").targetMinutes()).isEqualTo(1118);
        assertThat(calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "2.3").targetMinutes()).isEqualTo(1104);
    }

    @Test
    void targets_written_with_trailing_zeros_make_equal_calendars() {
        assertThat(calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "2.50"))
                .isEqualTo(calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "2.5"));
        assertThat(calendar(LocalTime.of(9, 0), LocalTime.of(17, 0), "10.0").targetDays().toString())
                .isEqualTo("10");
    }

    @Test
    void the_calendar_keeps_its_own_copy_of_days_and_holidays() {
        var days = EnumSet.of(DayOfWeek.MONDAY);
        var holidays = new HashSet<>(Set.of(LocalDate.parse("2026-05-04")));
        var calendar = new WorkCalendar(ZoneId.of("UTC"), days, LocalTime.of(9, 0), LocalTime.of(17, 0),
                holidays, BigDecimal.ONE);

        days.add(DayOfWeek.TUESDAY);
        holidays.clear();

        assertThat(calendar.workingDays()).containsExactly(DayOfWeek.MONDAY);
        assertThat(calendar.holidays()).containsExactly(LocalDate.parse("2026-05-04"));
        assertThatThrownBy(() -> calendar.holidays().add(LocalDate.parse("2026-05-05")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static WorkCalendar calendar(LocalTime start, LocalTime end, String targetDays) {
        var defaults = WorkCalendar.defaults();
        return new WorkCalendar(defaults.zone(), defaults.workingDays(), start, end, defaults.holidays(),
                new BigDecimal(targetDays));
    }
}
