package io.eteam.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.calendar.WorkCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/// Rules SLA-1–SLA-4 and SLA-7 on the default calendar: Monday to Friday 09:00–17:00 in Stockholm,
/// target 2.5 working days = 1200 minutes. 2026-11-16 is a Monday; a blocker raised then at
/// 09:00 reaches its target on Wednesday 2026-11-18 at 13:00.
class SlaRulesTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final WorkCalendar CAL = WorkCalendar.defaults();
    static final Instant MONDAY_NINE = at("2026-11-16T09:00");
    static final Instant TUESDAY_MEETING_END = at("2026-11-17T16:00");

    @Test
    void a_blocker_closed_within_target_is_met() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, at("2026-11-17T17:00"), at("2026-11-20T12:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.MET, 960));
    }

    @Test
    void a_blocker_closed_exactly_at_target_is_met() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, at("2026-11-18T13:00"), at("2026-11-20T12:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.MET, 1200));
    }

    @Test
    void a_blocker_closed_one_minute_past_target_is_breached() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, at("2026-11-18T13:01"), at("2026-11-20T12:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.BREACHED, 1201));
    }

    @Test
    void an_open_blocker_past_target_is_breached() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, null, at("2026-11-18T13:01"), at("2026-11-24T16:00"));

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.BREACHED, 1201));
    }

    @Test
    void an_open_blocker_whose_target_falls_before_the_next_meeting_ends_is_at_risk() {
        /// Thursday and Friday make 960 minutes; the target falls on Monday at 13:00, before
        /// Tuesday's meeting ends.
        var clock = SlaRules.classify(CAL, at("2026-11-12T09:00"), null, at("2026-11-16T10:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.AT_RISK, 1020));
    }

    @Test
    void an_open_blocker_whose_target_falls_after_the_next_meeting_ends_is_open() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, null, at("2026-11-16T10:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.OPEN, 60));
    }

    @Test
    void an_open_blocker_whose_target_falls_as_the_meeting_ends_is_open_not_at_risk() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, null, at("2026-11-16T10:00"), at("2026-11-18T13:00"));

        assertThat(clock.status()).isEqualTo(SlaStatus.OPEN);
    }

    @Test
    void an_open_blocker_at_its_target_outside_working_hours_is_at_risk_not_breached() {
        /// Raised Wednesday 13:00: the target falls on Friday at 17:00. Read on Saturday, it has
        /// used exactly its 1200 minutes, and Monday 09:00 will push it over before Tuesday's meeting.
        var clock = SlaRules.classify(CAL, at("2026-11-18T13:00"), null, at("2026-11-21T12:00"), at("2026-11-24T16:00"));

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.AT_RISK, 1200));
    }

    @Test
    void a_blocker_closed_after_the_instant_read_is_open_at_that_instant() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, at("2026-11-20T12:00"), at("2026-11-16T10:00"), TUESDAY_MEETING_END);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.OPEN, 60));
    }

    @Test
    void a_closed_blocker_needs_no_next_meeting() {
        var clock = SlaRules.classify(CAL, MONDAY_NINE, at("2026-11-16T10:00"), at("2026-11-20T12:00"), null);

        assertThat(clock).isEqualTo(new SlaClock(SlaStatus.MET, 60));
    }

    @Test
    void a_fractional_target_rounds_down_to_whole_minutes() {
        /// 2.3 × 480 = 1104 minutes: Monday, Tuesday and 144 minutes of Wednesday.
        var cal = new WorkCalendar(CAL.zone(), CAL.workingDays(), CAL.dayStart(), CAL.dayEnd(), CAL.holidays(),
                new BigDecimal("2.3"));

        assertThat(SlaRules.classify(cal, MONDAY_NINE, at("2026-11-18T11:24"), at("2026-11-20T12:00"), null).status())
                .isEqualTo(SlaStatus.MET);
        assertThat(SlaRules.classify(cal, MONDAY_NINE, at("2026-11-18T11:25"), at("2026-11-20T12:00"), null).status())
                .isEqualTo(SlaStatus.BREACHED);
    }

    @Test
    void working_days_have_two_decimals_rounded_half_up() {
        assertThat(SlaRules.workingDays(CAL, 300)).hasToString("0.63");
        assertThat(SlaRules.workingDays(CAL, 1200)).hasToString("2.50");
        assertThat(SlaRules.workingDays(CAL, 0)).hasToString("0.00");
    }

    @Test
    void statuses_go_on_the_wire_in_lowercase() {
        assertThat(SlaStatus.values()).extracting(SlaStatus::wire).containsExactly("met", "breached", "at_risk", "open");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }
}
