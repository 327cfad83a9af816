package io.eteam.sla;

import static io.eteam.sla.Fixtures.AFTER_W47;
import static io.eteam.sla.Fixtures.CAL;
import static io.eteam.sla.Fixtures.MEETING_AFTER_W47_ENDS;
import static io.eteam.sla.Fixtures.W47;
import static io.eteam.sla.Fixtures.at;
import static io.eteam.sla.Fixtures.blocker;
import static io.eteam.sla.Fixtures.open;
import static io.eteam.sla.Fixtures.resolved;
import static io.eteam.sla.Fixtures.resolvedAfter;
import static io.eteam.sla.Fixtures.week47;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/// Rules SLA-5–SLA-12 on week 2026-W47 (see `Fixtures`), read on Wednesday after it ended unless a
/// case says otherwise.
class SlaReportTest {

    @Test
    void the_percentiles_of_one_value_are_that_value() {
        var summary = week47(List.of(resolvedAfter(1, 300))).summary();

        assertThat(summary.medianDays()).hasToString("0.63");
        assertThat(summary.p85Days()).hasToString("0.63");
        assertThat(summary.maxDays()).hasToString("0.63");
    }

    @Test
    void the_median_of_two_values_is_the_lower_one_by_nearest_rank() {
        /// rank ceil(0.5 × 2) = 1 for the median, ceil(0.85 × 2) = 2 for p85.
        var summary = week47(List.of(resolvedAfter(1, 720), resolvedAfter(2, 240))).summary();

        assertThat(summary.medianDays()).hasToString("0.50");
        assertThat(summary.p85Days()).hasToString("1.50");
        assertThat(summary.maxDays()).hasToString("1.50");
    }

    @Test
    void the_percentiles_of_seven_values_are_the_fourth_sixth_and_seventh() {
        /// Sorted: 0.10 0.20 0.50 1.00 1.50 2.00 3.00 days; median rank ceil(3.5) = 4,
        /// p85 rank ceil(5.95) = 6.
        var summary = week47(List.of(resolvedAfter(1, 480), resolvedAfter(2, 96), resolvedAfter(3, 1440),
                resolvedAfter(4, 240), resolvedAfter(5, 960), resolvedAfter(6, 48), resolvedAfter(7, 720))).summary();

        assertThat(summary.medianDays()).hasToString("1.00");
        assertThat(summary.p85Days()).hasToString("2.00");
        assertThat(summary.maxDays()).hasToString("3.00");
    }

    @Test
    void the_percentiles_of_twenty_values_are_the_tenth_seventeenth_and_twentieth() {
        /// 0.10, 0.20 … 2.00 days, given in a scrambled order; median rank 10, p85 rank 17.
        var blockers = LongStream.rangeClosed(1, 20)
                .map(k -> (k * 7) % 20 + 1)
                .mapToObj(k -> resolvedAfter(k, 48 * k))
                .toList();

        var summary = week47(blockers).summary();

        assertThat(summary.resolved()).isEqualTo(20);
        assertThat(summary.medianDays()).hasToString("1.00");
        assertThat(summary.p85Days()).hasToString("1.70");
        assertThat(summary.maxDays()).hasToString("2.00");
    }

    @Test
    void the_breach_rate_is_breached_over_resolved_with_three_decimals() {
        var summary = week47(List.of(resolvedAfter(1, 1201), resolvedAfter(2, 1200), resolvedAfter(3, 60),
                resolvedAfter(4, 1500), resolvedAfter(5, 2400), resolvedAfter(6, 10))).summary();

        assertThat(summary.resolved()).isEqualTo(6);
        assertThat(summary.met()).isEqualTo(3);
        assertThat(summary.breached()).isEqualTo(3);
        assertThat(summary.breachRate()).hasToString("0.500");
    }

    @Test
    void with_nothing_resolved_the_breach_rate_is_zero_and_the_percentiles_are_empty() {
        var summary = week47(List.of(open(1, "2026-11-20T09:00"))).summary();

        assertThat(summary.resolved()).isZero();
        assertThat(summary.breachRate()).hasToString("0.000");
        assertThat(summary.medianDays()).isNull();
        assertThat(summary.p85Days()).isNull();
        assertThat(summary.maxDays()).isNull();
        assertThat(summary.openAtEnd()).isEqualTo(1);
    }

    @Test
    void rows_list_the_blockers_closed_in_the_period_by_closing_then_those_open_at_its_end_by_raising() {
        var report = week47(List.of(
                open(1, "2026-11-19T09:00"),
                resolved(2, "2026-11-16T09:00", "2026-11-20T10:00"),
                open(3, "2026-11-02T09:00"),
                resolved(4, "2026-11-10T09:00", "2026-11-16T09:30"),
                resolved(5, "2026-11-17T09:00", "2026-11-30T10:00")));

        assertThat(report.rows()).extracting(SlaRow::id).containsExactly(4L, 2L, 3L, 5L, 1L);
    }

