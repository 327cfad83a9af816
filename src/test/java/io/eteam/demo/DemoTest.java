package io.eteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.App;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerEvent;
import io.eteam.blocker.Status;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import io.eteam.meeting.Meeting;
import io.eteam.meeting.MeetingStatus;
import io.eteam.meeting.Schedule;
import io.eteam.people.Person;
import io.eteam.people.Role;
import io.eteam.support.TestServer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The demo seeded once, on a Thursday morning in Stockholm, and read back through the services.
class DemoTest {

    /// Thursday 12 March 2026, 10:30 in Stockholm: two days after the last meeting.
    static final Instant NOW = Instant.parse("2026-03-12T09:30:00Z");

    static App app;
    static Demo.SignIn signIn;
    static WorkCalendar calendar;
    static Schedule schedule;
    static List<Blocker> blockers;
    static Map<Long, List<BlockerEvent>> histories;
    /// The same history seeded the way `serve --demo` does it: by URL, then closed.
    static String servedUrl;
    static Demo.SignIn printed;

    @BeforeAll
    static void seed() {
        var clock = new MutableClock(NOW);
        app = App.open(TestServer.memoryDb(), clock);
        signIn = Demo.seed(app, clock, NOW);
        calendar = app.calendar().calendar();
        schedule = Schedule.of(app.calendar().settings());
        blockers = app.blockers().list("all", null);
        histories = blockers.stream().collect(Collectors.toMap(Blocker::id, b -> app.blockers().history(b.id())));
        servedUrl = Demo.temporaryDatabase();
        printed = Demo.seed(servedUrl, NOW);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void seeding_a_fresh_database_gives_two_chairs_fourteen_vps_and_two_members() {
        var people = app.people().list(signIn.chair().person());

        var byRole = people.stream().collect(Collectors.groupingBy(Person::role, Collectors.counting()));
        assertThat(byRole).containsExactlyInAnyOrderEntriesOf(Map.of(Role.CHAIR, 2L, Role.VP, 14L, Role.MEMBER, 2L));
        assertThat(people).allMatch(Person::active);
        assertThat(people).filteredOn(p -> p.role() == Role.VP).extracting(Person::team)
                .contains("Music", "Podcasts", "Audiobooks", "Personalization", "Platform", "Finance", "Legal",
                        "People", "Marketing", "Ads & Sales", "Design", "Data & Insights", "Partnerships");
    }

    @Test
    void twelve_weeks_of_blockers_are_raised_between_tuesdays_and_end_now() {
        var first = blockers.stream().map(Blocker::raisedAt).min(Instant::compareTo).orElseThrow();
        var last = blockers.stream().map(Blocker::raisedAt).max(Instant::compareTo).orElseThrow();

        assertThat(Duration.between(first, NOW).toDays()).isBetween(12L * 7, 13L * 7 + 1);
        assertThat(last).isBefore(NOW).isAfter(NOW.minus(Duration.ofDays(2)));
        var perWeek = blockers.stream()
                .collect(Collectors.groupingBy(b -> Duration.between(b.raisedAt(), NOW).toDays() / 7, Collectors.counting()));
        for (long week = 0; week < 12; week++) {
            assertThat(perWeek.get(week)).as("blockers raised %d weeks ago", week).isBetween(5L, 30L);
        }
        assertThat(blockers).noneMatch(b -> meetingAt(b.raisedAt()));
    }

    @Test
    void resolved_blockers_have_both_met_and_breached_outcomes_against_the_two_and_a_half_day_target() {
        assertThat(calendar.targetMinutes()).isEqualTo(1200);
        var resolved = blockers.stream().filter(b -> b.status() == Status.RESOLVED).toList();
        var met = resolved.stream()
                .filter(b -> WorkingTime.minutesBetween(calendar, b.raisedAt(), b.resolvedAt()) <= calendar.targetMinutes())
                .count();
        long breached = resolved.size() - met;

        assertThat(resolved).hasSizeGreaterThan(100);
        assertThat(met).isGreaterThan(resolved.size() / 4);
        assertThat(breached).isGreaterThan(resolved.size() / 4);
    }

    @Test
    void most_blockers_are_decided_in_the_tuesday_meeting_and_some_by_a_chair_between_meetings() {
        var resolved = blockers.stream().filter(b -> b.status() == Status.RESOLVED).toList();
        var inTheRoom = resolved.stream().filter(b -> meetingAt(b.resolvedAt())).count();

        assertThat(inTheRoom).isGreaterThan(resolved.size() / 2);
        assertThat(resolved.size() - inTheRoom).isGreaterThan(10);
    }

    @Test
    void every_resolved_blocker_has_a_decision_and_an_owner_who_sits_at_the_table() {
        var atTable = app.people().list(signIn.chair().person()).stream()
                .filter(p -> p.role().attends()).map(Person::handle).toList();

        assertThat(blockers).filteredOn(b -> b.status() == Status.RESOLVED).allSatisfy(b -> {
            assertThat(b.decision()).isNotBlank();
            assertThat(b.owner()).isIn(atTable);
            assertThat(histories.get(b.id()).get(histories.get(b.id()).size() - 1).action()).isEqualTo("resolved");
        });
        assertThat(blockers).filteredOn(b -> b.blocking() != null).hasSizeGreaterThan(blockers.size() / 2);
        assertThat(blockers).extracting(Blocker::rationale).filteredOn(r -> r != null).isNotEmpty();
        assertThat(blockers).extracting(Blocker::due).filteredOn(d -> d != null).isNotEmpty();
    }

    @Test
    void refused_deferral_attempts_are_kept_in_the_history_before_the_real_decision() {
        var attempted = blockers.stream()
                .filter(b -> histories.get(b.id()).stream().anyMatch(e -> e.action().equals("deferral_refused")))
                .toList();

        assertThat(attempted).hasSizeGreaterThanOrEqualTo(5);
        assertThat(attempted).filteredOn(b -> b.status() == Status.RESOLVED).allSatisfy(b -> {
            var actions = histories.get(b.id()).stream().map(BlockerEvent::action).toList();
            assertThat(actions.indexOf("deferral_refused")).isLessThan(actions.indexOf("resolved"));
        });
        var change = histories.get(attempted.get(0).id()).stream()
                .filter(e -> e.action().equals("deferral_refused")).findFirst().orElseThrow().change();
        assertThat(change).contains("\"phrase\"");
    }

    @Test
    void a_few_blockers_are_withdrawn_by_their_raiser_with_a_reason() {
        var withdrawn = blockers.stream().filter(b -> b.status() == Status.WITHDRAWN).toList();

        assertThat(withdrawn).hasSizeBetween(3, 30);
        assertThat(withdrawn).allSatisfy(b -> {
            assertThat(b.decision()).isIn(Catalogue.WITHDRAWALS);
            assertThat(b.owner()).isNull();
            assertThat(histories.get(b.id()).get(histories.get(b.id()).size() - 1).actor()).isEqualTo(b.raisedBy());
        });
    }

    @Test
    void this_weeks_open_blockers_include_some_carried_over_past_the_target() {
        var open = blockers.stream().filter(b -> b.status() == Status.OPEN).toList();
        var breached = open.stream()
                .filter(b -> WorkingTime.minutesBetween(calendar, b.raisedAt(), NOW) > calendar.targetMinutes())
                .toList();
        var lastMeeting = schedule.current(NOW).startsAt().minus(Duration.ofDays(7));

        assertThat(open).hasSizeBetween(4, 25);
        assertThat(breached).isNotEmpty();
        assertThat(open).anyMatch(b -> b.raisedAt().isAfter(lastMeeting));
        assertThat(app.meetings().agenda(schedule.current(NOW).date().toString()).items()).isNotEmpty();
    }

    @Test
    void the_twelve_past_tuesdays_were_held_with_most_vps_checked_in() {
        var next = schedule.current(NOW);
        var past = new ArrayList<Meeting>();
        for (int k = 1; k <= 12; k++) {
            past.add(app.meetings().get(next.date().minusWeeks(k).toString()));
        }

        assertThat(past).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.ENDED);
            assertThat(m.attendees()).hasSizeBetween(9, 16);
            assertThat(m.attendees()).anyMatch(a -> a.role().equals("chair"));
            assertThat(m.startedAt()).isBetween(m.startsAt(), m.startsAt().plus(Duration.ofMinutes(5)));
            assertThat(m.endedAt()).isBetween(m.startedAt(), m.endsAt());
        });
        assertThat(past).flatExtracting(Meeting::attendees).anyMatch(a -> !a.checkedInBy().equals(a.handle()));
        assertThat(app.meetings().get(next.date().toString()).status()).isEqualTo(MeetingStatus.PLANNED);
    }

    @Test
    void a_member_trying_to_check_in_is_refused_now_and_then() {
        var next = schedule.current(NOW);
        var refusals = new ArrayList<io.eteam.meeting.Refusal>();
        for (int k = 1; k <= 12; k++) {
            refusals.addAll(app.meetings().get(next.date().minusWeeks(k).toString()).refusals());
        }

        assertThat(refusals).extracting(io.eteam.meeting.Refusal::actor).contains("linnea").hasSizeBetween(2, 12);
        assertThat(refusals).allSatisfy(r -> assertThat(r.reason()).startsWith("The E-Team is VPs only"));
    }

    @Test
    void nothing_in_the_history_is_dated_after_now() {
        assertThat(blockers).allSatisfy(b -> {
            assertThat(b.raisedAt()).isBeforeOrEqualTo(NOW);
            if (b.resolvedAt() != null) {
                assertThat(b.resolvedAt()).isBeforeOrEqualTo(NOW).isAfter(b.raisedAt());
            }
        });
        assertThat(histories.values()).allSatisfy(events -> assertThat(events)
                .allSatisfy(e -> assertThat(e.at()).isBeforeOrEqualTo(NOW)));
    }

    @Test
    void seeding_refuses_a_database_that_already_has_people() {
        assertThatThrownBy(() -> Demo.seed(app, new MutableClock(NOW), NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has people");
    }

    @Test
    void the_instructions_name_the_url_the_three_tokens_and_the_cli_login_line() {
        var text = Demo.instructions("http://localhost:7070", signIn);

        assertThat(text).startsWith("Demo E-Team ready at http://localhost:7070 — sign in with one of these tokens:");
        assertThat(text).contains(signIn.chair().token(), signIn.vp().token(), signIn.member().token());
        assertThat(text.lines()).anyMatch(l -> l.contains("chair") && l.contains("maja") && l.endsWith(signIn.chair().token()));
        assertThat(text.lines()).anyMatch(l -> l.contains("member") && l.contains("linnea") && l.endsWith(signIn.member().token()));
        assertThat(text).contains("eteam login --server http://localhost:7070 --token " + signIn.chair().token());
        assertThat(text).contains("http://localhost:7070/calendar.ics?token=" + signIn.feed().token());
    }

    @Test
    void the_printed_tokens_sign_in_a_chair_a_vp_and_a_member_once_the_server_runs_on_the_real_clock() {
        try (var serving = App.open(servedUrl, Clock.systemUTC())) {
            assertThat(serving.people().authenticate(printed.chair().token())).map(Person::role).contains(Role.CHAIR);
            assertThat(serving.people().authenticate(printed.vp().token())).map(Person::role).contains(Role.VP);
            assertThat(serving.people().authenticate(printed.member().token())).map(Person::role).contains(Role.MEMBER);
            assertThat(serving.feeds().feed(printed.feed().token())).hasValueSatisfying(f -> assertThat(f).startsWith("BEGIN:VCALENDAR"));
        }
    }

    @Test
    void the_same_now_gives_the_same_history() {
        try (var again = App.open(servedUrl, Clock.systemUTC())) {
            Function<Blocker, String> summary = b -> b.id() + " " + b.title() + " " + b.raisedAt() + " " + b.status()
                    + " " + b.resolvedAt() + " " + b.owner();
            assertThat(again.blockers().list("all", null)).map(summary)
                    .containsExactlyElementsOf(blockers.stream().map(summary).toList());
        }
    }

    /// Tuesday while VPs check in, in the middle of the meeting, the instant it ends, and the
    /// Wednesday after clocks went forward (Stockholm time: 12:55, 14:30, 16:00, 10:00).
    @ParameterizedTest(name = "the history plays up to {0}")
    @ValueSource(strings = {"2026-03-10T11:55:00Z", "2026-03-10T13:30:00Z", "2026-03-10T15:00:00Z",
            "2026-04-01T08:00:00Z"})
    void the_history_plays_up_to_any_moment_of_the_week(String instant) {
        var now = Instant.parse(instant);
        var clock = new MutableClock(now);
        try (var other = App.open(TestServer.memoryDb(), clock)) {
            Demo.seed(other, clock, now);

            var all = other.blockers().list("all", null);
            assertThat(all).hasSizeGreaterThan(120).allMatch(b -> !b.raisedAt().isAfter(now));
            assertThat(all).anyMatch(b -> b.status() == Status.OPEN);
            assertThat(clock.instant()).isEqualTo(now);
            var current = Schedule.of(other.calendar().settings()).current(now);
            var meeting = other.meetings().get(current.date().toString());
            var expected = now.isBefore(current.startsAt().plus(Duration.ofMinutes(1)))
                    ? MeetingStatus.PLANNED : MeetingStatus.RUNNING;
            assertThat(meeting.status()).isEqualTo(expected);
            if (expected == MeetingStatus.RUNNING) {
                assertThat(meeting.attendees()).hasSizeGreaterThan(8);
                assertThat(all).anyMatch(b -> b.resolvedAt() != null && b.resolvedAt().isAfter(current.startsAt()));
            }
        }
    }

    /// True when `t` falls inside a Tuesday meeting's three hours.
    private static boolean meetingAt(Instant t) {
        var local = t.atZone(calendar.zone());
        if (local.getDayOfWeek() != DayOfWeek.TUESDAY) {
            return false;
        }
        var slot = schedule.on(local.toLocalDate());
        return !t.isBefore(slot.startsAt()) && !t.isAfter(slot.endsAt());
    }
}
