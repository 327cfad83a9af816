package io.eteam.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Follow-through (ACT-1–ACT-3) through the real API and the real CLI: a resolution's decision is
/// an action for its owner, open until its due date, overdue from the day after, done by its
/// owner or a chair.
class ActionApiTest {

    /// Monday 30 November 2026, 10:00 in Stockholm.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static String music;
    static String podcasts;
    static String member;

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

    static long resolved(String title, String owner, String due) {
        var raised = server.http.post("/api/v1/blockers", music, "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().path("id").asLong();
        var resolve = server.http.post("/api/v1/blockers/" + id + "/resolve", music, "{\"decision\": \"Finance signs the " + title
                + " contract\", \"owner\": \"" + owner + "\"" + (due == null ? "" : ", \"due\": \"" + due + "\"") + "}");
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        return id;
    }

    static com.fasterxml.jackson.databind.JsonNode action(long id) {
        for (var a : server.http.get("/api/v1/actions", member).json().path("actions")) {
            if (a.path("id").asLong() == id) {
                return a;
            }
        }
        throw new AssertionError("no action " + id);
    }

    @Test
    void a_resolution_is_an_action_open_until_its_due_date_and_overdue_the_day_after() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long id = resolved("label deal", "vp-podcasts", "2026-12-02");

        var open = action(id);
        assertThat(open.path("status").asText()).isEqualTo("open");
        assertThat(open.path("owner").asText()).isEqualTo("vp-podcasts");
        assertThat(open.path("due").asText()).isEqualTo("2026-12-02");
        assertThat(open.path("decision").asText()).isEqualTo("Finance signs the label deal contract");
        assertThat(open.path("id").asLong()).as("an action goes by its blocker's id").isEqualTo(id);

        clock.set(Instant.parse("2026-12-02T22:30:00Z"));   // 23:30 on the due date in Stockholm
        assertThat(action(id).path("status").asText()).isEqualTo("open");
        clock.set(Instant.parse("2026-12-02T23:30:00Z"));   // 00:30 the day after
        assertThat(action(id).path("status").asText()).isEqualTo("overdue");
        assertThat(server.http.get("/api/v1/actions?status=overdue", member).json().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(server.http.get("/api/v1/actions?status=open", member).json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(server.http.get("/api/v1/actions?owner=vp-music", member).json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
    }

    @Test
    void only_the_owner_or_a_chair_marks_it_done_and_only_once() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long id = resolved("studio", "vp-podcasts", "2026-12-10");

        var byRaiser = server.http.post("/api/v1/actions/" + id + "/done", music, "{}");
        var byMember = server.http.post("/api/v1/actions/" + id + "/done", member, "{}");
        var byOwner = server.http.post("/api/v1/actions/" + id + "/done", podcasts, "{\"note\": \"Signed Tuesday\"}");
        var again = server.http.post("/api/v1/actions/" + id + "/done", server.chairToken, "{}");

        assertThat(byRaiser.status()).isEqualTo(403);
        assertThat(byRaiser.json().path("message").asText()).contains("vp-podcasts");
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byOwner.status()).as(byOwner.body()).isEqualTo(200);
        assertThat(byOwner.json().path("status").asText()).isEqualTo("done");
        assertThat(byOwner.json().path("done_by").asText()).isEqualTo("vp-podcasts");
        assertThat(byOwner.json().path("note").asText()).isEqualTo("Signed Tuesday");
        assertThat(again.status()).isEqualTo(409);
        assertThat(action(id).path("status").asText()).isEqualTo("done");
    }

    @Test
    void a_chair_marks_another_persons_action_done_and_a_decision_without_a_due_date_is_done_when_decided() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long dated = resolved("catalogue", "vp-music", "2026-12-01");
        long complete = resolved("pricing", "vp-music", null);

        assertThat(server.http.post("/api/v1/actions/" + dated + "/done", server.chairToken, "").status()).isEqualTo(200);
        var undated = action(complete);
        assertThat(undated.path("status").asText()).isEqualTo("done");
        assertThat(undated.path("done_at").asText()).isEqualTo(undated.path("decided_at").asText());
        assertThat(server.http.post("/api/v1/actions/" + complete + "/done", music, "{}").status()).isEqualTo(409);
    }

    @Test
    void bad_input_is_a_4xx_and_changes_nothing() {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long id = resolved("bad input", "vp-music", "2026-12-20");
        var open = server.http.post("/api/v1/blockers", music, "{\"title\": \"Still open\", \"kind\": \"blocked\"}").json().path("id").asLong();

        assertThat(server.http.post("/api/v1/actions/" + open + "/done", music, "{}").status()).isEqualTo(404);
        assertThat(server.http.post("/api/v1/actions/999999/done", music, "{}").status()).isEqualTo(404);
        assertThat(server.http.post("/api/v1/actions/abc/done", music, "{}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/actions/" + id + "/done", music, "{\"note\": \"" + "x".repeat(2001) + "\"}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/actions/" + id + "/done", music, "{\"note\": 5}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/actions/" + id + "/done", music, "not json").status()).isEqualTo(400);
        assertThat(server.http.get("/api/v1/actions?status=later", music).status()).isEqualTo(400);
        assertThat(server.http.get("/api/v1/actions", null).status()).isEqualTo(401);
        assertThat(action(id).path("status").asText()).isEqualTo("open");
        // A due date no action has, however it is typed, is refused before it reaches the database.
        for (var due : new String[] {"+999999999-12-28", "-999999999-01-01", "2032-12-01", "20261231"}) {
            var refused = server.http.post("/api/v1/blockers/" + open + "/resolve", music,
                    "{\"decision\": \"Finance signs\", \"owner\": \"vp-music\", \"due\": \"" + due + "\"}");
            assertThat(refused.status()).as(due).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("due");
        }
        assertThat(server.http.get("/api/v1/blockers/" + open, music).json().path("status").asText()).isEqualTo("open");
    }

    @Test
    void the_cli_lists_overdue_actions_and_marks_one_done(@TempDir Path home) {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        long id = resolved("cli deal", "vp-music", "2026-12-01");
        clock.advance(Duration.ofDays(3));
        var cli = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", music);

        var overdue = cli.run("actions", "--overdue", "--mine");
        var done = cli.run("done", String.valueOf(id), "--note", "Signed");
        var after = cli.run("actions", "--overdue", "--mine");

        assertThat(overdue.exit()).as(overdue.err()).isZero();
        assertThat(overdue.out()).containsPattern(id + "\\s+2026-12-01\\s+overdue\\s+vp-music\\s+Finance signs the cli deal");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out()).contains("Action " + id + " done");
        assertThat(after.out()).doesNotContain("cli deal");
        var refused = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", podcasts).run("done", String.valueOf(id));
        assertThat(refused.exit()).isEqualTo(3);
    }
}
