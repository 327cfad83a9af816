package io.eteam.calendar;

import static io.eteam.db.schema.Tables.CALENDAR_SETTING;
import static io.eteam.db.schema.Tables.CALENDAR_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.db.Database;
import io.eteam.support.Cli;
import io.eteam.support.Http;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One chair's typo in the calendar once stored an empty set of working days, after which every
/// route that reads the calendar answered 500, the `PUT` that would repair it included, until the
/// database was edited by hand. A typo is now refused before anything is stored, and a stored
/// setting that cannot be read falls back to its default instead of taking the server down.
class CalendarRepairTest {

    @TempDir
    Path home;

    @Test
    void a_chair_typing_only_a_comma_for_the_working_days_is_refused_and_nothing_changes() {
        try (var server = TestServer.start()) {
            var before = server.http.get("/api/v1/calendar", server.chairToken).body();
            for (var days : new String[] {",", " , ", "MON,", ",FRI", "MON,,FRI", ""}) {
                var refused = server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"working_days\": \"" + days + "\"}");
                assertThat(refused.status()).as(days).isEqualTo(400);
                assertThat(refused.json().path("field").asText()).isEqualTo("working_days");
            }
            var cli = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
            var typo = cli.run("calendar", "set", "--days", ",");
            assertThat(typo.exit()).isEqualTo(1);
            assertThat(typo.err()).contains("working_days").doesNotContain("Exception");

            assertThat(server.http.get("/api/v1/calendar", server.chairToken).body()).isEqualTo(before);
            assertThat(server.http.get("/api/v1/blockers", server.chairToken).status()).isEqualTo(200);
            assertThat(server.http.get("/api/v1/meetings/next/agenda", server.chairToken).status()).isEqualTo(200);
        }
    }

    @Test
    void a_stored_calendar_nobody_can_read_falls_back_to_defaults_and_a_chair_can_repair_it() {
        var url = TestServer.memoryDb();
        try (var database = Database.open(url); var app = App.open(url, Clock.systemUTC()).serve("127.0.0.1", 0)) {
            var chair = app.people().init("chair", "Casey Chair").token();
            // What the old typo stored, and what a hand edit might: none of it readable.
            database.dsl().update(CALENDAR_VERSION)
                    .set(CALENDAR_VERSION.WORKING_DAYS, "")
                    .set(CALENDAR_VERSION.ZONE, "Mars/Olympus")
                    .set(CALENDAR_VERSION.HOLIDAY_COUNTRY, "xx")
                    .set(CALENDAR_VERSION.HOLIDAY_TYPES, "religious")
                    .execute();
            database.dsl().update(CALENDAR_SETTING)
                    .set(CALENDAR_SETTING.MEETING_DAY, "XYZ")
                    .execute();
            var http = new Http("http://127.0.0.1:" + app.port());
            // The stored settings are read again at most a second later.
            sleep(1100);

            var shown = http.get("/api/v1/calendar", chair);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.json().path("working_days").asText()).isEqualTo("MON,TUE,WED,THU,FRI");
            assertThat(shown.json().path("zone").asText()).isEqualTo("Europe/Stockholm");
            assertThat(shown.json().path("meeting_day").asText()).isEqualTo("TUE");
            assertThat(http.get("/api/v1/blockers", chair).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/meetings/next/agenda", chair).status()).isEqualTo(200);
            assertThat(http.post("/api/v1/blockers", chair, "{\"title\": \"Still works\", \"kind\": \"blocked\"}").status()).isEqualTo(201);

            var repaired = http.send("PUT", "/api/v1/calendar", chair,
                    "{\"working_days\": \"MON-THU\", \"zone\": \"Europe/London\", \"meeting_day\": \"WED\", \"holidays\": \"none\"}");
            assertThat(repaired.status()).isEqualTo(200);
            assertThat(repaired.json().path("working_days").asText()).isEqualTo("MON,TUE,WED,THU");
            var stored = database.dsl().selectFrom(CALENDAR_VERSION)
                    .orderBy(CALENDAR_VERSION.ID.desc()).limit(1).fetchSingle();
            assertThat(stored.getWorkingDays()).isEqualTo("MON,TUE,WED,THU");
            assertThat(stored.getZone()).isEqualTo("Europe/London");
            assertThat(stored.getHolidayCountry()).isNull();
            assertThat(database.dsl().selectFrom(CALENDAR_SETTING).fetchSingle().getMeetingDay()).isEqualTo("WED");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
