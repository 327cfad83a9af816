package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.agenda.Agenda;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The live meeting computed without HTTP or a database: a three-hour meeting from 12:00 to
/// 15:00 UTC whose agenda holds items of 60, 60, 45 and 30 minutes, the last in overflow.
class LiveMeetingTest {

    static final Instant STARTS = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant ENDS = Instant.parse("2026-12-01T15:00:00Z");

    final Map<Long, Blocker> blockers = new HashMap<>();
    final AgendaView agenda;

    LiveMeetingTest() {
        var items = new ArrayList<Agenda.Item>();
        int[] minutes = {60, 60, 45};
        var at = STARTS;
        for (int i = 0; i < minutes.length; i++) {
            long id = i + 1;
            blockers.put(id, open(id, minutes[i]));
            var ends = at.plusSeconds(60L * minutes[i]);
            items.add(new Agenda.Item(i + 1, id, "Blocker " + id, "vp-" + id, Impact.HIGH, minutes[i], at, ends, 1.0, false));
            at = ends;
        }
        blockers.put(4L, open(4, 30));
        var overflow = List.of(new Agenda.Overflow(4, 4, "Blocker 4", "vp-4", Impact.LOW, 30, 0.5, false, 3.0));
        agenda = new AgendaView(new AgendaView.Header(LocalDate.of(2026, 12, 1), STARTS, ENDS, 180, 0, MeetingStatus.PLANNED, "UTC"),
                List.of(), items, overflow);
    }

    static Blocker open(long id, int minutes) {
        return new Blocker(id, "Blocker " + id, "", Kind.BLOCKED, Impact.HIGH, minutes, "vp-" + id, "vp-x",
                Instant.parse("2026-11-30T09:00:00Z"), Status.OPEN, null, null, null, null, null);
    }

    Blocker resolve(long id, Instant at) {
        var b = blockers.get(id);
        var closed = new Blocker(b.id(), b.title(), b.detail(), b.kind(), b.impact(), b.minutes(), b.raisedBy(), b.blocking(),
                b.raisedAt(), Status.RESOLVED, at, "Ship it", "vp-1", null, null);
        blockers.put(id, closed);
        return closed;
    }

    static Meeting meeting(MeetingStatus status, Instant startedAt) {
        return new Meeting(LocalDate.of(2026, 12, 1), STARTS, ENDS, 180, "UTC", status, startedAt, null, List.of(), List.of());
    }

    static List<Long> ids(List<LiveMeeting.Next> next) {
        return next.stream().map(n -> n.item().blockerId()).toList();
    }

