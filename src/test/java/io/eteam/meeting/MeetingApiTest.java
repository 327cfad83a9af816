package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Meetings, the VPs-only door and the agenda over HTTP and the CLI. The clock stands on
/// Tuesday 1 December 2026, 12:00 in Stockholm, an hour before the meeting.
class MeetingApiTest {

    static final Instant TUESDAY_NOON = Instant.parse("2026-12-01T11:00:00Z");
    static final String DATE = "2026-12-01";

    static MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    static TestServer server;
    static String vp;
    static String vp2;
    static String member;
    static long high;
    static long old;
    static long low;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        vp2 = server.add("vp-ads", "vp");
        member = server.add("staff", "member");
        server.add("chair-two", "chair");
        // Tue 24 Nov 09:00 Stockholm: an old medium blocker that will be past 2.5 days by Tuesday.
        old = raise(vp, "Old medium blocker", "medium", 10);
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        high = raise(vp, "High impact blocker", "high", 60);
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        low = raise(vp2, "Low impact blocker", "low", null);
        clock.set(TUESDAY_NOON);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long raise(String token, String title, String impact, Integer minutes) {
        var body = "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \"" + impact + "\""
                + (minutes == null ? "" : ", \"minutes\": " + minutes) + "}";
        return server.http.post("/api/v1/blockers", token, body).json().path("id").asLong();
    }

    Cli as(String token) {
        return new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", token);
    }

    @Test
    void the_agenda_puts_breached_blockers_first_then_impact_with_back_to_back_slots() {
        var agenda = server.http.get("/api/v1/meetings/" + DATE + "/agenda", member).json();

        assertThat(agenda.path("meeting").path("starts_at").asText()).isEqualTo("2026-12-01T12:00:00Z");
        assertThat(agenda.path("meeting").path("ends_at").asText()).isEqualTo("2026-12-01T15:00:00Z");
        assertThat(agenda.path("meeting").path("minutes").asInt()).isEqualTo(180);
        var items = agenda.path("items");
        assertThat(items.findValuesAsText("blocker_id")).startsWith(String.valueOf(old), String.valueOf(high), String.valueOf(low));
        assertThat(items.get(0).path("breached_at_start").asBoolean()).isTrue();
        assertThat(items.get(0).path("working_days_at_start").asDouble()).isEqualTo(5.5);
        assertThat(items.get(0).path("starts_at").asText()).isEqualTo("2026-12-01T12:00:00Z");
        assertThat(items.get(0).path("ends_at").asText()).isEqualTo("2026-12-01T12:10:00Z");
        assertThat(items.get(1).path("starts_at").asText()).isEqualTo("2026-12-01T12:10:00Z");
        assertThat(items.get(1).path("ends_at").asText()).isEqualTo("2026-12-01T13:10:00Z");
    }

    @Test
    void the_live_meeting_names_the_current_item_what_comes_next_and_where_the_cut_off_falls() {
        var live = server.http.get("/api/v1/meetings/" + DATE + "/live", member).json();

        assertThat(live.path("meeting").path("date").asText()).isEqualTo(DATE);
        assertThat(live.path("current").path("item").path("blocker_id").asLong()).isEqualTo(old);
        assertThat(live.path("current").path("seconds_left").isNull()).isTrue();
        assertThat(live.path("next").findValuesAsText("blocker_id")).startsWith(String.valueOf(high), String.valueOf(low));
        assertThat(live.path("next").get(0).path("starts_at").asText()).isEqualTo("2026-12-01T12:10:00Z");
        assertThat(live.path("next").get(0).path("above_the_line").asBoolean()).isTrue();
        assertThat(server.http.get("/api/v1/meetings/2026-12-02/live", member).status()).isEqualTo(400);
        assertThat(server.http.get("/api/v1/meetings/" + DATE + "/live", null).status()).isEqualTo(401);
    }

