package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockerApiTest {

    static TestServer server;
    static String vp;
    static String member;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
        member = server.add("staff", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_vp_raises_a_blocker_and_gets_it_back_with_201() {
        var made = server.http.post("/api/v1/blockers", vp, """
                {"title": "Licensing blocks the Brazil launch", "kind": "blocked", "impact": "high"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("title").asText()).isEqualTo("Licensing blocks the Brazil launch");
        assertThat(made.json().path("minutes").asInt()).isEqualTo(15);
        assertThat(made.json().path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(made.json().path("status").asText()).isEqualTo("open");
        var id = made.json().path("id").asLong();

        var read = server.http.get("/api/v1/blockers/" + id, member);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("history").get(0).path("action").asText()).isEqualTo("raised");
    }

    @Test
    void a_member_raising_a_blocker_is_refused_with_403_saying_only_vps_raise() {
        var refused = server.http.post("/api/v1/blockers", member, """
                {"title": "Need a decision", "kind": "blocked"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("forbidden");
        assertThat(refused.json().path("message").asText()).contains("Only VPs raise blockers");
    }
}
