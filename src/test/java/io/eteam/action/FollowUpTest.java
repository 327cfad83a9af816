package io.eteam.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The agenda opens with follow-up (ACT-4, AGD-9), through the real API and the real CLI: a
/// decision due last week that is not done shows as overdue the day after its due date, in
/// `eteam actions --overdue` and at the top of the next agenda, in a time box that counts
/// against the meeting's three hours.
class FollowUpTest {

    /// Monday 30 November 2026, 10:00 in Stockholm; the meetings are Tuesdays 1 and 8 December, 13:00–16:00.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static String music;
    static String podcasts;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        music = server.add("vp-music", "vp");
        podcasts = server.add("vp-podcasts", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void monday() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        setFollowUpMinutes(10);
    }

    static void setFollowUpMinutes(int minutes) {
        var set = server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"follow_up_minutes\": " + minutes + "}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    static long raise(String title, int minutes) {
        var raised = server.http.post("/api/v1/blockers", music,
                "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \"high\", \"minutes\": " + minutes + "}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    static long resolved(String title, String owner, String due) {
        long id = raise(title, 15);
        var resolve = server.http.post("/api/v1/blockers/" + id + "/resolve", music, "{\"decision\": \"Finance signs the " + title
                + " contract\", \"owner\": \"" + owner + "\", \"due\": \"" + due + "\"}");
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        return id;
    }

    static JsonNode agenda(String date) {
        var agenda = server.http.get("/api/v1/meetings/" + date + "/agenda", music);
        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
        return agenda.json();
    }

    static List<Long> followUpIds(JsonNode agenda) {
        var ids = new ArrayList<Long>();
        agenda.path("follow_up").forEach(a -> ids.add(a.path("id").asLong()));
        return ids;
    }

    Cli cli(String token) {
        var cli = new Cli(home.resolve(token.substring(0, 8)));
        assertThat(cli.run("login", "--server", server.url(), "--token", token).exit()).isZero();
        return cli;
    }

    @Test
    void an_action_due_before_the_next_meeting_and_not_done_opens_its_agenda_overdue_with_its_owner() {
        long late = resolved("label deal", "vp-podcasts", "2026-12-02");
        long dueThatDay = resolved("studio", "vp-music", "2026-12-08");
        long later = resolved("video", "vp-music", "2026-12-09");
        long done = resolved("catalogue", "vp-podcasts", "2026-12-03");
        assertThat(server.http.post("/api/v1/actions/" + done + "/done", podcasts, "{}").status()).isEqualTo(200);

        clock.set(Instant.parse("2026-12-03T08:00:00Z"));   // Thursday: the label deal was due yesterday
        var overdue = cli(podcasts).run("actions", "--overdue");
        assertThat(overdue.exit()).as(overdue.err()).isZero();
        assertThat(overdue.out()).contains("Finance signs the label deal contract").contains("overdue")
                .doesNotContain("studio contract").doesNotContain("catalogue contract");

        var next = agenda("next");
        assertThat(next.path("meeting").path("date").asText()).isEqualTo("2026-12-08");
        assertThat(followUpIds(next)).containsExactly(late, dueThatDay).doesNotContain(later, done);
        var first = next.path("follow_up").get(0);
        assertThat(first.path("owner").asText()).isEqualTo("vp-podcasts");
        assertThat(first.path("status").asText()).isEqualTo("overdue");
        assertThat(first.path("due").asText()).isEqualTo("2026-12-02");
        assertThat(next.path("follow_up").get(1).path("status").asText()).as("due on the meeting's day").isEqualTo("open");
        var fields = new ArrayList<String>();
        next.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("follow_up comes before the items").containsSubsequence("meeting", "follow_up", "items");

        var printed = cli(music).run("agenda", "--date", "2026-12-08");
        assertThat(printed.exit()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Follow-up 13:00–13:10: 2 actions due and not done");
        assertThat(printed.out().indexOf("Finance signs the label deal contract"))
                .isGreaterThan(printed.out().indexOf("Follow-up")).isLessThan(printed.out().indexOf("Finance signs the studio contract"));
    }

    static void everyActionDone() {
        for (var a : server.http.get("/api/v1/actions", music).json().path("actions")) {
            if (!a.path("status").asText().equals("done")) {
                assertThat(server.http.post("/api/v1/actions/" + a.path("id").asLong() + "/done", server.chairToken, "{}").status())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void the_follow_up_time_box_counts_against_the_meeting_and_moves_the_cut_off_line() {
        everyActionDone();
        var agendaDate = "2026-12-08";
        // Six blockers of 30 minutes fill the three hours exactly, with no follow-up.
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            ids.add(raise("Fill " + i, 30));
        }
        clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        var free = agenda(agendaDate);
        var withoutActions = free.path("items").size();
        assertThat(free.path("meeting").path("follow_up_minutes").asInt()).as("no action due: no time kept").isZero();

        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long action = resolved("box", "vp-music", "2026-12-07");
        clock.set(Instant.parse("2026-12-04T08:00:00Z"));
        var boxed = agenda(agendaDate);
        assertThat(boxed.path("meeting").path("follow_up_minutes").asInt()).isEqualTo(10);
        assertThat(boxed.path("items").get(0).path("starts_at").asText()).isEqualTo("2026-12-08T12:10:00Z");
        assertThat(boxed.path("items").size()).as("ten minutes of follow-up push the last 30-minute item below the line")
                .isEqualTo(withoutActions - 1);

        setFollowUpMinutes(0);
        var none = agenda(agendaDate);
        assertThat(followUpIds(none)).contains(action);
        assertThat(none.path("items").size()).isEqualTo(withoutActions);

        // Marked done before the meeting: it leaves the follow-up, and its time with it.
        setFollowUpMinutes(10);
        assertThat(server.http.post("/api/v1/actions/" + action + "/done", music, "{}").status()).isEqualTo(200);
        var after = agenda(agendaDate);
        assertThat(followUpIds(after)).doesNotContain(action);
        assertThat(after.path("items").size()).isEqualTo(withoutActions);
        for (var id : ids) {
            var withdrawn = server.http.post("/api/v1/blockers/" + id + "/withdraw", music, "{\"reason\": \"The team found another way round it\"}");
            assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        }
    }

    @Test
    void a_chair_sets_the_time_box_from_0_to_60_minutes_and_bad_values_change_nothing() {
        var chair = cli(server.chairToken);
        var set = chair.run("calendar", "set", "--follow-up-minutes", "15");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("opening with 15 minutes of follow-up");

        for (var bad : new String[] {"-1", "61", "ten", "1e3", "2147483648"}) {
            var refused = server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"follow_up_minutes\": \"" + bad + "\"}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
        }
        assertThat(server.http.send("PUT", "/api/v1/calendar", music, "{\"follow_up_minutes\": 5}").status()).isEqualTo(403);
        assertThat(server.http.get("/api/v1/calendar", music).json().path("follow_up_minutes").asInt()).isEqualTo(15);
    }
}
