package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam show` prints times in the calendar's zone (Europe/Stockholm by default), not in the
/// machine's (UTC where the tests run), and says when a blocker at risk will be met.
class ShowCommandTest {

    @TempDir
    Path home;

    @Test
    void an_at_risk_blocker_names_the_next_meeting_and_its_target_in_the_calendars_zone() {
        try (var server = TestServer.start(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC))) {
            var vp = server.add("vp-music", "vp");
            var id = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Label deal\", \"kind\": \"blocked\"}")
                    .json().path("id").asText();

            var show = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", vp).run("show", id);

            assertThat(show.exit()).isZero();
            assertThat(show.out())
                    .contains("SLA        blocked 0.00 of 2.5 working days — at risk: next meeting Tue 1 Dec 2026 13:00"
                            + " (the target falls Fri 27 Nov 2026 15:00)")
                    .contains("Raised by  vp-music on Wed 25 Nov 2026 11:00");
        }
    }
}
