package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The live meeting page draws the cut-off line where `LiveMeeting` puts it: 60 + 60 + 45
/// minutes fit in the three hours (13:00–16:00 in Stockholm), the 30-minute item after them does not.
class MeetingCutOffPageTest {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static PageClient vp;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        var vpToken = server.add("vp-music", "vp");
        for (var item : new String[][] {{"Label deal", "60"}, {"Studio lease", "60"}, {"Video rights", "45"},
                {"Podcast rights", "30"}}) {
            var raised = server.http.post("/api/v1/blockers", vpToken, "{\"title\": \"" + item[0] + "\", \"kind\": \"blocked\", "
                    + "\"impact\": \"high\", \"minutes\": " + item[1] + "}");
            assertThat(raised.status()).isEqualTo(201);
            clock.set(clock.instant().plusSeconds(60));
        }
        clock.set(Instant.parse("2026-12-01T11:00:00Z"));
        vp = new PageClient(server.url());
        vp.signIn(vpToken);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_items_that_do_not_fit_follow_the_cut_off_line_with_the_time_each_would_come_up() {
        var body = vp.get("/meetings/2026-12-01").body();

        assertThat(body).contains("Now: <span id=\"current-title\">Label deal</span>");
        int video = body.indexOf("Video rights");
        int line = body.indexOf("class=\"cutoff\"");
        int podcast = body.indexOf("Podcast rights");
        assertThat(video).isPositive().isLessThan(line);
        assertThat(line).isLessThan(podcast);
        assertThat(body).contains("Cut-off 16:00: the meeting ends here");
        assertThat(body.substring(video, line)).contains("45 min · 15:00");
        assertThat(body.substring(line)).contains("class=\"below\"");
    }
}
