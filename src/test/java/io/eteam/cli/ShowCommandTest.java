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

    @Test
    void the_blockers_table_fits_100_columns_with_long_handles_titles_and_years_of_working_days() {
        try (var server = TestServer.start()) {
            var vp = server.add("vp-with-a-long-handle", "vp");
            server.add("vp-blocking-with-a-long-handle", "vp");
            server.app.blockers().importCsv(server.app.people().get("chair"),
                    "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                            + "Open for years,misaligned,medium,vp-with-a-long-handle,2020-01-06T10:00:00Z,,,\n",
                    java.time.ZoneId.of("Europe/Stockholm"));
            server.http.post("/api/v1/blockers", vp, "{\"title\": \"" + "A title far longer than any column gives it. ".repeat(3)
                    + "\", \"kind\": \"misaligned\", \"blocking\": \"vp-blocking-with-a-long-handle\"}");

            var list = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", vp).run("blockers");

            assertThat(list.exit()).isZero();
            assertThat(list.lines()).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
            assertThat(list.out()).contains("Open for years").contains("A title far").contains("…")
                    .containsPattern("1\\d{3}\\.\\d\\d/2\\.5");
        }
    }
}