    @Test
    void blockers_closed_before_the_period_or_raised_after_it_have_no_row() {
        var report = week47(List.of(
                resolved(1, "2026-11-09T09:00", "2026-11-15T23:59"),
                open(2, "2026-11-23T00:00"),
                resolved(3, "2026-11-16T00:00", "2026-11-16T10:00")));

        assertThat(report.rows()).extracting(SlaRow::id).containsExactly(3L);
    }

    @Test
    void a_blocker_closed_after_the_period_is_open_at_its_end_with_no_resolved_at() {
        var report = week47(List.of(resolved(1, "2026-11-20T09:00", "2026-11-23T10:00")));

        var row = report.rows().get(0);
        assertThat(row.resolvedAt()).isNull();
        assertThat(row.closedAs()).isNull();
        assertThat(row.workingMinutes()).isEqualTo(480);
        assertThat(report.summary().resolved()).isZero();
        assertThat(report.summary().openAtEnd()).isEqualTo(1);
    }

    @Test
    void an_open_blocker_is_counted_to_the_period_end_when_the_report_is_read_later() {
        var report = week47(List.of(open(1, "2026-11-20T16:00")));

        assertThat(report.asOf()).isEqualTo(at("2026-11-23T00:00"));
        assertThat(report.rows().get(0).workingMinutes()).isEqualTo(60);
        assertThat(report.rows().get(0).workingDays()).hasToString("0.13");
    }

    @Test
    void an_open_blocker_is_counted_to_now_while_the_period_runs() {
        var now = at("2026-11-18T11:00");
        var asked = new ArrayList<Instant>();

        var report = SlaReport.build(CAL, W47, now, asOf -> {
            asked.add(asOf);
            return at("2026-11-24T16:00");
        }, List.of(open(1, "2026-11-18T10:00")), 0, List.of());

        assertThat(report.asOf()).isEqualTo(now);
        assertThat(asked).containsExactly(now);
        assertThat(report.rows().get(0).workingMinutes()).isEqualTo(60);
    }

    @Test
    void open_rows_carry_their_status_at_the_period_end() {
        var report = week47(List.of(
                open(1, "2026-11-16T09:00"),
                open(2, "2026-11-19T09:00"),
                open(3, "2026-11-20T16:00")));

        assertThat(report.rows()).extracting(SlaRow::id, SlaRow::workingMinutes, SlaRow::status).containsExactly(
                tuple(1L, 2400L, SlaStatus.BREACHED),
                tuple(2L, 960L, SlaStatus.AT_RISK),
                tuple(3L, 60L, SlaStatus.OPEN));
        var summary = report.summary();
        assertThat(summary.openAtEnd()).isEqualTo(3);
        assertThat(summary.openBreached()).isEqualTo(1);
        assertThat(summary.atRisk()).isEqualTo(1);
    }

    @Test
    void a_withdrawn_blocker_counts_as_closed_and_says_so() {
        var report = week47(List.of(
                blocker(1, "ana", null, Kind.BLOCKED, "2026-11-09T09:00", "2026-11-18T09:00", Status.WITHDRAWN),
                resolved(2, "2026-11-16T09:00", "2026-11-16T10:00")));

        assertThat(report.rows()).extracting(SlaRow::id, SlaRow::closedAs, SlaRow::status).containsExactly(
                tuple(2L, Status.RESOLVED, SlaStatus.MET),
                tuple(1L, Status.WITHDRAWN, SlaStatus.BREACHED));
        assertThat(report.summary().resolved()).isEqualTo(2);
        assertThat(report.summary().withdrawn()).isEqualTo(1);
        assertThat(report.summary().breached()).isEqualTo(1);
    }

    @Test
    void each_row_carries_the_calendars_target() {
        var report = week47(List.of(resolvedAfter(1, 60)));

        assertThat(report.targetDays()).hasToString("2.5");
        assertThat(report.rows().get(0).targetDays()).hasToString("2.5");
    }

    @Test
    void summaries_are_given_per_raiser_per_blocking_area_and_per_kind_in_alphabetical_order() {
        var report = week47(List.of(
                blocker(1, "bo", "cy", Kind.OFF_TRACK, "2026-11-16T09:00", "2026-11-16T10:00", Status.RESOLVED),
                blocker(2, "ana", "cy", Kind.BLOCKED, "2026-11-09T09:00", "2026-11-17T09:00", Status.RESOLVED),
                blocker(3, "bo", null, Kind.BLOCKED, "2026-11-16T09:00", null, Status.OPEN),
                blocker(4, "ana", "dan", Kind.MISALIGNED, "2026-11-19T09:00", null, Status.OPEN)));

        assertThat(report.byRaisedBy()).containsOnlyKeys("ana", "bo");
        assertThat(report.byRaisedBy().keySet()).containsExactly("ana", "bo");
        assertThat(report.byRaisedBy().get("ana")).extracting(
                        SlaSummary::resolved, SlaSummary::breached, SlaSummary::openAtEnd, SlaSummary::atRisk)
                .containsExactly(1, 1, 1, 1);
        assertThat(report.byRaisedBy().get("bo")).extracting(
                        SlaSummary::resolved, SlaSummary::met, SlaSummary::openAtEnd, SlaSummary::openBreached)
                .containsExactly(1, 1, 1, 1);

        assertThat(report.byBlocking().keySet()).containsExactly(SlaReport.NO_BLOCKING, "cy", "dan");
        assertThat(report.byBlocking().get("cy")).extracting(
                        SlaSummary::resolved, SlaSummary::met, SlaSummary::breached, SlaSummary::breachRate)
                .containsExactly(2, 1, 1, new BigDecimal("0.500"));
        assertThat(report.byBlocking().get(SlaReport.NO_BLOCKING).openBreached()).isEqualTo(1);

        assertThat(report.byKind().keySet()).containsExactly("blocked", "misaligned", "off-track");
        assertThat(report.byKind().get("blocked")).extracting(SlaSummary::resolved, SlaSummary::openAtEnd)
                .containsExactly(1, 1);
    }

