package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The minutes page over real HTTP: refused with the API's status and sentence until the meeting
/// ends, signed-in readers only, every text escaped, and linked from the ended meeting's page.
class MinutesPageTest {

    static final String DATE = "2026-12-01";
    static final String PAGE = "/meetings/" + DATE + "/minutes";
    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    static TestServer server;
    static PageClient member;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        var vp = server.add("vp-music", "vp");
        member = new PageClient(server.url());
        member.signIn(server.add("staff", "member"));
        var id = server.http.post("/api/v1/blockers", vp, "{\"title\": \"<script>alert(1)</script> & co\", \"kind\": \"blocked\"}")
                .json().path("id").asLong();
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        server.http.post("/api/v1/meetings/" + DATE + "/start", server.chairToken, "{}");
        clock.set(Instant.parse("2026-12-01T12:07:00Z"));
        server.http.post("/api/v1/blockers/" + id + "/resolve", server.chairToken,
                "{\"decision\": \"Ship it <img src=x onerror=alert(1)>\", \"owner\": \"vp-music\"}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_running_meetings_minutes_page_is_refused_with_409_and_the_ended_ones_shows_escaped_text() {
        var running = member.get(PAGE);
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.body()).contains("The meeting of 2026-12-01 is still running");
        assertThat(member.get("/meetings/" + DATE).body()).doesNotContain("id=\"minutes-link\"");

        clock.set(Instant.parse("2026-12-01T12:30:00Z"));
        server.http.post("/api/v1/meetings/" + DATE + "/end", server.chairToken, "{}");

        var page = member.get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", "Ship it &lt;img src=x onerror=alert(1)&gt;",
                "<td data-label=\"Took\" class=\"took\">7 min</td>");
        assertThat(page.body()).doesNotContain("<script>alert", "<img src=x");
        assertThat(member.get("/meetings/last/minutes").body()).isEqualTo(page.body());
        assertThat(member.get("/meetings/" + DATE).body()).contains("<a href=\"/meetings/2026-12-01/minutes\" id=\"minutes-link\">");
        assertThat(member.get("/meetings/next").body()).contains("<a href=\"/meetings/last/minutes\">Minutes of the last meeting</a>");
    }

    @Test
    void the_minutes_page_needs_a_session_and_a_meeting_day() {
        var anonymous = new PageClient(server.url()).get(PAGE);
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).isEqualTo("/login");
        var wednesday = member.get("/meetings/2026-12-02/minutes");
        assertThat(wednesday.status()).isEqualTo(400);
        assertThat(wednesday.body()).contains("2026-12-02 is a Wednesday; the E-Team meets on Tuesdays.");
    }
}
