package io.eteam.feed;

import static io.eteam.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.Http;
import io.eteam.support.TestServer;
import io.eteam.web.Limits;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Calendar feeds (FEED-1–FEED-5) through the real API on a real port, read back as a calendar
/// client reads them: ical4j's parser and its validator.
class FeedApiTest {

    /// Monday 30 November 2026, 10:00 in Stockholm: the feed's window runs from Monday 2 November
    /// to Monday 22 February, sixteen Tuesdays.
    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    static final MutableClock clock = new MutableClock(MONDAY);
    /// A decision as people type them: what iCalendar escapes, line breaks, and characters of every UTF-8 length.
    static final String ODD_DECISION = "Finance signs the label deal, with Legal's terms; price at R$ 9,90 \\ per month\n"
            + "Contract at C:\\deals\\brazil — \"final\" 🎵🎧 𝄞 中文 åäö, signed by Friday";

    static TestServer server;
    static String music;
    static String podcasts;
    static String member;
    static long podcastsDue;
    static long podcastsOverdue;
    static long podcastsOdd;
    static long podcastsUndated;
    static long musicAction;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        music = server.add("vp-music", "vp");
        podcasts = server.add("vp-podcasts", "vp");
        member = server.add("staff", "member");
        // Decided the Friday before last; one action's due date has passed by Monday.
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        podcastsDue = resolved("Label deal blocks Brazil", "Finance signs the label deal", "vp-podcasts", "2026-12-09");
        podcastsOverdue = resolved("Studio booking", "Book the Berlin studio", "vp-podcasts", "2026-11-27");
        podcastsOdd = resolved("Pricing, Brazil; \"R$\" \\ 🎵 𝄞", ODD_DECISION, "vp-podcasts", "2027-01-12");
        podcastsUndated = resolved("Catalogue", "Keep the catalogue as it is", "vp-podcasts", null);
        musicAction = resolved("Ads SDK", "Ship the ads SDK as it is", "vp-music", "2026-12-02");
        clock.set(MONDAY);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void monday() {
        clock.set(MONDAY);
    }

