package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.people.NewPerson;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// An E-Team that spans offices: a blocker's clock runs on the calendar of the team it blocks,
/// through the real CLI and API.
class TeamCalendarsTest {

    @TempDir
    Path dir;

    @Test
    void the_same_interval_reads_by_each_teams_calendar_and_the_report_names_it() throws Exception {
        var clock = Clock.fixed(Instant.parse("2026-09-28T01:00:00Z"), ZoneOffset.UTC);
        try (var server = TestServer.start(clock)) {
            var chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
            assertThat(chair.run("people", "add", "vp-tokyo", "--name", "Aiko", "--role", "vp", "--team", "Tokyo").exit()).isZero();
            assertThat(chair.run("people", "add", "vp-sthlm", "--name", "Sven", "--role", "vp", "--team", "Stockholm").exit()).isZero();
            var set = chair.run("calendar", "set", "--team", "Tokyo", "--zone", "Asia/Tokyo", "--hours", "09:00-17:00",
                    "--holidays", "JP");
            assertThat(set.exit()).as(set.err()).isZero();
            assertThat(set.out()).contains("Team            Tokyo", "Asia/Tokyo", "JP (public)");

            // Fri 2026-09-18 15:00 to Thu 09-24 17:00 in Tokyo, both teams blocked the same hours.
            var csv = dir.resolve("both.csv");
            Files.writeString(csv, "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                    + "Tokyo label deal,blocked,high,vp-tokyo,2026-09-18T15:00:00+09:00,2026-09-24T17:00:00+09:00,Sign with Avex,vp-tokyo\n"
                    + "Stockholm label deal,blocked,high,vp-sthlm,2026-09-18T15:00:00+09:00,2026-09-24T17:00:00+09:00,Sign with Sony,vp-sthlm\n");
            assertThat(chair.run("import", csv.toString()).exit()).isZero();

            var report = server.http.get("/api/v1/reports/sla?week=2026-W39", server.chairToken).json().path("rows");
            // Tokyo: Fri 15-17 (120), Mon-Wed holidays (Respect for the Aged, citizens', equinox), Thu 480 = 600.
            var tokyo = find(report, "Tokyo label deal");
            assertThat(tokyo.path("working_minutes").asLong()).isEqualTo(600);
            assertThat(tokyo.path("status").asText()).isEqualTo("met");
            assertThat(tokyo.path("calendar").asText()).isEqualTo("Tokyo");
            // Stockholm (the installation's default, no holidays): Fri 08:00-17:00 CEST (480), Mon-Wed (1440),
            // Thu to 10:00 (60) = 1980.
            var stockholm = find(report, "Stockholm label deal");
            assertThat(stockholm.path("working_minutes").asLong()).isEqualTo(1980);
            assertThat(stockholm.path("status").asText()).isEqualTo("breached");
            assertThat(stockholm.path("calendar").asText()).isEqualTo("installation");
            var markdown = chair.run("report", "sla", "--week", "2026-W39", "--format", "md").out();
            assertThat(markdown).contains("| status | calendar |").contains("| met | Tokyo |").contains("| breached | installation |");

            // A VP names the team a blocker blocks; by default it is their own.
            var vp = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-ny", "vp"));
            var raised = vp.run("raise", "Tokyo ad slots", "--kind", "blocked", "--team", "Tokyo", "--json");
            assertThat(raised.exit()).as(raised.err()).isZero();
            assertThat(raised.out()).contains("\"team\" : \"Tokyo\"");
            var osaka = server.app.people().add(server.chair(), new NewPerson("vp-osaka", "Kenji", "vp", "Tokyo")).token();
            var byDefault = server.http.post("/api/v1/blockers", osaka, "{\"title\": \"Osaka office lease\", \"kind\": \"blocked\"}");
            assertThat(byDefault.status()).isEqualTo(201);
            assertThat(byDefault.json().path("team").asText()).isEqualTo("Tokyo");
            assertThat(server.http.get("/api/v1/calendar?team=Tokyo", server.chairToken).json().path("zone").asText())
                    .isEqualTo("Asia/Tokyo");
            assertThat(server.http.get("/api/v1/calendar", server.chairToken).json().path("zone").asText())
                    .isEqualTo("Europe/Stockholm");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode find(com.fasterxml.jackson.databind.JsonNode rows, String title) {
        for (var row : rows) {
            if (row.path("title").asText().equals(title)) {
                return row;
            }
        }
        throw new AssertionError(title + " not in " + rows);
    }
}