    @Test
    void a_date_that_is_not_a_meeting_day_is_refused_naming_the_meeting_day() {
        var refused = server.http.get("/api/v1/meetings/2026-12-02", vp);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).isEqualTo("2026-12-02 is a Wednesday; the E-Team meets on Tuesdays.");
    }

    @Test
    void a_member_checking_in_is_refused_with_vps_only_and_the_refusal_is_kept() {
        var refused = server.http.post("/api/v1/meetings/" + DATE + "/attendees", member, "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("vps_only");
        assertThat(refused.json().path("message").asText()).startsWith("The E-Team is VPs only: no direct reports, no proxies.");
        var meeting = server.http.get("/api/v1/meetings/" + DATE, vp).json();
        assertThat(meeting.path("refusals").findValuesAsText("actor")).contains("staff");
    }

    @Test
    void a_vp_checking_in_someone_else_is_a_proxy_and_is_refused() {
        var refused = server.http.post("/api/v1/meetings/" + DATE + "/attendees", vp, "{\"handle\": \"vp-ads\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("vps_only");
    }

    @Test
    void a_chair_may_check_in_another_vp_or_chair_but_not_a_member() {
        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/attendees", server.chairToken, "{\"handle\": \"vp-ads\"}").status()).isEqualTo(201);
        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/attendees", server.chairToken, "{\"handle\": \"chair-two\"}").status()).isEqualTo(201);
        var refused = server.http.post("/api/v1/meetings/" + DATE + "/attendees", server.chairToken, "{\"handle\": \"staff\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("vps_only");
        var attendees = server.http.get("/api/v1/meetings/" + DATE, vp).json().path("attendees");
        assertThat(attendees.findValuesAsText("handle")).contains("vp-ads", "chair-two").doesNotContain("staff");
    }

    @Test
    void a_vp_checks_in_as_themselves_from_the_cli_and_a_member_exits_3() {
        var ok = as(vp).run("checkin", "--date", DATE);
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).contains("Checked in you for the meeting of " + DATE);

        var refused = as(member).run("checkin", "--date", DATE);
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).startsWith("The E-Team is VPs only: no direct reports, no proxies.");

        assertThat(as(member).run("meeting", "--date", DATE).out()).contains("vp-music (VP-MUSIC Name, vp)", "Refused at the door:");
    }

    @Test
    void check_ins_for_another_day_are_refused() {
        var refused = server.http.post("/api/v1/meetings/2026-12-08/attendees", vp, "{}");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void a_chair_ranks_the_agenda_and_unknown_or_closed_ids_are_refused_by_name() {
        var ranked = server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken,
                "{\"blocker_ids\": [" + low + "]}");
        assertThat(ranked.status()).isEqualTo(200);
        assertThat(ranked.json().path("items").get(0).path("blocker_id").asLong()).isEqualTo(low);
        assertThat(ranked.json().path("items").get(1).path("blocker_id").asLong()).isEqualTo(old);

        var unknown = server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken, "{\"blocker_ids\": [999]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("message").asText()).isEqualTo("There is no blocker 999.");
        var byVp = server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", vp, "{\"blocker_ids\": [" + low + "]}");
        assertThat(byVp.status()).isEqualTo(403);
        server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken, "{\"blocker_ids\": []}");
    }

    @Test
    void the_cli_agenda_shows_clock_times_in_the_calendar_zone_and_the_cut_off_line() {
        var out = as(vp).run("agenda", "--date", DATE);

        assertThat(out.exit()).isZero();
        assertThat(out.out()).contains("Agenda for Tue 1 Dec 2026, 13:00–16:00");
        assertThat(out.out()).containsPattern("1\\s+13:00–13:10\\s+" + old + "\\s+medium\\s+10\\s+5.50 breached\\s+Old medium blocker");
        assertThat(out.out()).contains("--- 16:00 cut-off: 0 items do not fit ---");
    }

    @Test
    void a_chair_starts_and_ends_the_meeting_on_its_day_and_a_vp_may_not() {
        var fresh = TestServer.start(new MutableClock(TUESDAY_NOON));
        try {
            assertThat(fresh.http.post("/api/v1/meetings/next/start", fresh.add("vp-x", "vp"), "{}").status()).isEqualTo(403);
            var started = fresh.http.post("/api/v1/meetings/next/start", fresh.chairToken, "{}");
            assertThat(started.status()).isEqualTo(200);
            assertThat(started.json().path("status").asText()).isEqualTo("running");
            assertThat(started.json().path("date").asText()).isEqualTo(DATE);
            assertThat(fresh.http.post("/api/v1/meetings/" + DATE + "/start", fresh.chairToken, "{}").status()).isEqualTo(409);
            assertThat(fresh.http.post("/api/v1/meetings/2026-12-08/start", fresh.chairToken, "{}").status()).isEqualTo(409);
            var ended = fresh.http.post("/api/v1/meetings/" + DATE + "/end", fresh.chairToken, "{}");
            assertThat(ended.json().path("status").asText()).isEqualTo("ended");
            assertThat(fresh.http.post("/api/v1/meetings/" + DATE + "/attendees", fresh.chairToken, "{}").status()).isEqualTo(409);
        } finally {
            fresh.close();
        }
    }

    @Test
    void items_that_do_not_fit_in_three_hours_appear_below_the_cut_off_line_with_their_projected_age() {
        var fresh = TestServer.start(new MutableClock(Instant.parse("2026-11-30T09:00:00Z")));
        try {
            var token = fresh.add("vp-many", "vp");
            for (int i = 1; i <= 13; i++) {
                fresh.http.post("/api/v1/blockers", token, "{\"title\": \"Item " + i + "\", \"kind\": \"blocked\", \"impact\": \"high\"}");
            }
            var out = new Cli(home).env("ETEAM_SERVER", fresh.url()).env("ETEAM_TOKEN", token).run("agenda", "--date", DATE);

            assertThat(out.exit()).isZero();
            var lines = out.lines();
            int cut = lines.indexOf("--- 16:00 cut-off: 1 item does not fit ---");
            assertThat(cut).isPositive();
            assertThat(lines.get(cut - 1)).containsPattern("12\\s+15:45–16:00\\s+12\\s+high");
            assertThat(lines.get(cut + 1)).containsPattern("13\\s+overflow\\s+13\\s+high\\s+15\\s+1.38 → 6.38\\s+Item 13");
        } finally {
            fresh.close();
        }
    }
}
