package io.eteam.web.pages;

import static io.eteam.web.pages.PageClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The live meeting page's forms over real HTTP: starting and ending, check-ins, and refusals
/// shown on the page with the status the API would answer. The clock stands on the meeting's day.
class MeetingPageTest {

    static final String PAGE = "/meetings/2026-12-01";
    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T11:00:00Z"));
    static TestServer server;
    static PageClient chair;
    static PageClient vp;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        var vpToken = server.add("vp-music", "vp");
        server.http.post("/api/v1/blockers", vpToken, "{\"title\": \"Label deal\", \"kind\": \"blocked\", \"impact\": \"high\"}");
        clock.set(Instant.parse("2026-12-01T12:05:00Z"));
        chair = new PageClient(server.url());
        chair.signIn(server.chairToken);
        vp = new PageClient(server.url());
        vp.signIn(vpToken);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    String status() {
        return server.app.meetings().get("2026-12-01").status().wire();
    }

    @Test
    void the_meeting_runs_from_the_chairs_start_button_to_the_end_button_and_then_takes_no_check_ins() {
        var csrf = vp.get(PAGE).csrf();
        var refused = vp.post(PAGE + "/start", fields("csrf", csrf));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only a chair may start a meeting");
        assertThat(status()).isEqualTo("planned");

        var page = chair.get("/meetings/next");
        assertThat(page.body()).contains("id=\"start\"").contains("Now: <span id=\"current-title\">Label deal</span>");
        assertThat(chair.post(PAGE + "/start", fields("csrf", page.csrf())).header("Location")).isEqualTo(PAGE);
        assertThat(status()).isEqualTo("running");
        assertThat(chair.get(PAGE).body()).contains("class=\"countdown\" data-remaining=\"900\"",
                "<span class=\"clock\">15:00</span> <span class=\"left\">left</span>").contains("id=\"end\"");

        assertThat(chair.post(PAGE + "/end", fields("csrf", page.csrf())).status()).isEqualTo(303);
        assertThat(status()).isEqualTo("ended");
        assertThat(chair.get(PAGE).body()).contains("The meeting has ended.").doesNotContain("id=\"check-in\"");

        var late = vp.post(PAGE + "/attendees", fields("csrf", csrf));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("has ended; check-ins are closed.");
    }
}
