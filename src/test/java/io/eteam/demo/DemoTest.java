package io.eteam.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.App;
import io.eteam.action.Action;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerEvent;
import io.eteam.blocker.Status;
import io.eteam.calendar.WorkCalendar;
import io.eteam.meeting.Meeting;
import io.eteam.meeting.MeetingStatus;
import io.eteam.meeting.Schedule;
import io.eteam.people.Person;
import io.eteam.people.Role;
import io.eteam.sla.SlaStatus;
import io.eteam.support.TestServer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
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

/// The demo seeded once, on a Thursday morning in Stockholm, and read back through the services;
/// then seeded at other moments, each of which must tell the same story (DEMO-5–DEMO-8).
class DemoTest {

    /// Thursday 12 March 2026, 10:30 in Stockholm: the demo meets on Thursdays from 09:45.
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
    void twelve_weeks_of_blockers_are_raised_between_meetings_and_end_now() {
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
    void the_demo_meets_on_the_weekday_it_starts_from_shortly_before_and_keeps_swedens_holidays() {
        var settings = app.calendar().settings();

        assertThat(settings.meetingDay()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(settings.meetingTime()).isEqualTo(LocalTime.of(9, 45));
        assertThat(settings.meetingMinutes()).isEqualTo(180);
        assertThat(settings.holidaySources()).containsExactly("se");
        assertThat(calendar.holidays()).contains(java.time.LocalDate.parse("2025-12-25"), java.time.LocalDate.parse("2026-01-06"));
        var aroundTheClock = app.calendar().calendars(settings).of(History.AROUND_THE_CLOCK);
        assertThat(aroundTheClock.workingDays()).hasSize(7);
        assertThat(aroundTheClock.minutesPerDay()).isEqualTo(24 * 60);
    }

    @Test
    void most_blockers_are_decided_in_the_meeting_and_the_rest_by_the_raiser_or_a_chair_between_meetings() {
        var resolved = blockers.stream().filter(b -> b.status() == Status.RESOLVED).toList();
        var between = resolved.stream().filter(b -> !meetingAt(b.resolvedAt())).toList();

        assertThat(resolved).hasSizeGreaterThan(100);
        assertThat(resolved.size() - between.size()).isGreaterThan(resolved.size() / 2);
        assertThat(between).hasSizeGreaterThan(20);
        var closers = between.stream().map(b -> histories.get(b.id()).get(histories.get(b.id()).size() - 1).actor()).toList();
        assertThat(closers).contains("maja", "david").anyMatch(c -> !c.equals("maja") && !c.equals("david"));
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
    void a_chair_overrules_the_deferral_check_once_after_the_raiser_was_refused() {
        var overruled = blockers.stream()
                .filter(b -> histories.get(b.id()).stream().anyMatch(e -> e.action().equals("deferral_overruled")))
                .toList();

        assertThat(overruled).singleElement().satisfies(b -> {
            assertThat(b.decision()).isEqualTo("Postpone episode 4 until the court rules.");
            var events = histories.get(b.id());
            var refused = events.stream().filter(e -> e.action().equals("deferral_refused")).findFirst().orElseThrow();
            var overrule = events.stream().filter(e -> e.action().equals("deferral_overruled")).findFirst().orElseThrow();
            assertThat(refused.actor()).isEqualTo(b.raisedBy());
            assertThat(overrule.actor()).isIn("maja", "david");
            assertThat(overrule.change()).contains("only the court can date the episode");
            assertThat(refused.at()).isBefore(overrule.at());
        });
    }

    @Test
    void a_few_blockers_are_withdrawn_by_their_raiser_with_a_reason() {
        var withdrawn = blockers.stream().filter(b -> b.status() == Status.WITHDRAWN).toList();

        assertThat(withdrawn).hasSizeBetween(1, 30);
        assertThat(withdrawn).allSatisfy(b -> {
            assertThat(b.decision()).isIn(Catalogue.WITHDRAWALS);
            assertThat(b.owner()).isNull();
            assertThat(histories.get(b.id()).get(histories.get(b.id()).size() - 1).actor()).isEqualTo(b.raisedBy());
        });
    }

    @Test
    void the_twelve_past_meetings_were_held_with_most_vps_checked_in_and_this_one_is_running() {
        var current = schedule.current(NOW);
        var past = new ArrayList<Meeting>();
        for (int k = 1; k <= 12; k++) {
            past.add(app.meetings().get(current.date().minusWeeks(k).toString()));
        }

        assertThat(past).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(MeetingStatus.ENDED);
            assertThat(m.attendees()).hasSizeBetween(9, 16);
            assertThat(m.attendees()).anyMatch(a -> a.role().equals("chair"));
            assertThat(m.startedAt()).isBetween(m.startsAt(), m.startsAt().plus(Duration.ofMinutes(5)));
            assertThat(m.endedAt()).isBetween(m.startedAt(), m.endsAt());
        });
        assertThat(past).flatExtracting(Meeting::attendees).anyMatch(a -> !a.checkedInBy().equals(a.handle()));
        assertThat(app.meetings().get(current.date().toString()).status()).isEqualTo(MeetingStatus.RUNNING);
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
        assertThat(text).contains("The E-Team is meeting now (in this demo on Thursdays at 09:45): follow it at "
                + "http://localhost:7070/meetings/2026-03-12");
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

    /// Whenever the demo starts, it tells one story: a meeting under way with VPs checked in,
    /// some items decided and the next on the clock; about four in five blockers met the target
    /// over the twelve weeks before, a few breached; one or two open blockers past the target and
    /// at least one at risk; one or two actions overdue on the meeting's follow-up, others open or
    /// done; a refused deferral and a chair's overrule in the history. Stockholm times: Monday
    /// 10:30, Tuesday 14:00 in the E-Team's own meeting, Wednesday 18:20, Friday 09:10, Saturday
    /// 21:00, Sunday 00:10, May Day (a Swedish holiday) 11:00, New Year's Eve 15:00, 2 January
    /// 11:00, and the Sunday clocks go forward, 03:30.
    @ParameterizedTest(name = "the demo started at {0}")
    @ValueSource(strings = {"2026-03-09T09:30:00Z", "2026-03-10T13:00:00Z", "2026-03-11T17:20:00Z",
            "2026-03-13T08:10:00Z", "2026-03-14T20:00:00Z", "2026-03-14T23:10:00Z", "2026-05-01T09:00:00Z",
            "2025-12-31T14:00:00Z", "2026-01-02T10:00:00Z", "2026-03-29T01:30:00Z"})
    void the_demo_tells_the_same_story_whenever_it_starts(String instant) {
        var now = Instant.parse(instant);
        var clock = new MutableClock(now);
        try (var other = App.open(TestServer.memoryDb(), clock)) {
            Demo.seed(other, clock, now);

            assertThat(clock.instant()).isEqualTo(now);
            var current = Schedule.of(other.calendar().settings()).current(now);
            var live = other.meetings().live(current.date().toString());
            assertThat(live.meeting().status()).isEqualTo(MeetingStatus.RUNNING);
            assertThat(live.meeting().startedAt()).isBefore(now);
            assertThat(live.meeting().attendees()).hasSizeGreaterThanOrEqualTo(10);
            assertThat(live.decided()).hasSizeBetween(1, 3);
            assertThat(live.current()).isNotNull();
            assertThat(live.current().cameUpAt()).isBefore(now);
            assertThat(live.current().secondsLeft()).isPositive();

            var twelveWeeks = other.sla().report(null, current.date().minusWeeks(12).toString(),
                    current.date().minusDays(1).toString()).summary();
            assertThat((double) twelveWeeks.met() / twelveWeeks.resolved()).as("share met of %s", twelveWeeks)
                    .isBetween(0.75, 0.85);
            assertThat(twelveWeeks.breached()).isGreaterThanOrEqualTo(10);
            // The report opens on last week: most met, though a week of Christmas may have no breach at all.
            var lastWeek = other.sla().report(null, null, null).summary();
            assertThat(lastWeek.resolved()).isGreaterThanOrEqualTo(5);
            assertThat(lastWeek.breached()).as("breached last week").isLessThanOrEqualTo(lastWeek.resolved() / 3);

            var open = other.blockers().list("open", null);
            var readings = other.sla().read(open);
            assertThat(readings).filteredOn(r -> r.sla() == SlaStatus.AT_RISK).isNotEmpty();
            assertThat(readings).filteredOn(r -> r.sla() == SlaStatus.BREACHED).hasSizeBetween(1, 2);
            assertThat(other.blockers().list("all", null)).filteredOn(b -> b.status() != Status.OPEN)
                    .anyMatch(b -> !b.resolvedAt().isBefore(current.startsAt())
                            && other.sla().read(b).sla() == SlaStatus.BREACHED);

            var overdue = other.actions().list(null, "overdue");
            assertThat(overdue).hasSizeBetween(1, 2);
            assertThat(live.followUp()).extracting(Action::id).containsAll(overdue.stream().map(Action::id).toList());
            assertThat(other.actions().list(null, "open")).isNotEmpty();
            assertThat(other.actions().list(null, "done")).hasSizeGreaterThan(20);

            var actions = other.blockers().list("all", null).stream()
                    .flatMap(b -> other.blockers().history(b.id()).stream()).map(BlockerEvent::action).toList();
            assertThat(actions).contains("deferral_refused", "deferral_overruled");
        }
    }

    @Test
    void the_demo_keeps_the_e_teams_schedule_when_its_meeting_is_well_under_way() {
        var defaults = new Schedule(ZoneId.of("Europe/Stockholm"), DayOfWeek.TUESDAY, LocalTime.of(13, 0), 180);

        assertThat(History.runningAt(defaults, Instant.parse("2026-03-10T12:40:00Z"))).isEqualTo(defaults);
        assertThat(History.runningAt(defaults, Instant.parse("2026-03-10T12:05:00Z")).time()).isEqualTo(LocalTime.of(12, 15));
        assertThat(History.runningAt(defaults, Instant.parse("2026-03-10T14:50:00Z")).time()).isEqualTo(LocalTime.of(15, 0));
    }

    @Test
    void elsewhere_the_demo_meets_on_the_quarter_hour_45_to_60_minutes_before_now_and_never_the_day_before() {
        var defaults = new Schedule(ZoneId.of("Europe/Stockholm"), DayOfWeek.TUESDAY, LocalTime.of(13, 0), 180);

        assertThat(History.runningAt(defaults, Instant.parse("2026-03-14T20:00:00Z")))
                .isEqualTo(new Schedule(defaults.zone(), DayOfWeek.SATURDAY, LocalTime.of(20, 15), 180));
        assertThat(History.runningAt(defaults, Instant.parse("2026-03-14T23:10:00Z")))
                .isEqualTo(new Schedule(defaults.zone(), DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, 180));
        // 03:30 on the morning clocks go forward: 02:00-03:00 does not exist, so 02:45 would be 03:45.
        assertThat(History.runningAt(defaults, Instant.parse("2026-03-29T01:30:00Z")).time()).isEqualTo(LocalTime.of(2, 0));
    }

    /// True when `t` falls inside a meeting's three hours.
    private static boolean meetingAt(Instant t) {
        var local = t.atZone(calendar.zone());
        if (!schedule.isMeetingDay(local.toLocalDate())) {
            return false;
        }
        var slot = schedule.on(local.toLocalDate());
        return !t.isBefore(slot.startsAt()) && !t.isAfter(slot.endsAt());
    }
}