    @Test
    void the_trend_shows_the_twelve_iso_weeks_ending_with_the_periods_last_week() {
        var report = week47(List.of());

        assertThat(report.trend()).extracting(SlaWeek::week).containsExactly(
                "2026-W36", "2026-W37", "2026-W38", "2026-W39", "2026-W40", "2026-W41",
                "2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47");
        assertThat(report.trend()).allSatisfy(week -> {
            assertThat(week.resolved()).isZero();
            assertThat(week.breachRate()).hasToString("0.000");
            assertThat(week.medianDays()).isNull();
        });
    }

    @Test
    void the_trend_crosses_a_year_with_53_weeks() {
        var report = SlaReport.build(CAL, SlaPeriod.week("2027-W02"), AFTER_W47.plusSeconds(86_400L * 60),
                asOf -> asOf.plusSeconds(86_400), List.of(), 0, List.of());

        assertThat(report.trend()).extracting(SlaWeek::week)
                .startsWith("2026-W44")
                .contains("2026-W53")
                .endsWith("2027-W01", "2027-W02")
                .hasSize(12);
    }

    @Test
    void each_trend_week_counts_the_blockers_closed_in_it() {
        var report = week47(List.of(
                resolved(1, "2026-08-24T09:00", "2026-08-30T23:59"),
                resolved(2, "2026-08-31T09:00", "2026-08-31T10:00"),
                resolved(3, "2026-08-26T09:00", "2026-09-06T23:00"),
                resolved(4, "2026-09-28T09:00", "2026-09-29T09:00"),
                resolved(5, "2026-11-16T09:00", "2026-11-16T10:00"),
                blocker(6, "bo", null, Kind.BLOCKED, "2026-11-10T09:00", "2026-11-22T10:00", Status.WITHDRAWN),
                resolved(7, "2026-11-19T09:00", "2026-11-23T00:00")));

        var weeks = report.trend();
        assertThat(weeks.get(0)).isEqualTo(new SlaWeek("2026-W36", 2, 1, 1,
                new BigDecimal("0.500"), new BigDecimal("0.13")));
        assertThat(weeks.get(4)).extracting(SlaWeek::week, SlaWeek::resolved, SlaWeek::met)
                .containsExactly("2026-W40", 1, 1);
        assertThat(weeks.get(11)).extracting(SlaWeek::week, SlaWeek::resolved, SlaWeek::breached)
                .containsExactly("2026-W47", 2, 1);
        assertThat(weeks).extracting(SlaWeek::resolved).containsExactly(2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void the_trends_last_week_stops_at_the_periods_end() {
        var period = new SlaPeriod(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18));

        var report = SlaReport.build(CAL, period, AFTER_W47, asOf -> MEETING_AFTER_W47_ENDS, List.of(
                resolved(1, "2026-11-16T09:00", "2026-11-18T10:00"),
                resolved(2, "2026-11-16T09:00", "2026-11-19T10:00")), 0, List.of());

        assertThat(report.trend().get(11)).extracting(SlaWeek::week, SlaWeek::resolved).containsExactly("2026-W47", 1);
        assertThat(report.rows()).extracting(SlaRow::id, SlaRow::resolvedAt).containsExactly(
                tuple(1L, at("2026-11-18T10:00")), tuple(2L, null));
    }

    @Test
    void refused_deferrals_and_attendance_pass_through_as_given() {
        var attendance = List.of(new MeetingAttendance(LocalDate.of(2026, 11, 17), 14, 16));

        var report = SlaReport.build(CAL, W47, AFTER_W47, asOf -> MEETING_AFTER_W47_ENDS, List.of(), 3, attendance);

        assertThat(report.refusedDeferrals()).isEqualTo(3);
        assertThat(report.attendance()).isEqualTo(attendance);
    }

    @Test
    void the_report_states_its_period_and_zone() {
        var report = week47(List.of());

        assertThat(report.start()).isEqualTo(at("2026-11-16T00:00"));
        assertThat(report.end()).isEqualTo(at("2026-11-23T00:00"));
        assertThat(report.zone()).isEqualTo(CAL.zone());
        assertThat(report.rows()).isEmpty();
        assertThat(report.byRaisedBy()).isEmpty();
    }
}
