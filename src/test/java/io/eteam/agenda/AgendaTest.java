package io.eteam.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import io.eteam.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// Rules AGD-1–AGD-8 of `package-info.java`. The meeting is Tuesday 2026-05-12 at 13:00 in
/// Stockholm (summer time), the next one a week later; with the default calendar the SLA
/// target of 2.5 working days is 1200 minutes, which a blocker raised Friday 2026-05-08 at
/// 09:00 reaches exactly at the meeting's start. Local times below are Stockholm's.
class AgendaTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final WorkCalendar CALENDAR = WorkCalendar.defaults();
    static final MeetingSlot MEETING = tuesday("2026-05-12");
    static final MeetingSlot NEXT = tuesday("2026-05-19");

    @Test
    void an_agenda_without_blockers_is_empty_and_keeps_its_meeting() {
        var agenda = agenda();

        assertThat(agenda.meeting()).isEqualTo(MEETING);
        assertThat(agenda.items()).isEmpty();
        assertThat(agenda.overflow()).isEmpty();
    }

    @Test
    void the_time_kept_for_follow_up_comes_first_and_pushes_the_cut_off_line_up() {
        var first = open(1, Impact.HIGH, 90, "2026-05-11T09:00");
        var second = open(2, Impact.HIGH, 80, "2026-05-11T10:00");
        var blockers = java.util.List.of(first, second);

        var without = Agenda.build(blockers, io.eteam.calendar.Calendars.of(CALENDAR), MEETING, NEXT, java.util.List.of(), 0);
        var with = Agenda.build(blockers, io.eteam.calendar.Calendars.of(CALENDAR), MEETING, NEXT, java.util.List.of(), 10);
        var longer = Agenda.build(blockers, io.eteam.calendar.Calendars.of(CALENDAR), MEETING, NEXT, java.util.List.of(), 11);

        assertThat(without.items().get(0).startsAt()).isEqualTo(MEETING.startsAt());
        assertThat(with.items().get(0).startsAt()).isEqualTo(MEETING.startsAt().plusSeconds(10 * 60));
        assertThat(with.items().get(1).endsAt()).as("10 + 90 + 80 is the 180 minutes exactly").isEqualTo(MEETING.endsAt());
        assertThat(itemIds(longer)).containsExactly(1L);
        assertThat(longer.overflow()).extracting(Agenda.Overflow::blockerId).containsExactly(2L);
        assertThatThrownBy(() -> Agenda.build(blockers, io.eteam.calendar.Calendars.of(CALENDAR), MEETING, NEXT, java.util.List.of(), 180))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_blocker_past_the_target_at_the_start_comes_first_even_with_low_impact() {
        var fresh = open(1, Impact.HIGH, "2026-05-12T09:00");
        var late = open(2, Impact.LOW, "2026-05-07T16:59");

        var agenda = agenda(fresh, late);

        assertThat(agenda.items()).extracting(Agenda.Item::blockerId, Agenda.Item::breachedAtStart)
                .containsExactly(tuple(2L, true), tuple(1L, false));
    }

    @Test
    void a_blocker_exactly_at_the_target_at_the_start_is_not_breached_and_one_a_minute_older_is() {
        var atTarget = open(1, Impact.MEDIUM, "2026-05-08T09:00");
        var minuteOver = open(2, Impact.MEDIUM, "2026-05-07T16:59");

        var agenda = agenda(atTarget, minuteOver);

        assertThat(agenda.items())
                .extracting(Agenda.Item::blockerId, Agenda.Item::workingDaysAtStart, Agenda.Item::breachedAtStart)
                .containsExactly(tuple(2L, 1201.0 / 480, true), tuple(1L, 2.5, false));
    }

    @Test
    void within_the_target_higher_impact_comes_first_whatever_the_age() {
        var low = open(1, Impact.LOW, "2026-05-11T09:00");
        var medium = open(2, Impact.MEDIUM, "2026-05-11T10:00");
        var high = open(3, Impact.HIGH, "2026-05-12T09:00");

        assertThat(itemIds(agenda(low, medium, high))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void past_the_target_higher_impact_also_comes_first_whatever_the_age() {
        var lowAndOldest = open(1, Impact.LOW, "2026-05-04T09:00");
        var highAndLate = open(2, Impact.HIGH, "2026-05-07T09:00");
        var highAndWithin = open(3, Impact.HIGH, "2026-05-11T09:00");

        assertThat(itemIds(agenda(lowAndOldest, highAndLate, highAndWithin))).containsExactly(2L, 1L, 3L);
    }

    @Test
    void with_equal_impact_the_longer_working_time_at_the_start_comes_first() {
        var younger = open(1, Impact.MEDIUM, "2026-05-11T11:00");
        var older = open(2, Impact.MEDIUM, "2026-05-11T10:00");

        assertThat(itemIds(agenda(younger, older))).containsExactly(2L, 1L);
    }

    @Test
    void with_equal_working_time_the_lower_id_comes_first_in_whatever_order_blockers_are_given() {
        var saturday = open(5, Impact.MEDIUM, "2026-05-09T10:00");
        var sunday = open(3, Impact.MEDIUM, "2026-05-10T12:00");
        var fridayEvening = open(4, Impact.MEDIUM, "2026-05-08T17:30");

        assertThat(agenda(saturday, sunday, fridayEvening).items()).extracting(Agenda.Item::workingDaysAtStart)
                .containsOnly(1.5);
        assertThat(itemIds(agenda(saturday, sunday, fridayEvening))).containsExactly(3L, 4L, 5L);
        assertThat(itemIds(agenda(fridayEvening, sunday, saturday))).containsExactly(3L, 4L, 5L);
    }

    @Test
    void items_run_back_to_back_from_the_start_each_taking_its_minutes() {
        var high = open(1, Impact.HIGH, "2026-05-11T09:00");
        var medium = open(2, Impact.MEDIUM, "2026-05-11T09:00");
        var low = open(3, Impact.LOW, 7, "2026-05-11T09:00");

        var agenda = agenda(high, medium, low);

        assertThat(agenda.items())
                .extracting(Agenda.Item::rank, Agenda.Item::minutes, Agenda.Item::startsAt, Agenda.Item::endsAt)
                .containsExactly(
                        tuple(1, 15, local("2026-05-12T13:00"), local("2026-05-12T13:15")),
                        tuple(2, 10, local("2026-05-12T13:15"), local("2026-05-12T13:25")),
                        tuple(3, 7, local("2026-05-12T13:25"), local("2026-05-12T13:32")));
    }

    @Test
    void an_item_ending_exactly_at_the_end_of_the_meeting_fits_and_the_next_one_overflows() {
        var blockers = new ArrayList<Blocker>();
        for (int id = 1; id <= 12; id++) {
            blockers.add(open(id, Impact.HIGH, "2026-05-11T09:00"));
        }
        blockers.add(open(13, Impact.LOW, "2026-05-11T09:00"));

        var agenda = build(blockers, List.of());

        assertThat(agenda.items()).hasSize(12);
        assertThat(agenda.items().get(11).endsAt()).isEqualTo(MEETING.endsAt()).isEqualTo(local("2026-05-12T16:00"));
        assertThat(agenda.overflow()).extracting(Agenda.Overflow::rank, Agenda.Overflow::blockerId)
                .containsExactly(tuple(13, 13L));
    }

    @Test
    void a_60_minute_item_that_does_not_fit_sends_every_item_after_it_to_overflow_however_small() {
        var agenda = agenda(
                open(1, Impact.MEDIUM, 60, "2026-05-11T09:00"),
                open(2, Impact.MEDIUM, 60, "2026-05-11T09:01"),
                open(3, Impact.MEDIUM, 45, "2026-05-11T09:02"),
                open(4, Impact.MEDIUM, 60, "2026-05-11T09:03"),
                open(5, Impact.MEDIUM, 5, "2026-05-11T09:04"),
                open(6, Impact.MEDIUM, 10, "2026-05-11T09:05"));

        assertThat(agenda.items()).extracting(Agenda.Item::rank, Agenda.Item::blockerId)
                .containsExactly(tuple(1, 1L), tuple(2, 2L), tuple(3, 3L));
        assertThat(agenda.overflow()).extracting(Agenda.Overflow::rank, Agenda.Overflow::blockerId)
                .containsExactly(tuple(4, 4L), tuple(5, 5L), tuple(6, 6L));
    }

    /// Monday 09:00 to the next Tuesday 13:00 is six whole working days and half of one.
    @Test
    void overflow_carries_the_working_time_projected_at_the_next_meeting_start() {
        var blockers = List.of(
                open(1, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(2, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(3, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(4, Impact.MEDIUM, "2026-05-11T09:00"));

        var agenda = build(blockers, List.of());

        assertThat(agenda.overflow())
                .extracting(Agenda.Overflow::blockerId, Agenda.Overflow::minutes,
                        Agenda.Overflow::workingDaysAtStart, Agenda.Overflow::breachedAtStart,
                        Agenda.Overflow::projectedWorkingDays)
                .containsExactly(tuple(4L, 10, 1.5, false, 6.5));
    }

    @Test
    void the_projection_at_the_next_meeting_leaves_out_a_holiday_in_between() {
        var ascension = new WorkCalendar(STOCKHOLM, CALENDAR.workingDays(), CALENDAR.dayStart(),
                CALENDAR.dayEnd(), Set.of(LocalDate.parse("2026-05-14")), CALENDAR.targetDays());
        var blockers = List.of(
                open(1, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(2, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(3, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(4, Impact.MEDIUM, "2026-05-11T09:00"));

        var agenda = Agenda.build(blockers, ascension, MEETING, NEXT, List.of());

        assertThat(agenda.overflow()).extracting(Agenda.Overflow::projectedWorkingDays).containsExactly(5.5);
    }

    @Test
    void working_days_at_the_start_are_not_rounded() {
        var agenda = agenda(open(1, Impact.MEDIUM, "2026-05-12T09:20"));

        assertThat(agenda.items().get(0).workingDaysAtStart()).isEqualTo(220.0 / 480);
    }

    @Test
    void the_chairs_ranking_comes_first_in_its_order_and_the_rest_follow_in_default_order() {
        var breached = open(1, Impact.LOW, "2026-05-04T09:00");
        var high = open(2, Impact.HIGH, "2026-05-11T09:00");
        var medium = open(3, Impact.MEDIUM, "2026-05-11T09:00");
        var low = open(4, Impact.LOW, "2026-05-11T09:00");
        var olderLow = open(5, Impact.LOW, "2026-05-08T09:00");

        var agenda = build(List.of(breached, high, medium, low, olderLow), List.of(4L, 3L));

        assertThat(agenda.items()).extracting(Agenda.Item::rank, Agenda.Item::blockerId)
                .containsExactly(tuple(1, 4L), tuple(2, 3L), tuple(3, 1L), tuple(4, 2L), tuple(5, 5L));
        assertThat(agenda.items().get(0).startsAt()).isEqualTo(MEETING.startsAt());
    }

    @Test
    void ids_in_the_chairs_ranking_that_are_not_on_the_agenda_are_ignored_and_a_repeat_counts_where_it_first_appears() {
        var first = open(1, Impact.MEDIUM, "2026-05-11T09:00");
        var second = open(2, Impact.MEDIUM, "2026-05-11T10:00");
        var third = open(3, Impact.MEDIUM, "2026-05-11T11:00");
        var resolvedLastWeek = closed(open(6, Impact.HIGH, "2026-05-04T09:00"), Status.RESOLVED, "2026-05-05T13:30");

        var agenda = build(List.of(first, second, third, resolvedLastWeek), List.of(99L, 3L, 6L, 1L, 3L));

        assertThat(itemIds(agenda)).containsExactly(3L, 1L, 2L);
        assertThat(agenda.overflow()).isEmpty();
    }

    @Test
    void a_chair_ranking_a_long_item_first_sends_what_no_longer_fits_to_overflow() {
        var blockers = List.of(
                open(1, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(2, Impact.HIGH, 60, "2026-05-11T09:00"),
                open(3, Impact.HIGH, 45, "2026-05-11T09:00"),
                open(4, Impact.LOW, 30, "2026-05-11T09:00"));

        var agenda = build(blockers, List.of(4L));

        assertThat(itemIds(agenda)).containsExactly(4L, 1L, 2L);
        assertThat(agenda.overflow()).extracting(Agenda.Overflow::rank, Agenda.Overflow::blockerId)
                .containsExactly(tuple(4, 3L));
    }

    @Test
    void a_blocker_raised_at_or_after_the_start_waits_for_the_next_meeting() {
        var justBefore = open(1, Impact.MEDIUM, "2026-05-12T12:59");
        var atTheStart = open(2, Impact.HIGH, "2026-05-12T13:00");
        var during = open(3, Impact.HIGH, "2026-05-12T13:30");

        assertThat(itemIds(agenda(justBefore, atTheStart, during))).containsExactly(1L);
    }

    @Test
    void a_blocker_closed_before_the_start_is_not_on_the_agenda() {
        var resolved = closed(open(1, Impact.HIGH, "2026-05-11T09:00"), Status.RESOLVED, "2026-05-12T12:59");
        var withdrawn = closed(open(2, Impact.HIGH, "2026-05-08T09:00"), Status.WITHDRAWN, "2026-05-11T10:00");

        var agenda = agenda(resolved, withdrawn);

        assertThat(agenda.items()).isEmpty();
        assertThat(agenda.overflow()).isEmpty();
    }

    @Test
    void the_agenda_of_a_past_meeting_holds_what_was_open_at_its_start_though_closed_since() {
        var resolvedAtTheStart = closed(open(1, Impact.HIGH, "2026-05-11T09:00"), Status.RESOLVED, "2026-05-12T13:00");
        var resolvedDuring = closed(open(2, Impact.MEDIUM, "2026-05-07T09:00"), Status.RESOLVED, "2026-05-12T13:20");
        var withdrawnLater = closed(open(3, Impact.LOW, "2026-05-12T10:00"), Status.WITHDRAWN, "2026-05-14T09:00");

        var agenda = agenda(resolvedAtTheStart, resolvedDuring, withdrawnLater);

        assertThat(agenda.items()).extracting(Agenda.Item::blockerId, Agenda.Item::breachedAtStart)
                .containsExactly(tuple(2L, true), tuple(1L, false), tuple(3L, false));
    }

    @Test
    void slots_run_back_to_back_from_13_00_local_time_after_a_daylight_saving_weekend() {
        var weekBefore = tuesday("2026-03-24");
        var afterChange = tuesday("2026-03-31");
        var high = open(1, Impact.HIGH, "2026-03-27T09:00");
        var medium = open(2, Impact.MEDIUM, "2026-03-27T10:00");

        var agenda = Agenda.build(List.of(medium, high), CALENDAR, afterChange, tuesday("2026-04-07"), List.of());

        assertThat(weekBefore.startsAt()).isEqualTo(exactly("2026-03-24T13:00+01:00"));
        assertThat(afterChange.startsAt()).isEqualTo(exactly("2026-03-31T13:00+02:00"));
        assertThat(afterChange.endsAt()).isEqualTo(exactly("2026-03-31T16:00+02:00"));
        assertThat(agenda.items())
                .extracting(Agenda.Item::startsAt, Agenda.Item::endsAt, Agenda.Item::workingDaysAtStart,
                        Agenda.Item::breachedAtStart)
                .containsExactly(
                        tuple(exactly("2026-03-31T13:00+02:00"), exactly("2026-03-31T13:15+02:00"), 2.5, false),
                        tuple(exactly("2026-03-31T13:15+02:00"), exactly("2026-03-31T13:25+02:00"), 1140.0 / 480,
                                false));
    }

    @Test
    void a_meeting_across_the_autumn_change_lasts_its_minutes_in_real_time() {
        var night = MeetingSlot.on(LocalDate.parse("2026-10-25"), LocalTime.of(1, 30), 180, STOCKHOLM);

        assertThat(night.startsAt()).isEqualTo(exactly("2026-10-25T01:30+02:00"));
        assertThat(night.endsAt()).isEqualTo(exactly("2026-10-25T03:30+01:00"));
        assertThat(night.date()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(night.minutes()).isEqualTo(180);
    }

    @Test
    void a_meeting_slot_whose_end_disagrees_with_its_minutes_is_refused() {
        var start = local("2026-05-12T13:00");

        assertThatThrownBy(() -> new MeetingSlot(LocalDate.parse("2026-05-12"), start, start.plusSeconds(3600), 180))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A meeting of 180 minutes ends 180 minutes after it starts");
        assertThatThrownBy(() -> new MeetingSlot(LocalDate.parse("2026-05-12"), start, start, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 0 minutes");
    }

    @Test
    void a_next_meeting_that_does_not_start_after_this_one_is_refused() {
        assertThatThrownBy(() -> Agenda.build(List.of(), CALENDAR, MEETING, MEETING, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The next meeting must start after this one");
    }

    @Test
    void two_blockers_with_one_id_are_refused_rather_than_one_dropped() {
        var blocker = open(7, Impact.MEDIUM, "2026-05-11T09:00");

        assertThatThrownBy(() -> agenda(blocker, blocker))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Blocker 7 is given twice; each blocker appears on an agenda once.");
    }

    static MeetingSlot tuesday(String date) {
        return MeetingSlot.on(LocalDate.parse(date), LocalTime.of(13, 0), 180, STOCKHOLM);
    }

    static Agenda agenda(Blocker... blockers) {
        return build(List.of(blockers), List.of());
    }

    static Agenda build(List<Blocker> blockers, List<Long> chairRanking) {
        return Agenda.build(blockers, CALENDAR, MEETING, NEXT, chairRanking);
    }

    static List<Long> itemIds(Agenda agenda) {
        return agenda.items().stream().map(Agenda.Item::blockerId).toList();
    }

    static Blocker open(long id, Impact impact, String raisedAt) {
        return open(id, impact, impact.defaultMinutes(), raisedAt);
    }

    static Blocker open(long id, Impact impact, int minutes, String raisedAt) {
        return new Blocker(id, "Blocker " + id, "", Kind.BLOCKED, impact, minutes, "vp-" + id, null,
                local(raisedAt), Status.OPEN, null, null, null, null, null);
    }

    static Blocker closed(Blocker b, Status status, String at) {
        return new Blocker(b.id(), b.title(), b.detail(), b.kind(), b.impact(), b.minutes(), b.raisedBy(),
                b.blocking(), b.raisedAt(), status, local(at), "Legal approves the contract today", "ana",
                null, null);
    }

    /// A Stockholm wall-clock time on a day without an offset change.
    static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(STOCKHOLM).toInstant();
    }

    static Instant exactly(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
