package io.eteam.web;

import static io.eteam.support.ApiErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Issue 11, item 8: characters outside the Basic Multilingual Plane are text like any other.
class SupplementaryPlaneTest {

    /// U+2D800, sent as the JSON escape of its surrogate pair.
    static final String U2D800 = new String(Character.toChars(0x2D800));

    static TestServer server;
    static String vp;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_title_with_u_2d800_is_raised_not_refused_as_a_lone_surrogate() {
        var raised = server.http.post("/api/v1/blockers", vp, """
                {"title": "Launch \\ud876\\udc00 in Taiwan", "kind": "blocked"}""");

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("title").asText()).isEqualTo("Launch " + U2D800 + " in Taiwan");
    }

    @Test
    void a_title_of_200_supplementary_characters_is_raised_and_201_is_refused() {
        var fits = server.http.post("/api/v1/blockers", vp, "{\"title\": \"" + U2D800.repeat(200) + "\", \"kind\": \"blocked\"}");
        var over = server.http.post("/api/v1/blockers", vp, "{\"title\": \"" + U2D800.repeat(201) + "\", \"kind\": \"blocked\"}");

        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        assertInvalid(over, "title");
        assertThat(over.json().path("message").asText()).contains("201 characters");
    }

    @Test
    void a_lone_surrogate_in_a_title_is_still_refused() {
        assertInvalid(server.http.post("/api/v1/blockers", vp, """
                {"title": "Launch \\ud876 in Taiwan", "kind": "blocked"}"""), "title");
    }
}
