package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stored work calendar over HTTP and the CLI. Tests in this class change one shared
/// calendar, so each sets what it relies on.
class CalendarApiTest {

    static TestServer server;
    static String vp;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        vp = server.add("vp-cal", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    Cli chair() {
        return new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
    }

    @Test
    void a_new_installation_has_the_specs_defaults() {
        var fresh = TestServer.start();
        try {
            var c = fresh.http.get("/api/v1/calendar", fresh.chairToken).json();
            assertThat(c.path("zone").asText()).isEqualTo("Europe/Stockholm");
            assertThat(c.path("working_days").asText()).isEqualTo("MON,TUE,WED,THU,FRI");
            assertThat(c.path("working_hours").asText()).isEqualTo("09:00-17:00");
            assertThat(c.path("minutes_per_day").asInt()).isEqualTo(480);
            assertThat(c.path("holidays").asText()).isEqualTo("none");
            assertThat(c.path("target_days").decimalValue()).isEqualByComparingTo("2.5");
            assertThat(c.path("meeting_day").asText()).isEqualTo("TUE");
            assertThat(c.path("meeting_time").asText()).isEqualTo("13:00");
            assertThat(c.path("meeting_minutes").asInt()).isEqualTo(180);
        } finally {
            fresh.close();
        }
    }

    @Test
    void a_chair_sets_hours_days_target_and_country_holidays_from_the_cli() {
        var set = chair().run("calendar", "set", "--hours", "08:30-16:30", "--days", "MON-THU", "--target-days", "3",
                "--holidays", "SE", "--zone", "Europe/Stockholm");

        assertThat(set.exit()).isZero();
        assertThat(set.out()).contains("Working hours   08:30-16:30 (480 minutes a working day)", "Working days    MON,TUE,WED,THU",
                "SLA target      3 working days", "Holidays        SE (public)");
        assertThat(set.out()).contains("2026-12-24  Christmas Eve");
        chair().run("calendar", "set", "--hours", "09:00-17:00", "--days", "MON-FRI", "--target-days", "2.5", "--holidays", "none");
    }

    @Test
    void a_hand_added_holiday_shows_up_and_can_be_removed() {
        var added = chair().run("calendar", "holiday", "add", "2026-12-23", "--name", "Company day off");
        assertThat(added.exit()).isZero();
        assertThat(chair().run("calendar", "show").out()).contains("2026-12-23  Company day off");

        assertThat(chair().run("calendar", "holiday", "remove", "2026-12-23").exit()).isZero();
        assertThat(chair().run("calendar", "show").out()).doesNotContain("Company day off");
        var again = chair().run("calendar", "holiday", "remove", "2026-12-23");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("is not a holiday added by hand");
    }

    @Test
    void a_vp_cannot_change_the_calendar() {
        var refused = server.http.send("PUT", "/api/v1/calendar", vp, "{\"target_days\": 5}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(server.http.send("PUT", "/api/v1/calendar/holidays/2026-12-23", vp, null).status()).isEqualTo(403);
        assertThat(server.http.get("/api/v1/calendar", vp).status()).isEqualTo(200);
    }

    @Test
    void invalid_settings_are_refused_naming_the_field_and_change_nothing() {
        var before = server.http.get("/api/v1/calendar", server.chairToken).body();
        assertThat(field("{\"zone\": \"Mars/Olympus\"}")).isEqualTo("zone");
        assertThat(field("{\"working_hours\": \"09:00-09:00\"}")).isEqualTo("working_hours");
        assertThat(field("{\"working_hours\": \"24:00-08:00\"}")).isEqualTo("working_hours");
        assertThat(field("{\"zone\": \"EST\"}")).isEqualTo("zone");
        assertThat(field("{\"zone\": \"SystemV/EST5\"}")).isEqualTo("zone");
        assertThat(field("{\"holidays\": \"GB-XYZ\"}")).isEqualTo("holidays");
        assertThat(field("{\"holiday_types\": \"public,religious\"}")).isEqualTo("holiday_types");
        assertThat(field("{\"working_days\": \"MON-FUNDAY\"}")).isEqualTo("working_days");
        assertThat(field("{\"target_days\": 0}")).isEqualTo("target_days");
        assertThat(field("{\"holidays\": \"XX\"}")).isEqualTo("holidays");
        assertThat(field("{\"meeting_day\": \"someday\"}")).isEqualTo("meeting_day");
        assertThat(field("{\"meeting_time\": \"25:00\"}")).isEqualTo("meeting_time");
        assertThat(field("{\"meeting_minutes\": 5}")).isEqualTo("meeting_minutes");
        assertThat(field("{\"zone\": \"UTC\", \"target_days\": -1}")).isEqualTo("target_days");
        assertThat(server.http.get("/api/v1/calendar", server.chairToken).body()).isEqualTo(before);
        assertThat(server.http.send("PUT", "/api/v1/calendar/holidays/2026-13-01", server.chairToken, null).status()).isEqualTo(400);
    }

    private static String field(String body) {
        var r = server.http.send("PUT", "/api/v1/calendar", server.chairToken, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        return r.json().path("field").asText();
    }
}
