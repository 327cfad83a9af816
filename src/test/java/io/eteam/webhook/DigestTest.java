package io.eteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.Receiver;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// HOOK-7 — the weekly digest goes once a week, at the time a chair sets, to the webhooks that want
/// it: last week's SLA report in Markdown and the actions not done.
class DigestTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WITHIN = Duration.ofSeconds(15);
    /// Monday 30 November 2026, 10:00 in Stockholm.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static Receiver receiver;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        receiver = Receiver.start(0);
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
    }

    @Test
    void the_digest_goes_once_a_week_at_the_chairs_time_with_the_report_and_the_actions_not_done() throws Exception {
        var music = server.add("vp-music", "vp");
        var raised = server.http.post("/api/v1/blockers", music, "{\"title\": \"Label deal | Brazil\", \"kind\": \"blocked\"}");
        long id = raised.json().path("id").asLong();
        server.http.post("/api/v1/blockers/" + id + "/resolve", music,
                "{\"decision\": \"Finance signs the <label> deal\", \"owner\": \"vp-music\", \"due\": \"2026-12-02\"}");
        var chair = new Cli(home.resolve("chair"));
        assertThat(chair.run("login", "--server", server.url(), "--token", server.chairToken).exit()).isZero();
        assertThat(chair.run("webhooks", "add", receiver.url("/digest"), "--events", "digest").exit()).isZero();
        assertThat(chair.run("webhooks", "add", receiver.url("/slack"), "--events", "digest", "--format", "slack").exit()).isZero();
        var set = chair.run("webhooks", "digest", "--day", "TUE", "--time", "08:30");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("every TUE at 08:30");
        assertThat(server.http.send("PUT", "/api/v1/webhooks/digest", music, "{\"day\": \"WED\"}").status()).isEqualTo(403);
        assertThat(server.http.send("PUT", "/api/v1/webhooks/digest", server.chairToken, "{\"day\": \"someday\"}").status()).isEqualTo(400);
        assertThat(server.http.send("PUT", "/api/v1/webhooks/digest", server.chairToken, "{\"time\": \"25:00\"}").status()).isEqualTo(400);

        var digest = server.app.digest();
        clock.set(Instant.parse("2026-12-08T07:29:00Z"));   // Tuesday 08:29 in Stockholm
        assertThat(digest.send()).isZero();
        clock.set(Instant.parse("2026-12-08T07:30:00Z"));
        assertThat(digest.send()).isEqualTo(2);
        assertThat(digest.send()).as("once a week").isZero();

        var json = receiver.await(r -> r.path().equals("/digest"), 1, WITHIN);
        assertThat(json).hasSize(1);
        var body = JSON.readTree(json.get(0).body());
        assertThat(body.path("type").asText()).isEqualTo("digest");
        assertThat(body.path("week").asText()).isEqualTo("2026-W50");
        assertThat(body.path("report_from").asText()).isEqualTo("2026-11-30");
        assertThat(body.path("markdown").asText()).contains("# E-Team weekly digest, 2026-W50", "## Actions not done",
                "Finance signs the \\<label\\> deal", "Label deal \\| Brazil");
        assertThat(body.path("actions").get(0).path("status").asText()).isEqualTo("overdue");
        assertThat(json.get(0).header("X-Eteam-Delivery")).startsWith("digest-2026-W50.");
        var slack = receiver.await(r -> r.path().equals("/slack"), 1, WITHIN);
        assertThat(JSON.readTree(slack.get(0).body()).path("text").asText()).contains("E-Team weekly digest")
                .contains("\\&lt;label\\&gt;").doesNotContain("<label>");

        clock.set(Instant.parse("2026-12-15T07:31:00Z"));   // the next Tuesday
        assertThat(digest.send()).isEqualTo(2);
        assertThat(receiver.await(r -> r.path().equals("/digest"), 2, WITHIN)).hasSize(2);
    }
}
