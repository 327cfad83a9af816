package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.Http;
import io.eteam.support.SseFollower;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// `POST /api/v1/meetings/{date}/current` (MTG-13–MTG-15) through real HTTP: a chair moves the
/// running meeting on, extends or pushes the current item; anything else is refused and changes
/// nothing.
class MeetingStepApiTest {

    static final String MEETING = "/api/v1/meetings/2026-12-01";

    MutableClock clock;
    TestServer server;
    String vp;
    long first;
    long second;

    @BeforeEach
    void a_running_meeting_with_two_items() {
        clock = new MutableClock(Instant.parse("2026-12-01T11:00:00Z"));
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        first = raise("Label deal blocks Brazil", "high");
        second = raise("Pricing clash with Ads", "medium");
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    long raise(String title, String impact) {
        return server.http.post("/api/v1/blockers", vp,
                "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \"" + impact + "\"}").json().path("id").asLong();
    }

    Http.Response step(String token, long id, String step) {
        return server.http.post(MEETING + "/current", token, "{\"blocker_id\": " + id + ", \"step\": \"" + step + "\"}");
    }

    long current() {
        return server.http.get(MEETING + "/live", vp).json().path("current").path("item").path("blocker_id").asLong();
    }

    @Test
    void a_step_before_the_meeting_runs_is_a_conflict_and_a_vp_may_not_take_one() {
        assertThat(step(server.chairToken, first, "next").status()).isEqualTo(409);
        server.http.post(MEETING + "/start", server.chairToken, "{}");
        var refused = step(vp, first, "next");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("forbidden");
        assertThat(current()).isEqualTo(first);
    }

    @Test
    void a_step_names_the_current_item_and_one_on_another_item_is_refused() throws Exception {
        server.http.post(MEETING + "/start", server.chairToken, "{}");
        try (var events = new SseFollower(server.url() + MEETING + "/events", vp, null)) {
            events.await("status: 200", 5_000);
            clock.set(Instant.parse("2026-12-01T12:03:00Z"));
            var moved = step(server.chairToken, first, "next");
            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().path("current").path("item").path("blocker_id").asLong()).isEqualTo(second);
            assertThat(moved.json().path("current").path("came_up_at").asText()).isEqualTo("2026-12-01T12:03:00Z");
            var seen = events.next(5_000);
            while (!seen.name().equals("meeting.step")) {
                seen = events.next(5_000);
            }
            var event = seen.data();
            assertThat(event.path("blocker_id").asLong()).isEqualTo(first);
            assertThat(event.path("step").asText()).isEqualTo("next");
            assertThat(event.path("by").asText()).isEqualTo("chair");

            // A second chair who still sees the first item as current is refused, not applied to the second.
            var stale = step(server.chairToken, first, "overflow");
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().path("message").asText()).contains("blocker " + second + " is");
            assertThat(current()).isEqualTo(second);

            assertThat(step(server.chairToken, second, "extend").json().path("current").path("added_minutes").asInt()).isEqualTo(1);
            var pushed = step(server.chairToken, second, "overflow").json();
            assertThat(pushed.path("current").path("item").path("blocker_id").asLong()).isEqualTo(first);
            assertThat(pushed.path("next").get(0).path("overflow").asBoolean()).isTrue();
        }
    }

    @Test
    void bad_steps_are_refused_with_the_field_named() {
        server.http.post(MEETING + "/start", server.chairToken, "{}");
        var unknown = step(server.chairToken, first, "skip");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("field").asText()).isEqualTo("step");
        var noId = server.http.post(MEETING + "/current", server.chairToken, "{\"step\": \"next\"}");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().path("field").asText()).isEqualTo("blocker_id");
        var notJson = server.http.post(MEETING + "/current", server.chairToken, "{\"blocker_id\": \"one\"");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(current()).isEqualTo(first);
    }
}
