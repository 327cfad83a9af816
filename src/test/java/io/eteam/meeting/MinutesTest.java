package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.agenda.Agenda;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.OutcomeEntry;
import io.eteam.blocker.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The minutes as a pure function of the meeting, its agenda, the blockers and their history:
/// the edges the end-to-end test does not reach (a meeting started early or late).
class MinutesTest {

    static final LocalDate DATE = LocalDate.parse("2026-12-01");
    static final Instant STARTS = Instant.parse("2026-12-01T12:00:00Z");
    static final Instant ENDS = Instant.parse("2026-12-01T15:00:00Z");
    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    static Meeting meeting(MeetingStatus status, String startedAt, String endedAt) {
        return new Meeting(DATE, STARTS, ENDS, 180, "Europe/Stockholm", status, Instant.parse(startedAt),
                endedAt == null ? null : Instant.parse(endedAt), List.of(), List.of());
    }

    static Blocker blocker(long id, Instant raisedAt, Status status, String closedAt) {
        return new Blocker(id, "Blocker " + id, "", Kind.BLOCKED, Impact.MEDIUM, 10, "vp-music", null, raisedAt, status,
                closedAt == null ? null : Instant.parse(closedAt), status == Status.OPEN ? null : "Decided " + id,
                status == Status.RESOLVED ? "vp-music" : null, null, null);
    }

    static AgendaView agenda(long... ids) {
        var items = new java.util.ArrayList<Agenda.Item>();
        for (int i = 0; i < ids.length; i++) {
            items.add(new Agenda.Item(i + 1, ids[i], "Blocker " + ids[i], "vp-music", Impact.MEDIUM, 10,
                    STARTS.plusSeconds(600L * i), STARTS.plusSeconds(600L * (i + 1)), 1.0, false));
        }
        return new AgendaView(new AgendaView.Header(DATE, STARTS, ENDS, 180, 0, MeetingStatus.ENDED, "Europe/Stockholm"),
                List.of(), items, List.of());
    }

    @Test
    void the_first_item_is_timed_from_the_end_of_the_follow_up_and_the_follow_up_is_listed() {
        var action = new io.eteam.action.Action(7, "Label deal", "Finance signs", "vp-music", java.time.LocalDate.of(2026, 11, 30),
                Instant.parse("2026-11-24T13:00:00Z"), io.eteam.action.Action.OVERDUE, null, null, null);
        var plain = agenda(1, 2);
        var h = plain.meeting();
        var agenda = new AgendaView(new AgendaView.Header(h.date(), h.startsAt(), h.endsAt(), h.minutes(), 10, h.status(), h.zone()),
                List.of(action), plain.items(), plain.overflow());
        var first = blocker(1, MONDAY, Status.RESOLVED, "2026-12-01T12:25:00Z");
        var second = blocker(2, MONDAY, Status.RESOLVED, "2026-12-01T12:40:00Z");
        var minutes = Minutes.of(meeting(MeetingStatus.ENDED, "2026-12-01T12:00:00Z", "2026-12-01T12:45:00Z"),
                agenda, Map.of(1L, first, 2L, second), List.of());

        assertThat(minutes.followUp()).containsExactly(action);
        assertThat(minutes.items().get(0).tookSeconds()).as("13:10 to 13:25").isEqualTo(15 * 60);
        assertThat(minutes.items().get(1).tookSeconds()).isEqualTo(15 * 60);
        assertThat(MinutesMarkdown.render(minutes)).contains("## Follow-up (1)", "| 7 | Finance signs | vp-music | 2026-11-30 | overdue |");

        var quick = blocker(1, MONDAY, Status.RESOLVED, "2026-12-01T12:05:00Z");
        var early = Minutes.of(meeting(MeetingStatus.ENDED, "2026-12-01T12:00:00Z", "2026-12-01T12:45:00Z"),
                agenda, Map.of(1L, quick, 2L, second), List.of());
        assertThat(early.items().get(0).tookSeconds()).as("closed within the follow-up's box: from the start").isEqualTo(5 * 60);
    }