    @Test
    void before_the_start_the_first_item_is_current_with_no_clock_and_the_overflow_is_below_the_line() {
        var live = LiveMeeting.of(meeting(MeetingStatus.PLANNED, null), agenda, blockers, List.of(), List.of(),
                Instant.parse("2026-12-01T11:00:00Z"));

        assertThat(live.current().item().blockerId()).isEqualTo(1);
        assertThat(live.current().secondsLeft()).isNull();
        assertThat(live.secondsLeft()).isNull();
        assertThat(ids(live.next())).containsExactly(2L, 3L, 4L);
        assertThat(live.next().get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
        assertThat(live.next().get(1).startsAt()).isEqualTo(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(ids(live.belowTheLine())).containsExactly(4L);
    }

    @Test
    void the_current_item_counts_down_from_the_last_outcome_and_the_next_items_follow_its_time_box() {
        var started = STARTS;
        var closed = List.of(resolve(1, Instant.parse("2026-12-01T12:20:00Z")));
        var live = LiveMeeting.of(meeting(MeetingStatus.RUNNING, started), agenda, blockers, closed, List.of(),
                Instant.parse("2026-12-01T12:50:00Z"));

        assertThat(live.current().item().blockerId()).isEqualTo(2);
        assertThat(live.current().cameUpAt()).isEqualTo(Instant.parse("2026-12-01T12:20:00Z"));
        assertThat(live.current().secondsLeft()).isEqualTo(30 * 60);
        assertThat(live.secondsLeft()).isEqualTo(130 * 60);
        // Item 1 took 20 of its 60 minutes, so item 4 (30 min, in overflow at the start) now fits.
        assertThat(live.next().get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T13:20:00Z"));
        assertThat(live.belowTheLine()).isEmpty();
        assertThat(live.decided()).extracting(LiveMeeting.Decided::blockerId).containsExactly(1L);
    }

    @Test
    void an_item_that_runs_over_pushes_the_rest_from_now_and_the_cut_off_line_moves_up() {
        var live = running(List.of(), List.of(), "2026-12-01T13:40:00Z");

        assertThat(live.current().item().blockerId()).isEqualTo(1);
        assertThat(live.current().secondsLeft()).isEqualTo(-40 * 60);
        assertThat(live.next().get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T13:40:00Z"));
        // 13:40 + 60 = 14:40 fits; + 45 = 15:25 does not: the line falls before item 3.
        assertThat(ids(live.belowTheLine())).containsExactly(3L, 4L);
    }

    @Test
    void the_line_is_a_line_once_an_item_falls_below_it_a_shorter_one_after_it_stays_below() {
        // Item 2 ran 100 minutes over: item 3 (45) ends after 15:00 although item 4 (30) alone would fit.
        var closed = List.of(resolve(1, Instant.parse("2026-12-01T12:10:00Z")));
        var live = running(closed, List.of(), "2026-12-01T14:20:00Z");

        assertThat(ids(live.belowTheLine())).containsExactly(3L, 4L);
    }

    @Test
    void the_follow_up_time_box_comes_first_and_the_cut_off_line_accounts_for_it() {
        var action = new io.eteam.action.Action(9, "Label deal", "Finance signs", "vp-2", LocalDate.of(2026, 11, 30),
                Instant.parse("2026-11-24T13:00:00Z"), io.eteam.action.Action.OVERDUE, null, null, null);
        var h = agenda.meeting();
        var withFollowUp = new AgendaView(new AgendaView.Header(h.date(), h.startsAt(), h.endsAt(), h.minutes(), 20, h.status(), h.zone()),
                List.of(action), agenda.items(), agenda.overflow());

        var live = LiveMeeting.of(meeting(MeetingStatus.RUNNING, STARTS), withFollowUp, blockers, List.of(), List.of(),
                STARTS.plusSeconds(5 * 60));

        assertThat(live.followUp()).containsExactly(action);
        assertThat(live.followUpMinutes()).isEqualTo(20);
        assertThat(live.current().item().blockerId()).isEqualTo(1);
        assertThat(live.current().cameUpAt()).isEqualTo(STARTS.plusSeconds(20 * 60));
        assertThat(live.current().secondsLeft()).isEqualTo(75 * 60);
        // 20 + 60 + 60 + 45 = 185 minutes: item 3 no longer fits in the 180.
        assertThat(ids(live.belowTheLine())).containsExactly(3L, 4L);
        assertThat(ids(LiveMeeting.of(meeting(MeetingStatus.RUNNING, STARTS), agenda, blockers, List.of(), List.of(),
                STARTS.plusSeconds(5 * 60)).belowTheLine())).containsExactly(4L);
    }

    @Test
    void an_ended_meeting_has_no_current_item_and_leaves_what_is_open_below_the_line() {
        var closed = List.of(resolve(2, Instant.parse("2026-12-01T12:30:00Z")), resolve(1, Instant.parse("2026-12-01T12:10:00Z")));
        var live = LiveMeeting.of(meeting(MeetingStatus.ENDED, STARTS), agenda, blockers, closed, List.of(),
                Instant.parse("2026-12-01T16:00:00Z"));

        assertThat(live.current()).isNull();
        assertThat(ids(live.belowTheLine())).containsExactly(3L, 4L);
        assertThat(live.decided()).extracting(LiveMeeting.Decided::blockerId).containsExactly(1L, 2L);
    }

    @Test
    void a_blocker_closed_after_the_agenda_was_read_is_not_on_the_live_meeting() {
        blockers.remove(1L);
        var live = LiveMeeting.of(meeting(MeetingStatus.PLANNED, null), agenda, blockers, List.of(), List.of(), STARTS);
        assertThat(live.current().item().blockerId()).isEqualTo(2);
    }

    /// The test agenda's meeting, running since `STARTS`, as it reads at `at`.
    LiveMeeting running(List<Blocker> closed, List<Step> steps, String at) {
        return LiveMeeting.of(meeting(MeetingStatus.RUNNING, STARTS), agenda, blockers, closed, steps, Instant.parse(at));
    }

    static Step step(long id, Step.Kind kind, String at) {
        return new Step(id, kind, Instant.parse(at), "chair");
    }

    @Test
    void moving_on_sends_the_item_to_the_back_and_the_next_one_comes_up_then() {
        var steps = List.of(step(1, Step.Kind.NEXT, "2026-12-01T12:10:00Z"));
        var live = running(List.of(), steps, "2026-12-01T12:15:00Z");

        assertThat(live.current().item().blockerId()).isEqualTo(2);
        assertThat(live.current().cameUpAt()).isEqualTo(Instant.parse("2026-12-01T12:10:00Z"));
        assertThat(live.current().secondsLeft()).isEqualTo(55 * 60);
        // Behind every item not moved on, the overflow included; moved on twice, the later goes last.
        assertThat(ids(live.next())).containsExactly(3L, 4L, 1L);
        var twice = List.of(step(1, Step.Kind.NEXT, "2026-12-01T12:10:00Z"), step(2, Step.Kind.NEXT, "2026-12-01T12:11:00Z"));
        var again = running(List.of(), twice, "2026-12-01T12:15:00Z");
        assertThat(again.current().item().blockerId()).isEqualTo(3);
        assertThat(ids(again.next())).containsExactly(4L, 1L, 2L);
    }

    @Test
    void each_minute_added_since_the_item_came_up_extends_its_time_box_and_moves_the_rest() {
        var steps = List.of(step(1, Step.Kind.EXTEND, "2026-12-01T12:50:00Z"), step(1, Step.Kind.EXTEND, "2026-12-01T12:55:00Z"));
        var live = running(List.of(), steps, "2026-12-01T12:58:00Z");

        assertThat(live.current().addedMinutes()).isEqualTo(2);
        assertThat(live.current().dueAt()).isEqualTo(Instant.parse("2026-12-01T13:02:00Z"));
        assertThat(live.next().get(0).startsAt()).isEqualTo(Instant.parse("2026-12-01T13:02:00Z"));
        // Minutes added to an item before it was moved on do not follow it when it comes back.
        var back = new ArrayList<>(steps);
        back.add(step(1, Step.Kind.NEXT, "2026-12-01T12:59:00Z"));
        var closed = List.of(resolve(2, Instant.parse("2026-12-01T13:00:00Z")), resolve(3, Instant.parse("2026-12-01T13:01:00Z")),
                resolve(4, Instant.parse("2026-12-01T13:02:00Z")));
        var later = running(closed, back, "2026-12-01T13:03:00Z");
        assertThat(later.current().item().blockerId()).isEqualTo(1);
        assertThat(later.current().addedMinutes()).isZero();
        assertThat(later.current().dueAt()).isEqualTo(Instant.parse("2026-12-01T14:02:00Z"));
    }

    @Test
    void an_item_pushed_to_overflow_stays_below_the_line_even_when_time_is_left() {
        var steps = List.of(step(1, Step.Kind.OVERFLOW, "2026-12-01T12:05:00Z"));
        var live = running(List.of(), steps, "2026-12-01T12:06:00Z");

        assertThat(live.current().item().blockerId()).isEqualTo(2);
        assertThat(live.current().cameUpAt()).isEqualTo(Instant.parse("2026-12-01T12:05:00Z"));
        assertThat(ids(live.next())).containsExactly(3L, 4L, 1L);
        assertThat(ids(live.belowTheLine())).containsExactly(1L);
        assertThat(live.next().get(2).overflow()).isTrue();
        assertThat(live.next().get(1).overflow()).isFalse();

        // Once every other item is closed, nothing is current: the pushed item waits for the next meeting.
        var closed = List.of(resolve(2, Instant.parse("2026-12-01T12:10:00Z")), resolve(3, Instant.parse("2026-12-01T12:20:00Z")),
                resolve(4, Instant.parse("2026-12-01T12:30:00Z")));
        var done = running(closed, steps, "2026-12-01T12:31:00Z");
        assertThat(done.current()).isNull();
        assertThat(ids(done.belowTheLine())).containsExactly(1L);
    }
}
