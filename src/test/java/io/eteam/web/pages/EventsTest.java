package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.SseFollower;
import io.eteam.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// `GET /api/v1/meetings/{date}/events`: the typed live events the services publish after they
/// commit, as server-sent events over real HTTP. The clock stands on Tuesday 1 December 2026,
/// 12:30 in Stockholm, half an hour before that day's meeting.
class EventsTest {

    static final String DATE = "2026-12-01";
    static final String EVENTS = "/api/v1/meetings/" + DATE + "/events";
    static final Instant NOW = Instant.parse("2026-12-01T11:30:00Z");
    static final MutableClock clock = new MutableClock(NOW);
    static TestServer server;
    static String vp;
    static String otherVp;
    static String member;

    final HttpClient http = HttpClient.newHttpClient();
    final List<SseFollower> streams = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        otherVp = server.add("vp-ads", "vp");
        member = server.add("staff", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void itIsTuesdayLunchtime() {
        clock.set(NOW);
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(SseFollower::close);
    }

    static final String END = SseFollower.END;

    /// A browser following this server's events; closed after each test.
    final class Follower extends SseFollower {

        Follower(HttpRequest.Builder request) {
            super(http, request);
            streams.add(this);
        }

        /// Waits for the connection to be set up: the `sync` a follower without an id starts with.
        Follower synced() throws Exception {
            assertThat(next(5000).name()).isEqualTo("sync");
            return this;
        }
    }

    Follower follow(String token) {
        return follow(token, EVENTS, null);
    }

    /// Follows `path` with a bearer token, resuming after `lastEventId` when it is not null.
    Follower follow(String token, String path, String lastEventId) {
        var request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new Follower(request);
    }

    static long raise(String token, String title) {
        var raised = server.http.post("/api/v1/blockers", token, "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}");
        assertThat(raised.status()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    /// Raises a blocker and answers its id: the event after it shows that nothing came in between.
    static long marker() {
        return raise(vp, "Marker");
    }

    static void assertTheNextEventIsTheMarker(Follower follower, long marker) throws Exception {
        var next = follower.next();
        assertThat(next.name()).isEqualTo("blocker.raised");
        assertThat(next.data().path("blocker_id").asLong()).isEqualTo(marker);
    }

    @Test
    void a_connection_starts_with_a_one_second_retry_and_a_sync_event_carrying_the_latest_id() throws Exception {
        var browser = new PageClient(server.url());
        browser.signIn(vp);
        var follower = new Follower(browser.request(EVENTS));

        assertThat(follower.await("status: ", 5000)).isEqualTo("status: 200");
        follower.await("retry: 1000", 5000);
        var sync = follower.next(5000);
        assertThat(sync.name()).isEqualTo("sync");
        assertThat(sync.id()).isEqualTo(server.app.events().latest());
        assertThat(sync.data().path("type").asText()).isEqualTo("sync");
    }

    @Test
    void raising_a_blocker_publishes_blocker_raised_with_its_id_and_raiser() throws Exception {
        var first = follow(vp).synced();
        var second = follow(member).synced();

        var id = raise(vp, "Label deal blocks Brazil");

        for (var follower : List.of(first, second)) {
            var raised = follower.next(1000);
            assertThat(raised.name()).isEqualTo("blocker.raised");
            assertThat(raised.data().path("id").asText()).isEqualTo(raised.id());
            assertThat(raised.data().path("type").asText()).isEqualTo("blocker.raised");
            assertThat(raised.data().path("at").asText()).isEqualTo("2026-12-01T11:30:00Z");
            assertThat(raised.data().path("by").asText()).isEqualTo("vp-music");
            assertThat(raised.data().path("blocker_id").asLong()).isEqualTo(id);
            assertThat(raised.data().path("raised_by").asText()).isEqualTo("vp-music");
            assertThat(raised.data().toString()).as("no text anyone typed").doesNotContain("Label deal");
        }
    }

    @Test
    void an_anonymous_post_publishes_nothing() throws Exception {
        var follower = follow(vp).synced();
        var before = server.app.events().latest();

        assertThat(server.http.post("/api/v1/anything", null, "{}").status()).isEqualTo(404);
        assertThat(server.http.post("/api/v1/blockers", null, "{\"title\": \"x\", \"kind\": \"blocked\"}").status()).isEqualTo(401);
        assertThat(server.http.post("/api/v1/blockers", "et_wrong", "{\"title\": \"x\", \"kind\": \"blocked\"}").status()).isEqualTo(401);
        assertThat(server.http.send("PUT", "/api/v1/calendar", null, "{}").status()).isEqualTo(401);

        assertThat(server.app.events().latest()).isEqualTo(before);
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void a_failed_request_publishes_nothing() throws Exception {
        var follower = follow(server.chairToken).synced();
        var id = raise(vp, "Pricing clash with Ads");
        follower.next();
        var before = server.app.events().latest();

        assertThat(server.http.post("/api/v1/blockers", member, "{\"title\": \"x\", \"kind\": \"blocked\"}").status()).isEqualTo(403);
        assertThat(server.http.post("/api/v1/blockers", vp, "{\"title\": \"\", \"kind\": \"blocked\"}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/blockers/" + id + "/resolve", vp, "{\"decision\": \"Ship it\"}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/blockers/" + id + "/resolve", otherVp, "{\"decision\": \"Ship it\", \"owner\": \"vp-ads\"}").status()).isEqualTo(403);
        assertThat(server.http.patch("/api/v1/blockers/999999", vp, "{\"title\": \"x\"}").status()).isEqualTo(404);
        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/start", vp, null).status()).isEqualTo(403);
        assertThat(server.http.post("/api/v1/meetings/2026-12-08/attendees", vp, null).status()).isEqualTo(409);
        assertThat(server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken, "{\"blocker_ids\": [999999]}").status()).isEqualTo(400);
        assertThat(server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"zone\": \"Mars/Olympus\"}").status()).isEqualTo(400);
        assertThat(server.http.send("PUT", "/api/v1/calendar", vp, "{\"target_days\": 3}").status()).isEqualTo(403);
        assertThat(server.http.post("/api/v1/people", server.chairToken, "{\"handle\": \"vp-music\", \"name\": \"Again\", \"role\": \"vp\"}").status()).isEqualTo(409);
        assertThat(server.http.delete("/api/v1/people/nobody", server.chairToken).status()).isEqualTo(404);
        assertThat(server.http.post("/api/v1/blockers/import", vp, "title,kind\n").status()).isEqualTo(403);

        assertThat(server.app.events().latest()).isEqualTo(before);
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void a_request_that_changes_nothing_publishes_nothing() throws Exception {
        var id = raise(vp, "Hiring freeze");
        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/attendees", otherVp, null).status()).isEqualTo(201);
        var follower = follow(server.chairToken).synced();
        var before = server.app.events().latest();

        assertThat(server.http.patch("/api/v1/blockers/" + id, vp, "{\"title\": \"Hiring freeze\", \"kind\": \"blocked\"}").status()).isEqualTo(200);
        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/attendees", otherVp, null).status()).isEqualTo(201);
        var order = "{\"blocker_ids\": [" + id + "]}";
        assertThat(server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken, order).status()).isEqualTo(200);
        follower.next();
        before = server.app.events().latest();
        assertThat(server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken, order).status()).isEqualTo(200);
        assertThat(server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"target_days\": 2.50, \"zone\": \"Europe/Stockholm\"}").status()).isEqualTo(200);

        assertThat(server.app.events().latest()).isEqualTo(before);
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void a_refused_deferral_publishes_only_deferral_refused() throws Exception {
        var id = raise(vp, "Office move");
        var follower = follow(member).synced();

        var refused = server.http.post("/api/v1/blockers/" + id + "/resolve", vp,
                "{\"decision\": \"Let's take this offline\", \"owner\": \"vp-ads\"}");
        var withdrawn = server.http.post("/api/v1/blockers/" + id + "/withdraw", server.chairToken, "{\"reason\": \"Circle back next week\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(withdrawn.status()).isEqualTo(422);
        var decision = follower.next();
        assertThat(decision.name()).isEqualTo("deferral.refused");
        assertThat(decision.data().path("blocker_id").asLong()).isEqualTo(id);
        assertThat(decision.data().path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(decision.data().path("by").asText()).isEqualTo("vp-music");
        assertThat(decision.data().path("field").asText()).isEqualTo("decision");
        assertThat(decision.data().toString()).as("no decision text").doesNotContainIgnoringCase("offline");
        var reason = follower.next();
        assertThat(reason.name()).isEqualTo("deferral.refused");
        assertThat(reason.data().path("by").asText()).isEqualTo("chair");
        assertThat(reason.data().path("field").asText()).isEqualTo("reason");
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void a_browser_that_reconnects_with_last_event_id_gets_what_it_missed() throws Exception {
        var lastSeen = follow(vp).next(5000).id();
        streams.forEach(SseFollower::close);

        var missed = List.of(raise(vp, "Missed while away"), raise(otherVp, "Also missed"));
        var back = follow(vp, EVENTS, lastSeen);

        for (var id : missed) {
            var event = back.next(5000);
            assertThat(event.name()).isEqualTo("blocker.raised");
            assertThat(event.data().path("blocker_id").asLong()).isEqualTo(id);
        }
        assertTheNextEventIsTheMarker(back, marker());
    }

    @Test
    void an_unknown_last_event_id_gets_a_sync() throws Exception {
        raise(vp, "Before the browser came back");
        var epoch = server.app.events().latest().substring(0, 8);

        for (var unknown : List.of("zzzzzzzz-1", String.valueOf(System.currentTimeMillis()), epoch + "-999999", "garbage")) {
            var follower = follow(vp, EVENTS, unknown);
            var sync = follower.next(5000);
            assertThat(sync.name()).as("resuming after %s", unknown).isEqualTo("sync");
            assertThat(sync.id()).isEqualTo(server.app.events().latest());
        }
    }

    @Test
    void a_page_that_is_up_to_date_gets_no_sync_and_one_that_missed_a_change_gets_it_replayed() throws Exception {
        var browser = new PageClient(server.url());
        browser.signIn(vp);
        var page = browser.get("/meetings/" + DATE).body();
        var since = page.replaceAll("(?s).*events\\?since=([0-9a-z-]+).*", "$1");
        var upToDate = new Follower(browser.request(EVENTS + "?since=" + since));
        upToDate.await("retry: 1000", 5000);

        var id = raise(vp, "Raised after the page was read");
        var behind = new Follower(browser.request(EVENTS + "?since=" + since));

        for (var follower : List.of(upToDate, behind)) {
            var first = follower.next(5000);
            assertThat(first.name()).isEqualTo("blocker.raised");
            assertThat(first.data().path("blocker_id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void members_never_see_admin_events() throws Exception {
        var members = follow(member).synced();
        var vps = follow(vp).synced();
        var chairs = follow(server.chairToken).synced();

        server.http.post("/api/v1/people", server.chairToken, "{\"handle\": \"vp-new\", \"name\": \"New VP\", \"role\": \"vp\"}");
        server.http.post("/api/v1/people/vp-new/token", server.chairToken, null);
        server.http.delete("/api/v1/people/vp-new", server.chairToken);
        var marker = marker();

        assertTheNextEventIsTheMarker(members, marker);
        assertTheNextEventIsTheMarker(vps, marker);
        var added = chairs.next();
        assertThat(added.name()).isEqualTo("person.added");
        assertThat(added.data().path("by").asText()).isEqualTo("chair");
        assertThat(added.data().path("handle").asText()).isEqualTo("vp-new");
        assertThat(added.data().path("role").asText()).isEqualTo("vp");
        var token = chairs.next();
        assertThat(token.name()).isEqualTo("token.issued");
        assertThat(token.data().path("handle").asText()).isEqualTo("vp-new");
        assertThat(token.data().toString()).doesNotContain("et_");
        var deactivated = chairs.next();
        assertThat(deactivated.name()).isEqualTo("person.deactivated");
        assertThat(deactivated.data().path("handle").asText()).isEqualTo("vp-new");
        assertTheNextEventIsTheMarker(chairs, marker);
    }

    @Test
    void a_member_reconnecting_is_not_replayed_admin_events_either() throws Exception {
        server.add("vp-reissued", "vp");
        var lastSeen = server.app.events().latest();
        server.http.post("/api/v1/people/vp-reissued/token", server.chairToken, null);
        var marker = marker();

        assertTheNextEventIsTheMarker(follow(member, EVENTS, lastSeen), marker);
        assertThat(follow(server.chairToken, EVENTS, lastSeen).next(5000).name()).isEqualTo("token.issued");
    }

    @Test
    void a_stream_ends_when_its_reader_is_deactivated_or_given_a_new_token() throws Exception {
        var leaving = server.add("vp-leaving", "vp");
        var reissued = server.add("vp-reissued-too", "vp");
        var deactivatedsStream = follow(leaving).synced();
        var reissuedsStream = follow(reissued).synced();
        var others = follow(vp).synced();

        server.http.delete("/api/v1/people/vp-leaving", server.chairToken);
        server.http.post("/api/v1/people/vp-reissued-too/token", server.chairToken, null);

        deactivatedsStream.await(END, 1000);
        reissuedsStream.await(END, 1000);
        assertThat(follow(leaving).await("status: ", 5000)).isEqualTo("status: 401");
        assertTheNextEventIsTheMarker(others, marker());
    }

    @Test
    void editing_a_blocker_publishes_blocker_changed_naming_the_fields_that_changed() throws Exception {
        var id = raise(vp, "Data pipeline late");
        var follower = follow(member).synced();

        server.http.patch("/api/v1/blockers/" + id, server.chairToken, "{\"title\": \"Data pipeline very late\", \"impact\": \"high\"}");

        var changed = follower.next();
        assertThat(changed.name()).isEqualTo("blocker.changed");
        assertThat(changed.data().path("blocker_id").asLong()).isEqualTo(id);
        assertThat(changed.data().path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(changed.data().path("by").asText()).isEqualTo("chair");
        assertThat(changed.data().path("fields").toString()).isEqualTo("[\"title\",\"impact\",\"minutes\"]");
        assertThat(changed.data().toString()).doesNotContain("very late");
    }

    @Test
    void resolving_a_blocker_publishes_blocker_resolved_with_its_owner_and_due_date() throws Exception {
        var id = raise(vp, "Label terms");
        var follower = follow(member).synced();

        server.http.post("/api/v1/blockers/" + id + "/resolve", server.chairToken,
                "{\"decision\": \"Accept the label's terms\", \"owner\": \"vp-ads\", \"due\": \"2026-12-10\", \"rationale\": \"Cheaper\"}");

        var resolved = follower.next();
        assertThat(resolved.name()).isEqualTo("blocker.resolved");
        assertThat(resolved.data().path("blocker_id").asLong()).isEqualTo(id);
        assertThat(resolved.data().path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(resolved.data().path("by").asText()).isEqualTo("chair");
        assertThat(resolved.data().path("owner").asText()).isEqualTo("vp-ads");
        assertThat(resolved.data().path("due").asText()).isEqualTo("2026-12-10");
        assertThat(resolved.data().toString()).doesNotContain("Accept", "Cheaper");
    }

    @Test
    void withdrawing_a_blocker_publishes_blocker_withdrawn() throws Exception {
        var id = raise(vp, "Flaky build");
        var follower = follow(member).synced();

        server.http.post("/api/v1/blockers/" + id + "/withdraw", vp, "{\"reason\": \"We unblocked ourselves\"}");

        var withdrawn = follower.next();
        assertThat(withdrawn.name()).isEqualTo("blocker.withdrawn");
        assertThat(withdrawn.data().path("blocker_id").asLong()).isEqualTo(id);
        assertThat(withdrawn.data().path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(withdrawn.data().path("by").asText()).isEqualTo("vp-music");
        assertThat(withdrawn.data().toString()).doesNotContain("unblocked");
    }

    @Test
    void importing_blockers_publishes_blockers_imported_with_their_count_and_ids() throws Exception {
        var follower = follow(member).synced();

        var imported = server.http.send("POST", "/api/v1/blockers/import", server.chairToken,
                "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                        + "Old one,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n"
                        + "Old two,misaligned,,vp-ads,2026-10-06T10:00:00Z,2026-10-07T10:00:00Z,Hire two contractors,vp-ads\n");

        assertThat(imported.status()).isEqualTo(201);
        var ids = new ArrayList<Long>();
        imported.json().path("ids").forEach(n -> ids.add(n.asLong()));
        var event = follower.next();
        assertThat(event.name()).isEqualTo("blockers.imported");
        assertThat(event.data().path("by").asText()).isEqualTo("chair");
        assertThat(event.data().path("count").asInt()).isEqualTo(2);
        assertThat(event.data().path("first_id").asLong()).isEqualTo(ids.get(0));
        assertThat(event.data().path("last_id").asLong()).isEqualTo(ids.get(1));
    }

    @Test
    void checking_in_publishes_checkin_with_the_meeting_and_who_was_checked_in_by_whom() throws Exception {
        server.add("vp-games", "vp");
        var follower = follow(member).synced();

        server.http.send("POST", "/api/v1/meetings/next/attendees", server.chairToken, "{\"handle\": \"vp-games\"}");

        var checkin = follower.next();
        assertThat(checkin.name()).isEqualTo("checkin");
        assertThat(checkin.data().path("meeting_date").asText()).isEqualTo(DATE);
        assertThat(checkin.data().path("handle").asText()).isEqualTo("vp-games");
        assertThat(checkin.data().path("by").asText()).isEqualTo("chair");
    }

    @Test
    void a_refused_check_in_publishes_only_checkin_refused() throws Exception {
        var follower = follow(vp).synced();

        assertThat(server.http.post("/api/v1/meetings/" + DATE + "/attendees", member, null).status()).isEqualTo(403);
        assertThat(server.http.send("POST", "/api/v1/meetings/" + DATE + "/attendees", vp,
                "{\"handle\": \"vp-games\"}").status()).isEqualTo(403);
        // Text that is no handle is refused as invalid input before the door: nothing to announce.
        assertThat(server.http.send("POST", "/api/v1/meetings/" + DATE + "/attendees", vp,
                "{\"handle\": \"<b>Not a handle</b>\"}").status()).isEqualTo(400);

        var refused = follower.next();
        assertThat(refused.name()).isEqualTo("checkin.refused");
        assertThat(refused.data().path("meeting_date").asText()).isEqualTo(DATE);
        assertThat(refused.data().path("by").asText()).isEqualTo("staff");
        assertThat(refused.data().path("handle").asText()).isEqualTo("staff");
        var proxy = follower.next();
        assertThat(proxy.name()).isEqualTo("checkin.refused");
        assertThat(proxy.data().path("by").asText()).isEqualTo("vp-music");
        assertThat(proxy.data().path("handle").asText()).isEqualTo("vp-games");
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void ranking_the_agenda_publishes_agenda_ranked_with_the_order() throws Exception {
        var first = raise(vp, "Ranked first");
        var second = raise(vp, "Ranked second");
        var follower = follow(member).synced();

        server.http.send("PUT", "/api/v1/meetings/" + DATE + "/agenda/order", server.chairToken,
                "{\"blocker_ids\": [" + second + ", " + first + "]}");

        var ranked = follower.next();
        assertThat(ranked.name()).isEqualTo("agenda.ranked");
        assertThat(ranked.data().path("meeting_date").asText()).isEqualTo(DATE);
        assertThat(ranked.data().path("by").asText()).isEqualTo("chair");
        assertThat(ranked.data().path("blocker_ids").toString()).isEqualTo("[" + second + "," + first + "]");
    }

    @Test
    void starting_and_ending_a_meeting_publish_meeting_started_and_meeting_ended() throws Exception {
        clock.set(Instant.parse("2026-12-15T11:30:00Z"));
        var follower = follow(member, "/api/v1/meetings/2026-12-15/events", null).synced();

        server.http.post("/api/v1/meetings/2026-12-15/start", server.chairToken, null);
        server.http.post("/api/v1/meetings/2026-12-15/end", server.chairToken, null);

        var started = follower.next();
        assertThat(started.name()).isEqualTo("meeting.started");
        assertThat(started.data().path("meeting_date").asText()).isEqualTo("2026-12-15");
        assertThat(started.data().path("by").asText()).isEqualTo("chair");
        assertThat(started.data().path("at").asText()).isEqualTo("2026-12-15T11:30:00Z");
        var ended = follower.next();
        assertThat(ended.name()).isEqualTo("meeting.ended");
        assertThat(ended.data().path("meeting_date").asText()).isEqualTo("2026-12-15");
    }

    @Test
    void an_event_of_another_meeting_day_stays_off_this_days_stream() throws Exception {
        clock.set(Instant.parse("2026-12-22T11:30:00Z"));
        var thisDay = follow(member).synced();
        var thatDay = follow(member, "/api/v1/meetings/2026-12-22/events", null).synced();

        server.http.post("/api/v1/meetings/2026-12-22/attendees", vp, null);
        var marker = marker();

        assertThat(thatDay.next().name()).isEqualTo("checkin");
        assertTheNextEventIsTheMarker(thatDay, marker);
        assertTheNextEventIsTheMarker(thisDay, marker);
    }

    @Test
    void changing_the_calendar_publishes_calendar_changed_naming_what_changed() throws Exception {
        var follower = follow(member).synced();

        server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"target_days\": 3, \"working_hours\": \"09:00-17:00\"}");
        server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"target_days\": 2.5}");
        server.http.send("PUT", "/api/v1/calendar/holidays/2026-12-24", server.chairToken, "{\"name\": \"Christmas Eve\"}");
        server.http.send("PUT", "/api/v1/calendar/holidays/2026-12-24", server.chairToken, "{\"name\": \"Christmas Eve\"}");
        server.http.delete("/api/v1/calendar/holidays/2026-12-24", server.chairToken);

        var target = follower.next();
        assertThat(target.name()).isEqualTo("calendar.changed");
        assertThat(target.data().path("by").asText()).isEqualTo("chair");
        assertThat(target.data().path("fields").toString()).isEqualTo("[\"target_days\"]");
        assertThat(follower.next().data().path("fields").toString()).isEqualTo("[\"target_days\"]");
        var added = follower.next();
        assertThat(added.name()).isEqualTo("calendar.changed");
        assertThat(added.data().path("fields").toString()).isEqualTo("[\"added_holidays\"]");
        assertThat(added.data().path("date").asText()).isEqualTo("2026-12-24");
        assertThat(added.data().toString()).doesNotContain("Christmas");
        var removed = follower.next();
        assertThat(removed.data().path("date").asText()).isEqualTo("2026-12-24");
        assertTheNextEventIsTheMarker(follower, marker());
    }

    @Test
    void the_event_stream_needs_a_session_or_a_token() throws Exception {
        var follower = new Follower(new PageClient(server.url()).request(EVENTS));

        assertThat(follower.await("status: ", 5000)).isEqualTo("status: 401");
    }

    @Test
    void the_event_stream_of_a_day_that_is_not_a_meeting_day_is_refused() {
        var browser = new PageClient(server.url());
        browser.signIn(vp);
        var response = browser.send(browser.request("/api/v1/meetings/2026-12-02/events").header("Accept", "text/event-stream").GET());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("2026-12-02 is a Wednesday");
    }
}
