package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/// Recurring blockers and follow-through in the report, through the real API and CLI: a blocker
/// names the one it repeats (BLK-11), a close title is suggested (BLK-12), an overdue action is
/// raised again in one step (ACT-5), and the weekly report counts recurrences per area and
/// actions per owner (SLA-16, SLA-17). The clock only moves forward, so the tests run in order.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecurringBlockersTest {

    /// Monday 30 November 2026 (ISO week 2026-W49), 10:00 in Stockholm.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static String music;
    static String podcasts;
    static String member;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        music = server.add("vp-music", "vp");
        podcasts = server.add("vp-podcasts", "vp");
        member = server.add("staff", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode raise(String json) {
        var raised = server.http.post("/api/v1/blockers", music, json);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json();
    }

    static long resolved(String title, String blocking, String due) {
        long id = raise("{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"blocking\": \"" + blocking + "\"}").path("id").asLong();
        var resolve = server.http.post("/api/v1/blockers/" + id + "/resolve", music, "{\"decision\": \"Finance signs the "
                + title + " contract\", \"owner\": \"" + blocking + "\", \"due\": \"" + due + "\"}");
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        return id;
    }

    Cli cli(String token) {
        var cli = new Cli(home.resolve(token.substring(0, 8)));
        assertThat(cli.run("login", "--server", server.url(), "--token", token).exit()).isZero();
        return cli;
    }

    @Test
    @Order(1)
    void a_new_title_close_to_a_resolved_blockers_is_suggested_and_naming_it_links_them() {
        long earlier = resolved("Label deal blocks the Brazil launch", "vp-podcasts", "2026-12-04");

        var again = cli(music).run("raise", "Label deal blocking Brazil launch again", "--kind", "blocked");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("It looks like blocker " + earlier + " \"Label deal blocks the Brazil launch\"");
        long suggested = Long.parseLong(again.lastLine().strip());
        var unrelated = raise("{\"title\": \"Studio lease renewal\", \"kind\": \"blocked\"}");
        assertThat(unrelated.path("similar")).isEmpty();

        var linked = raise("{\"title\": \"Brazil launch held up by the label deal\", \"kind\": \"blocked\", \"blocking\": \"vp-podcasts\", "
                + "\"repeats\": " + earlier + "}");
        assertThat(linked.path("repeats").asLong()).isEqualTo(earlier);
        assertThat(linked.path("similar")).as("nothing to suggest once named").isEmpty();

        var patched = server.http.patch("/api/v1/blockers/" + suggested, music, "{\"repeats\": " + earlier + "}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("repeats").asLong()).isEqualTo(earlier);
        var history = server.http.get("/api/v1/blockers/" + suggested, member).json().path("history").toString();
        assertThat(history).contains("repeats");
    }

    @Test
    @Order(2)
    void repeats_must_name_an_earlier_closed_blocker_and_anything_else_changes_nothing() {
        long open = raise("{\"title\": \"Catalogue feed late\", \"kind\": \"blocked\"}").path("id").asLong();
        long closed = resolved("Pricing test stalled", "vp-music", "2026-12-11");
        int before = server.http.get("/api/v1/blockers?status=all", member).json().size();

        for (var bad : new String[] {String.valueOf(open), "999999", "0", "-1", "\"12\"", "1.5", "true", "[1]"}) {
            var refused = server.http.post("/api/v1/blockers", music, "{\"title\": \"Again\", \"kind\": \"blocked\", \"repeats\": " + bad + "}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
        }
        var later = server.http.patch("/api/v1/blockers/" + open, music, "{\"repeats\": " + (closed) + "}");
        assertThat(later.status()).as("a later blocker is not repeated").isEqualTo(400);
        assertThat(later.json().path("field").asText()).isEqualTo("repeats");
        assertThat(server.http.get("/api/v1/blockers?status=all", member).json().size()).isEqualTo(before);
        assertThat(server.http.get("/api/v1/blockers/" + open, member).json().path("repeats").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void an_overdue_action_is_raised_again_in_one_step_blocked_by_its_owner_and_leaves_the_follow_up() {
        long action = resolved("Video rights", "vp-podcasts", "2026-12-02");
        var notYet = server.http.post("/api/v1/actions/" + action + "/blocker", music, "{}");
        assertThat(notYet.status()).as("not overdue yet").isEqualTo(409);

        clock.set(Instant.parse("2026-12-03T09:00:00Z"));   // Thursday: due yesterday
        assertThat(server.http.post("/api/v1/actions/" + action + "/blocker", member, "{}").status()).isEqualTo(403);
        var agendaBefore = server.http.get("/api/v1/meetings/2026-12-08/agenda", music).json();
        assertThat(agendaBefore.path("follow_up").findValuesAsText("id")).contains(String.valueOf(action));

        var escalated = cli(music).run("escalate", String.valueOf(action));
        assertThat(escalated.exit()).as(escalated.err()).isZero();
        long again = Long.parseLong(escalated.lastLine().strip());
        var blocker = server.http.get("/api/v1/blockers/" + again, member).json();
        assertThat(blocker.path("title").asText()).isEqualTo("Overdue action #" + action + ": Finance signs the Video rights contract");
        assertThat(blocker.path("blocking").asText()).isEqualTo("vp-podcasts");
        assertThat(blocker.path("repeats").asLong()).isEqualTo(action);
        assertThat(blocker.path("impact").asText()).isEqualTo("high");
        var twice = server.http.post("/api/v1/actions/" + action + "/blocker", music, "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("message").asText()).contains("blocker " + again);

        var agendaAfter = server.http.get("/api/v1/meetings/2026-12-08/agenda", music).json();
        assertThat(agendaAfter.path("follow_up").findValuesAsText("id")).doesNotContain(String.valueOf(action));
        assertThat(agendaAfter.path("items").findValuesAsText("blocker_id")).contains(String.valueOf(again));
    }

    @Test
    @Order(4)
    void the_weekly_report_counts_recurrences_per_blocking_area_and_actions_per_owner() {
        // Week 2026-W49: actions due 2, 3 and 4 December; recurrences raised that week.
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        var report = server.http.get("/api/v1/reports/sla?week=2026-W49", member).json();

        JsonNode podcastsArea = null;
        for (var r : report.path("recurrences")) {
            if (r.path("blocking").asText().equals("vp-podcasts")) {
                podcastsArea = r;
            }
        }
        assertThat(podcastsArea).as(report.path("recurrences").toString()).isNotNull();
        assertThat(podcastsArea.path("count").asInt()).as("the linked raise, the escalation").isEqualTo(2);
        JsonNode owner = null;
        for (var a : report.path("actions")) {
            if (a.path("owner").asText().equals("vp-podcasts")) {
                owner = a;
            }
        }
        assertThat(owner).as(report.path("actions").toString()).isNotNull();
        assertThat(owner.path("due").asInt()).isEqualTo(2);     // label deal (4 Dec), video rights (2 Dec)
        assertThat(owner.path("overdue").asInt()).isEqualTo(2);
        var md = server.http.get("/api/v1/reports/sla?week=2026-W49&format=md", member).body();
        assertThat(md).contains("## Actions due, by owner").contains("## The same problem came back")
                .contains("| vp-podcasts | 2 |");
    }
}
