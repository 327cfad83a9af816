package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// Named cases at every boundary. The week of Monday 2026-05-04 is plain summer time in
/// Stockholm; the daylight-saving cases give their offsets explicitly.
class WorkingTimeTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final WorkCalendar DEFAULTS = WorkCalendar.defaults();

    @Test
    void a_span_starting_before_opening_counts_from_nine() {
        assertThat(minutes(DEFAULTS, "2026-05-04T07:30", "2026-05-04T10:15")).isEqualTo(75);
    }

    @Test
    void a_span_ending_after_closing_counts_until_five() {
        assertThat(minutes(DEFAULTS, "2026-05-04T15:00", "2026-05-04T19:00")).isEqualTo(120);
    }

    @Test
    void a_span_inside_one_working_day_counts_all_of_it() {
        assertThat(minutes(DEFAULTS, "2026-05-04T10:00", "2026-05-04T11:30")).isEqualTo(90);
    }

    @Test
    void a_span_over_a_whole_working_day_counts_480_minutes() {
        assertThat(minutes(DEFAULTS, "2026-05-04T00:00", "2026-05-05T00:00")).isEqualTo(480);
    }

    @Test
    void friday_afternoon_to_monday_morning_counts_two_hours() {
        assertThat(minutes(DEFAULTS, "2026-05-08T16:00", "2026-05-11T10:00")).isEqualTo(120);
    }

    @Test
    void a_span_within_a_weekend_counts_nothing() {
        assertThat(minutes(DEFAULTS, "2026-05-09T08:00", "2026-05-10T20:00")).isZero();
    }

    @Test
    void friday_closing_to_monday_opening_counts_nothing() {
        assertThat(minutes(DEFAULTS, "2026-05-08T17:00", "2026-05-11T09:00")).isZero();
    }

    @Test
    void a_span_outside_working_hours_on_a_working_day_counts_nothing() {
        assertThat(minutes(DEFAULTS, "2026-05-04T17:30", "2026-05-05T08:59")).isZero();
    }

    @Test
    void a_holiday_in_the_middle_of_a_week_does_not_count() {
        var calendar = withHolidays(LocalDate.parse("2026-05-06"));

        assertThat(minutes(calendar, "2026-05-04T09:00", "2026-05-08T17:00")).isEqualTo(4 * 480);
    }

    @Test
    void a_span_inside_a_holiday_counts_nothing() {
        var calendar = withHolidays(LocalDate.parse("2026-05-06"));

        assertThat(minutes(calendar, "2026-05-06T08:00", "2026-05-06T18:00")).isZero();
    }

    @Test
    void a_holiday_on_a_weekend_changes_nothing() {
        var calendar = withHolidays(LocalDate.parse("2026-05-09"));

        assertThat(minutes(calendar, "2026-05-04T09:00", "2026-05-11T17:00")).isEqualTo(6 * 480);
    }

    @Test
    void nine_oclock_is_working_time_and_the_minute_before_it_is_not() {
        assertThat(minutes(DEFAULTS, "2026-05-04T09:00", "2026-05-04T09:01")).isEqualTo(1);
        assertThat(minutes(DEFAULTS, "2026-05-04T08:59", "2026-05-04T09:00")).isZero();
    }

    @Test
    void five_oclock_is_not_working_time_and_the_minute_before_it_is() {
        assertThat(minutes(DEFAULTS, "2026-05-04T16:59", "2026-05-04T17:00")).isEqualTo(1);
        assertThat(minutes(DEFAULTS, "2026-05-04T17:00", "2026-05-04T17:01")).isZero();
    }

    @Test
    void an_end_at_or_before_the_start_counts_nothing() {
        assertThat(minutes(DEFAULTS, "2026-05-04T11:00", "2026-05-04T11:00")).isZero();
        assertThat(minutes(DEFAULTS, "2026-05-04T11:00", "2026-05-04T10:00")).isZero();
    }

    @Test
    void seconds_count_towards_whole_minutes_which_are_rounded_down() {
        assertThat(minutes(DEFAULTS, "2026-05-04T09:00:00", "2026-05-04T09:00:59")).isZero();
        assertThat(minutes(DEFAULTS, "2026-05-04T09:00:30", "2026-05-04T09:01:30")).isEqualTo(1);
        assertThat(minutes(DEFAULTS, "2026-05-04T08:59:30", "2026-05-04T09:01:00")).isEqualTo(1);
        assertThat(minutes(DEFAULTS, "2026-05-04T09:00:00.5", "2026-05-04T09:01:00.4")).isZero();
        assertThat(minutes(DEFAULTS, "2026-05-04T16:58:59.5", "2026-05-05T09:00:00.5")).isEqualTo(1);
        assertThat(minutes(DEFAULTS, "2026-05-04T16:59:00.5", "2026-05-04T17:00:00.6")).isZero();
    }

    @Test
    void spring_forward_in_stockholm_leaves_a_night_shift_one_hour_short() {
        var nights = nightsEveryDay();

        var day = WorkingTime.minutesBetween(nights,
                exactly("2026-03-29T00:00+01:00"), exactly("2026-03-29T06:00+02:00"));

        assertThat(day).isEqualTo(300);
    }

    @Test
    void the_local_hour_that_does_not_exist_does_not_count() {
        var nights = nightsEveryDay();

        var across = WorkingTime.minutesBetween(nights,
                exactly("2026-03-29T01:30+01:00"), exactly("2026-03-29T03:30+02:00"));

        assertThat(across).isEqualTo(60);
    }

    @Test
    void fall_back_in_stockholm_gives_a_night_shift_one_hour_more() {
        var nights = nightsEveryDay();

        var day = WorkingTime.minutesBetween(nights,
                exactly("2026-10-25T00:00+02:00"), exactly("2026-10-25T06:00+01:00"));

        assertThat(day).isEqualTo(420);
    }

    @Test
    void the_local_hour_that_happens_twice_counts_twice() {
        var nights = nightsEveryDay();

        assertThat(WorkingTime.minutesBetween(nights,
                exactly("2026-10-25T01:30+02:00"), exactly("2026-10-25T03:30+01:00"))).isEqualTo(180);
        assertThat(WorkingTime.minutesBetween(nights,
                exactly("2026-10-25T02:30+02:00"), exactly("2026-10-25T02:30+01:00"))).isEqualTo(60);
    }

    @Test
    void daylight_saving_outside_working_hours_leaves_a_sunday_at_480_minutes() {
        var sundays = new WorkCalendar(STOCKHOLM, EnumSet.of(DayOfWeek.SUNDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), BigDecimal.ONE);

        assertThat(minutes(sundays, "2026-03-29T00:00", "2026-03-30T00:00")).isEqualTo(480);
        assertThat(minutes(sundays, "2026-10-25T00:00", "2026-10-26T00:00")).isEqualTo(480);
    }

    @Test
    void friday_afternoon_to_monday_morning_counts_two_hours_over_both_daylight_saving_weekends() {
        assertThat(minutes(DEFAULTS, "2026-03-27T16:00", "2026-03-30T10:00")).isEqualTo(120);
        assertThat(minutes(DEFAULTS, "2026-10-23T16:00", "2026-10-26T10:00")).isEqualTo(120);
    }

    @Test
    void ten_years_of_the_default_calendar_are_its_weekdays_times_eight_hours_less_its_holidays() {
        var holidays = Set.of(LocalDate.parse("2027-12-24"), LocalDate.parse("2030-06-21"),
                LocalDate.parse("2031-01-04"), LocalDate.parse("2035-12-31"));
        var calendar = withHolidays(holidays.toArray(LocalDate[]::new));
        var weekdays = LocalDate.parse("2026-01-01").datesUntil(LocalDate.parse("2036-01-01"))
                .filter(date -> date.getDayOfWeek().getValue() <= 5)
                .count();
        var holidaysOnWeekdays = holidays.stream()
                .filter(date -> date.getDayOfWeek().getValue() <= 5)
                .count();

        assertThat(minutes(calendar, "2026-01-01T00:00", "2036-01-01T00:00"))
                .isEqualTo((weekdays - holidaysOnWeekdays) * 480);
    }

    @Test
    void the_target_of_two_and_a_half_days_is_1200_minutes() {
        assertThat(DEFAULTS.targetMinutes()).isEqualTo(1200);
        assertThat(WorkingTime.days(DEFAULTS, 1200)).isEqualTo(2.5);
    }

    @Test
    void days_are_minutes_divided_by_the_length_of_a_working_day() {
        assertThat(WorkingTime.days(DEFAULTS, 0)).isZero();
        assertThat(WorkingTime.days(DEFAULTS, 120)).isEqualTo(0.25);
        assertThat(WorkingTime.days(DEFAULTS, 4800)).isEqualTo(10.0);
    }

    @Test
    void adding_a_full_day_from_opening_ends_at_closing_time_not_the_next_morning() {
        assertThat(plus(DEFAULTS, "2026-05-04T09:00", 480)).isEqualTo(at("2026-05-04T17:00"));
    }

    @Test
    void adding_two_hours_on_friday_afternoon_ends_on_monday_morning() {
        assertThat(plus(DEFAULTS, "2026-05-08T16:00", 120)).isEqualTo(at("2026-05-11T10:00"));
    }

    @Test
    void adding_from_a_weekend_starts_at_monday_opening() {
        assertThat(plus(DEFAULTS, "2026-05-09T12:00", 1)).isEqualTo(at("2026-05-11T09:01"));
    }

    @Test
    void the_target_of_a_blocker_raised_on_monday_afternoon_falls_on_wednesday_at_closing() {
        assertThat(plus(DEFAULTS, "2026-05-04T13:00", DEFAULTS.targetMinutes()))
                .isEqualTo(at("2026-05-06T17:00"));
    }

    @Test
    void adding_over_a_holiday_skips_it() {
        var calendar = withHolidays(LocalDate.parse("2026-05-05"));

        assertThat(plus(calendar, "2026-05-04T16:00", 120)).isEqualTo(at("2026-05-06T10:00"));
    }

    @Test
    void adding_nothing_gives_the_start_itself() {
        assertThat(plus(DEFAULTS, "2026-05-09T12:00", 0)).isEqualTo(at("2026-05-09T12:00"));
    }

    @Test
    void adding_keeps_the_fraction_of_a_second_of_a_start_inside_working_hours() {
        assertThat(plus(DEFAULTS, "2026-05-04T10:00:00.25", 1)).isEqualTo(at("2026-05-04T10:01:00.25"));
        assertThat(plus(DEFAULTS, "2026-05-04T16:59:30.5", 1)).isEqualTo(at("2026-05-05T09:00:30.5"));
        assertThat(plus(DEFAULTS, "2026-05-04T08:59:59.5", 1)).isEqualTo(at("2026-05-04T09:01"));
    }

    @Test
    void adding_over_the_missing_local_hour_takes_one_real_hour() {
        var end = WorkingTime.plusWorkingMinutes(nightsEveryDay(), exactly("2026-03-29T01:30+01:00"), 60);

        assertThat(end).isEqualTo(exactly("2026-03-29T03:30+02:00"));
    }

    @Test
    void adding_over_the_repeated_local_hour_counts_it_twice() {
        var end = WorkingTime.plusWorkingMinutes(nightsEveryDay(), exactly("2026-10-25T01:30+02:00"), 180);

        assertThat(end).isEqualTo(exactly("2026-10-25T03:30+01:00"));
    }

    @Test
    void adding_ten_years_of_working_time_ends_at_the_last_closing_time() {
        var start = at("2026-01-01T00:00");
        var tenYears = WorkingTime.minutesBetween(DEFAULTS, start, at("2036-01-01T00:00"));

        assertThat(WorkingTime.plusWorkingMinutes(DEFAULTS, start, tenYears)).isEqualTo(at("2035-12-31T17:00"));
    }

    @Test
    void adding_a_negative_amount_is_refused() {
        assertThatThrownBy(() -> plus(DEFAULTS, "2026-05-04T10:00", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Working minutes to add must be 0 or more: got -1.");
    }

    static long minutes(WorkCalendar calendar, String from, String to) {
        return WorkingTime.minutesBetween(calendar, at(from), at(to));
    }

    static Instant plus(WorkCalendar calendar, String from, long minutes) {
        return WorkingTime.plusWorkingMinutes(calendar, at(from), minutes);
    }

    /// A Stockholm wall-clock time; only for times that exist exactly once there.
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    static Instant exactly(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    static WorkCalendar withHolidays(LocalDate... holidays) {
        return new WorkCalendar(DEFAULTS.zone(), DEFAULTS.workingDays(), DEFAULTS.dayStart(),
                DEFAULTS.dayEnd(), Set.of(holidays), DEFAULTS.targetDays());
    }

    /// Hours that cover Stockholm's daylight-saving changes (02:00–03:00 local), every day.
    @Test
    void hundredths_of_days_round_half_up_exactly() {
        assertThat(WorkingTime.hundredthsOfDays(276, 480)).isEqualTo(58);
        assertThat(WorkingTime.hundredthsOfDays(1200, 480)).isEqualTo(250);
        for (long minutes = 0; minutes < 4_800; minutes++) {
            var exact = new BigDecimal(minutes).divide(new BigDecimal(480), 2, java.math.RoundingMode.HALF_UP);
            assertThat(WorkingTime.hundredthsOfDays(minutes, 480)).as("%d minutes", minutes)
                    .isEqualTo(exact.movePointRight(2).longValueExact());
        }
    }

    static WorkCalendar nightsEveryDay() {
        return new WorkCalendar(STOCKHOLM, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(0, 0), LocalTime.of(6, 0), Set.of(), BigDecimal.ONE);
    }
}