    static long resolved(String title, String decision, String owner, String due) {
        var raised = server.http.post("/api/v1/blockers", music, json("title", title, "kind", "blocked"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().path("id").asLong();
        var fields = due == null ? json("decision", decision, "owner", owner) : json("decision", decision, "owner", owner, "due", due);
        var resolve = server.http.post("/api/v1/blockers/" + id + "/resolve", music, fields);
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        return id;
    }

    static String json(String... pairs) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return node.toString();
    }

    /// A new feed path for the holder of `token`, through the API.
    static String feedPath(String token) {
        var issued = server.http.post("/api/v1/feed-token", token, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        var path = issued.json().path("path").asText();
        assertThat(path).startsWith("/calendar.ics?token=etf_").endsWith(issued.json().path("token").asText());
        return path;
    }

    static Calendar calendar(Http.Response feed) throws Exception {
        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(feed.body()));
    }

    static String value(PropertyContainer component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }

    static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)).toList();
    }

    static VEvent event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> uid.equals(value(e, Property.UID)))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + uid + " in " + uids(calendar)));
    }

    @Test
    void a_feed_holds_the_meetings_and_its_holders_actions_and_ical4j_finds_it_valid() throws Exception {
        var feed = server.http.get(feedPath(podcasts), null);

        assertThat(feed.contentType()).isEqualTo("text/calendar; charset=utf-8");
        var calendar = calendar(feed);
        assertThat(calendar.validate().getEntries()).as("ical4j's validator").isEmpty();
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("E-Team: VP-PODCASTS Name");
        var meetings = uids(calendar).stream().filter(u -> u.startsWith("meeting-")).toList();
        assertThat(meetings).hasSize(16).startsWith("meeting-2026-11-03@eteam").endsWith("meeting-2027-02-16@eteam");
        var tuesday = event(calendar, "meeting-2026-12-08@eteam");
        assertThat(value(tuesday, Property.DTSTART)).as("13:00 in Stockholm").isEqualTo("20261208T120000Z");
        assertThat(value(tuesday, Property.DTEND)).isEqualTo("20261208T150000Z");
        assertThat(value(tuesday, Property.DTSTAMP)).isEqualTo("20261130T090000Z");

        assertThat(uids(calendar).stream().filter(u -> u.startsWith("action-")))
                .as("vp-podcasts's dated actions only: not vp-music's, not the undated one")
                .contains("action-" + podcastsDue + "@eteam", "action-" + podcastsOverdue + "@eteam",
                        "action-" + podcastsOdd + "@eteam");
        var due = event(calendar, "action-" + podcastsDue + "@eteam");
        assertThat(value(due, Property.DTSTART)).isEqualTo("20261209");
        assertThat(value(due, Property.DTEND)).isEqualTo("20261210");
        assertThat(value(due, Property.SUMMARY)).isEqualTo("Due: Finance signs the label deal");
        assertThat(value(due, Property.DESCRIPTION)).contains("On blocker " + podcastsDue + ": Label deal blocks Brazil",
                "Owner: vp-podcasts", "eteam done " + podcastsDue);
        var overdue = event(calendar, "action-" + podcastsOverdue + "@eteam");
        assertThat(value(overdue, Property.DTSTART)).isEqualTo("20261127");
        assertThat(value(overdue, Property.SUMMARY)).isEqualTo("Overdue: Book the Berlin studio");
        assertThat(feed.body()).doesNotContain("Ship the ads SDK").doesNotContain("action-" + musicAction + "@")
                .doesNotContain("action-" + podcastsUndated + "@");
    }

    @Test
    void text_from_people_reaches_the_calendar_client_as_they_wrote_it() throws Exception {
        var feed = server.http.get(feedPath(podcasts), null);

        var calendar = calendar(feed);
        var odd = event(calendar, "action-" + podcastsOdd + "@eteam");
        assertThat(value(odd, Property.DESCRIPTION)).contains("Decision: " + ODD_DECISION + "\n",
                "On blocker " + podcastsOdd + ": Pricing, Brazil; \"R$\" \\ 🎵 𝄞\n");
        assertThat(value(odd, Property.SUMMARY)).startsWith("Due: Finance signs the label deal, with Legal's terms; price at R$ 9,90 \\ ");
        assertThat(feed.body()).contains("\r\n").doesNotContain("?🎵").doesNotContain("\uFFFD");
        for (var line : feed.body().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void a_done_action_stays_in_the_feed_as_done_and_meetings_follow_the_clock_across_summer_time() throws Exception {
        clock.set(Instant.parse("2026-11-20T09:00:00Z"));
        long finished = resolved("Venue", "Finance signs the venue contract", "vp-podcasts", "2026-12-10");
        clock.set(MONDAY);
        var path = feedPath(podcasts);
        assertThat(server.http.post("/api/v1/actions/" + finished + "/done", podcasts, "{}").status()).isEqualTo(200);

        var done = event(calendar(server.http.get(path, null)), "action-" + finished + "@eteam");
        assertThat(value(done, Property.SUMMARY)).isEqualTo("Done: Finance signs the venue contract");
        assertThat(value(done, Property.DESCRIPTION)).contains("Marked done by vp-podcasts").doesNotContain("eteam done");

        clock.set(Instant.parse("2027-03-15T09:00:00Z"));
        var march = calendar(server.http.get(path, null));
        assertThat(value(event(march, "meeting-2027-03-23@eteam"), Property.DTSTART)).isEqualTo("20270323T120000Z");
        assertThat(value(event(march, "meeting-2027-03-30@eteam"), Property.DTSTART)).as("after the clocks go forward")
                .isEqualTo("20270330T110000Z");
        assertThat(uids(march)).as("done before the window: gone; still overdue: kept")
                .doesNotContain("action-" + finished + "@eteam").contains("action-" + podcastsOverdue + "@eteam");
    }

    @Test
    void a_new_feed_token_retires_the_old_one_and_revoking_ends_the_feed() {
        var first = feedPath(podcasts);
        var second = feedPath(podcasts);

        assertError(server.http.get(first, null), 401, "unauthenticated");
        assertThat(server.http.get(second, null).status()).isEqualTo(200);

        var revoked = server.http.delete("/api/v1/feed-token", podcasts);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asBoolean()).isTrue();
        var refused = server.http.get(second, null);
        assertError(refused, 401, "unauthenticated");
        assertThat(refused.json().path("message").asText()).contains("eteam feed token");
        assertThat(server.http.delete("/api/v1/feed-token", podcasts).json().path("revoked").asBoolean()).isFalse();
    }

    @Test
    void an_api_token_is_no_feed_token_and_a_feed_token_is_no_api_token() {
        var path = feedPath(music);
        var feedToken = path.substring(path.indexOf("=") + 1);

        assertError(server.http.get("/calendar.ics?token=" + music, null), 401, "unauthenticated");
        assertError(server.http.get("/api/v1/me", feedToken), 401, "unauthenticated");
        assertError(server.http.post("/api/v1/feed-token", feedToken, null), 401, "unauthenticated");
        assertThat(server.http.get("/api/v1/me", music).status()).isEqualTo(200);
        assertThat(server.http.get(path, null).status()).isEqualTo(200);
    }

    @Test
    void a_member_has_a_feed_of_the_meetings_and_a_feed_needs_its_token() throws Exception {
        var calendar = calendar(server.http.get(feedPath(member), null));

        assertThat(uids(calendar)).hasSize(16).allMatch(u -> u.startsWith("meeting-"));
        assertError(server.http.get("/calendar.ics", null), 401, "unauthenticated");
        assertError(server.http.get("/calendar.ics?token=", null), 401, "unauthenticated");
        assertError(server.http.post("/api/v1/feed-token", null, null), 401, "unauthenticated");
        assertError(server.http.get("/calendar.ics?token=etf_" + "A".repeat(43), null), 401, "unauthenticated");
    }

    @Test
    void a_deactivated_persons_feed_stops(@TempDir Path home) {
        var leaving = server.add("vp-leaving", "vp");
        var path = feedPath(leaving);
        assertThat(server.http.get(path, null).status()).isEqualTo(200);

        server.app.people().deactivate(server.chair(), "vp-leaving");

        assertError(server.http.get(path, null), 401, "unauthenticated");
    }

    @Test
    void the_cli_prints_the_feed_url_alone_on_the_last_line_and_revokes_it(@TempDir Path home) {
        var cli = new Cli(home).env("ETEAM_SERVER", server.url() + "/").env("ETEAM_TOKEN", podcasts);

        var made = cli.run("feed", "token");

        assertThat(made.exit()).as(made.err()).isZero();
        var url = made.lastLine();
        assertThat(url).startsWith(server.url() + "/calendar.ics?token=etf_");
        assertThat(made.out()).contains("subscribe to this URL");
        var path = url.substring(server.url().length());
        assertThat(server.http.get(path, null).status()).isEqualTo(200);

        var json = cli.run("feed", "token", "--json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"url\" : \"" + server.url() + "/calendar.ics?token=etf_", "\"path\" : \"/calendar.ics?token=etf_");
        assertThat(server.http.get(path, null).status()).as("the first URL, replaced").isEqualTo(401);

        var revoked = cli.run("feed", "revoke");
        var again = cli.run("feed", "revoke");
        assertThat(revoked.exit()).isZero();
        assertThat(revoked.out()).contains("revoked");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("You had no calendar feed");

        var wrong = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", "et_wrong").run("feed", "token");
        assertThat(wrong.exit()).isEqualTo(3);
        assertThat(wrong.err()).isNotBlank();
    }

    @Test
    void wrong_feed_tokens_are_counted_with_wrong_api_tokens_and_answered_429_with_retry_after() {
        var d = Limits.DEFAULT;
        var strict = new Limits(d.threads(), d.idleTimeout(), d.headerTimeout(), d.minBodyRate(), d.drainTime(),
                d.connectionsPerAddress(), 3, Duration.ofMinutes(1), d.trackedAddresses(), false, List.of());
        try (var throttled = TestServer.start(clock, strict)) {
            var path = throttled.http.post("/api/v1/feed-token", throttled.chairToken, null).json().path("path").asText();
            for (int i = 0; i < 2; i++) {
                assertError(throttled.http.get("/calendar.ics?token=etf_guess" + i, null), 401, "unauthenticated");
            }
            assertError(throttled.http.get("/api/v1/me", "et_guess"), 401, "unauthenticated");

            var held = throttled.http.get(path, null);
            assertError(held, 429, "too_many_requests");
            assertThat(throttled.http.headers(path).firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
            assertThat(throttled.http.get("/calendar.ics", null).status()).as("no token: not a guess, not looked at").isEqualTo(401);
        }
    }
}
