package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Hours as offices keep them, through the real CLI and API: a part day, a night shift, a team
/// that works round the clock, and zones given as abbreviations.
class CalendarHoursTest {

    @TempDir
    Path dir;

    @Test
    void a_part_day_counts_only_the_hours_still_worked() throws Exception {
        try (var server = TestServer.start(Clock.fixed(Instant.parse("2026-12-30T12:00:00Z"), ZoneOffset.UTC))) {
            server.add("vp-music", "vp");
            var chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
            var added = chair.run("calendar", "holiday", "add", "2026-12-24", "--hours", "09:00-12:00", "--name", "Christmas Eve");
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("part day", "09:00-12:00");
            assertThat(chair.run("calendar", "show").out()).contains("2026-12-24  Christmas Eve (part day: working 09:00-12:00)");

            // Stockholm 09-17: Wed 23rd from 16:00 (60) + Thu 24th 09-12 (180) + Fri 25th 09-10 (60) = 300.
            importOne(chair, "2026-12-23T16:00:00+01:00", "2026-12-25T10:00:00+01:00");
            var row = server.http.get("/api/v1/reports/sla?week=2026-W52", server.chairToken).json().path("rows").get(0);
            assertThat(row.path("working_minutes").asLong()).isEqualTo(300);
        }
    }

    @Test
    void hours_may_cross_midnight_or_last_the_whole_day_and_zones_are_regions() throws Exception {
        try (var server = TestServer.start(Clock.fixed(Instant.parse("2026-12-30T12:00:00Z"), ZoneOffset.UTC))) {
            server.add("vp-music", "vp");
            var chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);

            var night = server.http.send("PUT", "/api/v1/calendar", server.chairToken,
                    "{\"working_hours\": \"22:00-06:00\", \"working_days\": \"MON-FRI\", \"zone\": \"UTC\"}").json();
            assertThat(night.path("working_hours").asText()).isEqualTo("22:00-06:00");
            assertThat(night.path("minutes_per_day").asInt()).isEqualTo(480);

            var roundTheClock = chair.run("calendar", "set", "--hours", "00:00-24:00", "--days", "MON-SUN");
            assertThat(roundTheClock.exit()).as(roundTheClock.err()).isZero();
            assertThat(roundTheClock.out()).contains("00:00-24:00 (1440 minutes a working day)");
            // Round the clock, every minute of a week counts: none is lost at midnight.
            importOne(chair, "2026-12-21T00:00:00Z", "2026-12-27T00:00:00Z");
            var row = server.http.get("/api/v1/reports/sla?week=2026-W52", server.chairToken).json().path("rows").get(0);
            assertThat(row.path("working_minutes").asLong()).isEqualTo(6 * 1440);

            var est = chair.run("calendar", "set", "--zone", "EST");
            assertThat(est.exit()).isEqualTo(1);
            assertThat(est.err()).contains("America/New_York").doesNotContain("Exception");
            var systemV = chair.run("calendar", "set", "--zone", "SystemV/PST8");
            assertThat(systemV.err()).contains("America/Los_Angeles");
            var sameHours = chair.run("calendar", "set", "--hours", "09:00-09:00");
            assertThat(sameHours.exit()).isEqualTo(1);
            assertThat(sameHours.err()).contains("00:00-24:00");
        }
    }

    private void importOne(Cli chair, String raised, String resolved) throws Exception {
        var csv = dir.resolve("one.csv");
        Files.writeString(csv, "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                + "Holiday week,blocked,high,vp-music," + raised + "," + resolved + ",Sign the deal,vp-music\n");
        var imported = chair.run("import", csv.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }
}
