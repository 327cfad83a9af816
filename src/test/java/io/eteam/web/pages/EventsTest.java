package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// `GET /api/v1/meetings/{date}/events`: server-sent events that tell every open page that
/// something changed, over real HTTP.
class EventsTest {

    static final String EVENTS = "/api/v1/meetings/2026-12-01/events";
    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T11:30:00Z"));
    static TestServer server;
    static String vp;

    final List<CompletableFuture<?>> streams = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void closeStreams() {
        streams.forEach(s -> s.cancel(true));
    }

    /// Opens the event stream as a signed-in browser and answers the lines it receives.
    BlockingQueue<String> follow(PageClient browser) {
        return follow(browser, EVENTS);
    }

    BlockingQueue<String> follow(PageClient browser, String path) {
        var lines = new LinkedBlockingQueue<String>();
        var request = browser.request(path).header("Accept", "text/event-stream").GET();
        var stream = browser.http().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    lines.add("status: " + response.statusCode());
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                });
        streams.add(stream);
        return lines;
    }

    PageClient signedIn() {
        var browser = new PageClient(server.url());
        browser.signIn(vp);
        return browser;
    }

    /// Reads lines until one starts with `prefix`, for at most `millis`; fails otherwise.
    static String await(BlockingQueue<String> lines, String prefix, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        var seen = new ArrayList<String>();
        while (true) {
            var line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no line starting with '" + prefix + "' within " + millis + " ms; saw " + seen);
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /// One server-sent event.
    record Event(long id, String name, String data) {
    }

    /// Reads events until one named `name` arrives, for at most `millis`; fails otherwise.
    static Event awaitEvent(BlockingQueue<String> lines, String name, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (true) {
            var event = nextEvent(lines, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    /// The next whole event, within `millis`; fails otherwise.
    static Event nextEvent(BlockingQueue<String> lines, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        var seen = new ArrayList<String>();
        long id = -1;
        String name = null;
        String data = null;
        while (true) {
            var line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no event within " + millis + " ms; saw " + seen);
            }
            seen.add(line);
            if (line.startsWith("id: ")) {
                id = Long.parseLong(line.substring(4));
            } else if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            } else if (line.isEmpty() && name != null) {
                return new Event(id, name, data);
            }
        }
    }

    @Test
    void a_connection_starts_with_a_one_second_retry_and_a_sync_event_carrying_the_latest_id() throws Exception {
        var lines = follow(signedIn());

        assertThat(await(lines, "status: ", 5000)).isEqualTo("status: 200");
        await(lines, "retry: 1000", 5000);
        assertThat(awaitEvent(lines, "sync", 5000).id()).isNotNegative();
    }

    @Test
    void a_write_through_the_api_reaches_every_follower_within_a_second() throws Exception {
        var first = follow(signedIn());
        var second = follow(signedIn());
        var syncId = awaitEvent(first, "sync", 5000).id();
        awaitEvent(second, "sync", 5000);

        server.http.post("/api/v1/blockers", vp, "{\"title\": \"Announced\", \"kind\": \"blocked\"}");

        for (var lines : List.of(first, second)) {
            var change = awaitEvent(lines, "change", 1000);
            assertThat(change.data()).isEqualTo("POST /api/v1/blockers");
            assertThat(change.id()).isGreaterThan(syncId);
        }
    }

    @Test
    void a_reconnecting_browser_gets_a_sync_event_with_the_id_it_missed_up_to() throws Exception {
        var browser = signedIn();
        var before = follow(browser);
        var first = awaitEvent(before, "sync", 5000).id();
        streams.forEach(s -> s.cancel(true));

        server.http.post("/api/v1/blockers", vp, "{\"title\": \"Missed while away\", \"kind\": \"blocked\"}");
        var after = follow(browser);

        assertThat(awaitEvent(after, "sync", 5000).id()).isGreaterThan(first);
    }

    @Test
    void a_page_that_is_up_to_date_gets_no_sync_event_and_one_that_missed_a_change_does() throws Exception {
        var browser = signedIn();
        var page = browser.get("/meetings/2026-12-01").body();
        var since = page.replaceAll("(?s).*events\\?since=(\\d+).*", "$1");
        var upToDate = follow(browser, EVENTS + "?since=" + since);
        await(upToDate, "retry: 1000", 5000);

        server.http.post("/api/v1/blockers", vp, "{\"title\": \"Raised after the page was read\", \"kind\": \"blocked\"}");
        var behind = follow(browser, EVENTS + "?since=" + since);

        var first = nextEvent(upToDate, 1000);
        assertThat(first.name()).as("the first event of an up-to-date page").isEqualTo("change");
        assertThat(first.id()).isEqualTo(Long.parseLong(since) + 1);
        assertThat(awaitEvent(behind, "sync", 5000).id()).isEqualTo(Long.parseLong(since) + 1);
    }

    @Test
    void the_event_stream_needs_a_session_or_a_token() throws Exception {
        var lines = follow(new PageClient(server.url()));

        assertThat(await(lines, "status: ", 5000)).isEqualTo("status: 401");
    }

    @Test
    void the_event_stream_of_a_day_that_is_not_a_meeting_day_is_refused() throws Exception {
        var browser = signedIn();
        var response = browser.send(browser.request("/api/v1/meetings/2026-12-02/events").header("Accept", "text/event-stream").GET());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("2026-12-02 is a Wednesday");
    }
}
