package io.eteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.Receiver;
import io.eteam.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/// HOOK-6 — a blocker is warned of once when it becomes at risk and once when it breaches, naming
/// its raiser and the VP whose area blocks, on the webhooks that want it. The clock only moves
/// forward, so the tests run in order.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BreachWarningsTest {

    static final Duration WITHIN = Duration.ofSeconds(15);
    /// Monday 30 November 2026, 10:00 in Stockholm: 2.5 working days (09–17) later is Wednesday 14:00.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static Receiver receiver;
    static String music;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        music = server.add("vp-music", "vp");
        server.add("vp-podcasts", "vp");
        receiver = Receiver.start(0);
        var hook = server.http.post("/api/v1/webhooks", server.chairToken, "{\"url\": \"" + receiver.url("/warnings")
                + "\", \"events\": [\"blocker.at_risk\", \"blocker.breached\"]}");
        assertThat(hook.status()).as(hook.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
    }

    @Test
    @Order(1)
    void a_blocker_is_warned_of_once_at_risk_and_once_breached_naming_its_raiser_and_the_blocking_vp() {
        var raised = server.http.post("/api/v1/blockers", music,
                "{\"title\": \"Label deal\", \"kind\": \"blocked\", \"blocking\": \"vp-podcasts\"}");
        long id = raised.json().path("id").asLong();
        var warnings = server.app.warnings();

        // Monday: the target (Wednesday 14:00) falls after Tuesday's meeting ends: nothing to warn of.
        assertThat(warnings.scan()).isZero();

        clock.set(Instant.parse("2026-12-01T16:00:00Z"));   // Tuesday 17:00: the next meeting is 8 December
        assertThat(warnings.scan()).isEqualTo(1);
        assertThat(warnings.scan()).as("once").isZero();
        var atRisk = receiver.await(r -> r.body().contains("\"blocker_id\":" + id + ","), 1, WITHIN);
        assertThat(atRisk).hasSize(1);
        assertThat(atRisk.get(0).header("X-Eteam-Event")).isEqualTo("blocker.at_risk");
        assertThat(atRisk.get(0).body()).contains("\"raised_by\":\"vp-music\"", "\"blocking\":\"vp-podcasts\"", "\"by\":\"eteam\"",
                "\"target_at\":\"2026-12-02T13:00:00Z\"");

        clock.set(Instant.parse("2026-12-02T12:59:00Z"));   // Wednesday 13:59: still within
        assertThat(warnings.scan()).isZero();
        clock.set(Instant.parse("2026-12-02T13:01:00Z"));
        assertThat(warnings.scan()).isEqualTo(1);
        assertThat(warnings.scan()).isZero();
        var both = receiver.await(r -> r.body().contains("\"blocker_id\":" + id + ","), 2, WITHIN);
        assertThat(both).extracting(r -> r.header("X-Eteam-Event")).containsExactly("blocker.at_risk", "blocker.breached");
    }

    @Test
    @Order(2)
    void a_blocker_found_breached_before_anyone_warned_of_the_risk_gets_the_breach_alone() {
        clock.set(Instant.parse("2026-12-02T13:01:00Z"));
        var raised = server.http.post("/api/v1/blockers", music, "{\"title\": \"Studio\", \"kind\": \"blocked\"}");
        long id = raised.json().path("id").asLong();
        clock.set(Instant.parse("2026-12-10T12:00:00Z"));   // long past its target

        server.app.warnings().scan();
        var got = receiver.await(r -> r.body().contains("\"blocker_id\":" + id + ","), 1, WITHIN);

        assertThat(got).extracting(r -> r.header("X-Eteam-Event")).containsExactly("blocker.breached");
        assertThat(got.get(0).body()).doesNotContain("\"blocking\"");
    }
}