    @Test
    void a_meeting_started_early_times_its_first_item_from_the_actual_start_and_keeps_one_closed_before_the_scheduled_start() {
        var early = blocker(1, MONDAY, Status.RESOLVED, "2026-12-01T11:55:00Z");
        var later = blocker(2, MONDAY, Status.WITHDRAWN, "2026-12-01T12:20:00Z");
        var minutes = Minutes.of(meeting(MeetingStatus.ENDED, "2026-12-01T11:45:00Z", "2026-12-01T12:30:00Z"),
                agenda(2), Map.of(1L, early, 2L, later), List.of());

        assertThat(minutes.items()).extracting(Minutes.Item::blockerId).containsExactly(1L, 2L);
        assertThat(minutes.items().get(0).rank()).isNull();
        assertThat(minutes.items().get(0).tookSeconds()).isEqualTo(600);
        assertThat(minutes.items().get(1).rank()).isEqualTo(1);
        assertThat(minutes.items().get(1).outcome()).isEqualTo(Minutes.Outcome.WITHDRAWN);
        assertThat(minutes.items().get(1).reason()).isEqualTo("Decided 2");
        assertThat(minutes.items().get(1).tookSeconds()).isEqualTo(25 * 60);
        assertThat(minutes.afterLastOutcomeSeconds()).isEqualTo(600);
    }

    @Test
    void an_agenda_item_closed_before_a_late_start_was_never_taken_up_and_is_left_out() {
        var before = blocker(1, MONDAY, Status.RESOLVED, "2026-12-01T12:05:00Z");
        var open = blocker(2, MONDAY, Status.OPEN, null);
        var minutes = Minutes.of(meeting(MeetingStatus.ENDED, "2026-12-01T12:10:00Z", "2026-12-01T12:40:00Z"),
                agenda(1, 2), Map.of(1L, before, 2L, open), List.of());

        assertThat(minutes.items()).extracting(Minutes.Item::blockerId).containsExactly(2L);
        assertThat(minutes.items().get(0).outcome()).isEqualTo(Minutes.Outcome.OVERFLOW);
        assertThat(minutes.items().get(0).tookSeconds()).isNull();
        assertThat(minutes.afterLastOutcomeSeconds()).isEqualTo(30 * 60);
    }

    @Test
    void an_outcome_at_the_very_end_is_in_the_meeting_and_one_a_millisecond_later_is_not() {
        var atTheEnd = blocker(1, MONDAY, Status.RESOLVED, "2026-12-01T12:40:00Z");
        var after = blocker(2, MONDAY, Status.RESOLVED, "2026-12-01T12:40:00.001Z");
        var history = List.of(new OutcomeEntry(1, Instant.parse("2026-12-01T12:40:00Z"), "chair",
                OutcomeEntry.Kind.RESOLVED, "decision", "Decided 1", null, null));
        var minutes = Minutes.of(meeting(MeetingStatus.ENDED, "2026-12-01T12:10:00Z", "2026-12-01T12:40:00Z"),
                agenda(1, 2), Map.of(1L, atTheEnd, 2L, after), history);

        assertThat(minutes.items()).extracting(Minutes.Item::outcome)
                .containsExactly(Minutes.Outcome.RESOLVED, Minutes.Outcome.OVERFLOW);
        assertThat(minutes.items().get(0).recordedBy()).isEqualTo("chair");
        assertThat(minutes.afterLastOutcomeSeconds()).isZero();
    }

    @Test
    void a_meeting_that_has_not_ended_has_no_minutes() {
        assertThatThrownBy(() -> Minutes.of(meeting(MeetingStatus.RUNNING, "2026-12-01T12:10:00Z", null), agenda(),
                Map.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lengths_of_time_read_as_people_say_them() {
        assertThat(MinutesMarkdown.duration(0)).isEqualTo("0 s");
        assertThat(MinutesMarkdown.duration(45)).isEqualTo("45 s");
        assertThat(MinutesMarkdown.duration(720)).isEqualTo("12 min");
        assertThat(MinutesMarkdown.duration(750)).isEqualTo("12 min 30 s");
        assertThat(MinutesMarkdown.duration(3600)).isEqualTo("1 h");
        assertThat(MinutesMarkdown.duration(3930)).isEqualTo("1 h 5 min 30 s");
        assertThat(MinutesMarkdown.duration(3605)).isEqualTo("1 h 5 s");
    }

    @Test
    void markdown_escapes_every_special_character_and_joins_lines() {
        var out = MinutesMarkdown.escape(new StringBuilder(), "a|b\\c`d*e_f[g]h<i>j~k&l#m!n\r\no\u2028p").toString();
        assertThat(out).isEqualTo("a\\|b\\\\c\\`d\\*e\\_f\\[g\\]h\\<i\\>j\\~k\\&l\\#m\\!n  o p");
    }
}
