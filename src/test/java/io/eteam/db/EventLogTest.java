package io.eteam.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.event.Event;
import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.support.Heard;
import io.eteam.support.Postgres;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// EVT-6 on a real PostgreSQL 15: each `Database` here stands for one server, with its own pool,
/// bus and listening connection, as `eteam serve` has them. (The two-server test of real
/// processes is `TwoServersIT`.)
class EventLogTest {

    static final Instant AT = Instant.parse("2026-12-01T11:30:00Z");

    static Postgres postgres;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        postgres = Postgres.start();
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    /// One server: its database handle and its bus.
    record Server(Database database, EventBus bus) implements AutoCloseable {
        static Server on(String url) {
            var database = Database.open(url);
            return new Server(database, database.eventBus());
        }

        Event raise(long blocker) {
            return bus.publish(EventType.BLOCKER_RAISED, AT, "vp-music", Map.of("blocker_id", blocker, "raised_by", "vp-music"));
        }

        /// What this server's subscribers hear from now on.
        BlockingQueue<Event> follow() {
            var heard = new LinkedBlockingQueue<Event>();
            bus.subscribe(heard::add);
            return heard;
        }

        @Override
        public void close() {
            database.close();
        }
    }

    @Test
    void an_event_published_on_one_server_reaches_the_other_within_a_second_with_the_same_id() throws Exception {
        var url = postgres.createDatabase("crossing");
        try (var a = Server.on(url); var b = Server.on(url)) {
            var onB = b.follow();
            var onA = a.follow();

            var raised = a.raise(7);

            assertThat(json(onA.poll(0, TimeUnit.MILLISECONDS))).as("on A, before publish answered").isEqualTo(raised.toJson());
            // Within half a second: B looks once a second anyway, so NOTIFY is what this tests.
            var crossed = onB.poll(500, TimeUnit.MILLISECONDS);
            assertThat(json(crossed)).as("on B within half a second").isEqualTo(raised.toJson());
            assertThat(crossed.fields()).containsEntry("blocker_id", 7);
            assertThat(b.bus().latest()).isEqualTo(a.bus().latest()).isEqualTo(raised.id());
        }
    }

    @Test
    void events_published_on_both_servers_at_once_reach_both_once_each_in_the_same_order() throws Exception {
        var url = postgres.createDatabase("both_at_once");
        try (var a = Server.on(url); var b = Server.on(url)) {
            var onA = new CopyOnWriteArrayList<Event>();
            var onB = new CopyOnWriteArrayList<Event>();
            a.bus().subscribe(onA::add);
            b.bus().subscribe(onB::add);
            int perThread = 60;
            var writers = Executors.newFixedThreadPool(6);
            var published = new CopyOnWriteArrayList<String>();
            for (int t = 0; t < 6; t++) {
                var server = t % 2 == 0 ? a : b;
                long base = t * 1000L;
                writers.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        published.add(server.raise(base + i).id());
                    }
                });
            }
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            waitUntil(() -> onA.size() >= published.size() && onB.size() >= published.size(), Duration.ofSeconds(5));

            var idsOnA = onA.stream().map(Event::id).toList();
            assertThat(idsOnA).hasSize(6 * perThread).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
            assertThat(onB.stream().map(Event::id).toList()).as("the same events in the same order on B").isEqualTo(idsOnA);
            var numbers = idsOnA.stream().map(id -> Long.parseLong(id.substring(id.lastIndexOf('-') + 1))).toList();
            assertThat(numbers).isSorted();
        }
    }

    @Test
    void a_browser_that_reconnects_to_a_server_started_later_resumes_from_the_id_another_server_gave_it() throws Exception {
        var url = postgres.createDatabase("resuming");
        try (var a = Server.on(url)) {
            a.raise(1);
            var lastSeen = a.raise(2).id();
            var missed = List.of(a.raise(3).id(), a.raise(4).id());

            try (var c = Server.on(url)) {
                var heard = new Heard();
                c.bus().subscribe(lastSeen, heard);
                assertThat(heard.heard).as("replayed by a server that was not running when they happened").containsExactlyElementsOf(missed);
            }
        }
    }

    @Test
    void after_its_listening_connection_is_cut_a_server_hears_the_others_again_and_what_it_missed() throws Exception {
        var url = postgres.createDatabase("cut_off");
        try (var a = Server.on(url); var b = Server.on(url)) {
            var onB = b.follow();
            assertThat(onB.poll(1, TimeUnit.SECONDS)).as("before").isNull();
            a.raise(1);
            assertThat(onB.poll(1, TimeUnit.SECONDS)).isNotNull();

            // What a restart of the database does to every session, the listening ones included.
            try (var admin = DriverManager.getConnection(url); var statement = admin.createStatement()) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = current_database() AND application_name = 'eteam events'");
            }
            var whileCut = a.raise(2);
            var afterwards = a.raise(3);

            assertThat(json(onB.poll(5, TimeUnit.SECONDS))).as("missed while cut off").isEqualTo(whileCut.toJson());
            assertThat(json(onB.poll(1, TimeUnit.SECONDS))).isEqualTo(afterwards.toJson());
            var next = a.raise(4);
            assertThat(json(onB.poll(500, TimeUnit.MILLISECONDS))).as("heard at once when listening again").isEqualTo(next.toJson());
        }
    }

    @Test
    void an_event_this_build_cannot_read_is_passed_over_and_the_next_ones_still_arrive() throws Exception {
        var url = postgres.createDatabase("from_a_newer_server");
        try (var a = Server.on(url); var b = Server.on(url)) {
            var onB = b.follow();
            a.raise(1);
            assertThat(onB.poll(1, TimeUnit.SECONDS)).isNotNull();

            // What a newer eteam, mid-upgrade, could write: an event type this one does not know.
            try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
                statement.execute("INSERT INTO event_log (body) VALUES ('{\"id\":\"\",\"type\":\"some.future_event\",\"at\":\"2026-12-01T11:30:00Z\",\"by\":\"vp-music\"}')");
                statement.execute("NOTIFY eteam_events");
            }
            var next = a.raise(2);

            assertThat(json(onB.poll(1, TimeUnit.SECONDS))).isEqualTo(next.toJson());
            assertThat(b.bus().latest()).isEqualTo(next.id());
        }
    }

    @Test
    void a_server_that_missed_events_the_log_no_longer_keeps_tells_its_browsers_to_read_afresh() throws Exception {
        var url = postgres.createDatabase("fallen_behind");
        try (var a = Server.on(url); var b = Server.on(url)) {
            var onB = new Heard();
            b.bus().subscribe(onB);
            var heard = onB.heard;
            var seen = a.raise(1).id();
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(seen);

            // As if B had been cut off while 5,000 events came and the log deleted its old rows.
            try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
                statement.execute("INSERT INTO event_log (n, body) VALUES (5002, '{\"id\":\"\",\"type\":\"blocker.raised\",\"at\":\"2026-12-01T11:30:00Z\",\"by\":\"vp-music\",\"blocker_id\":9}')");
                statement.execute("DELETE FROM event_log WHERE n < 5002");
                statement.execute("NOTIFY eteam_events");
            }
            var epoch = epoch(seen);

            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo("sync " + epoch + "-5001");
            assertThat(heard.poll(1, TimeUnit.SECONDS)).isEqualTo(epoch + "-5002");
            var resumed = new Heard();
            b.bus().subscribe(seen, resumed);
            assertThat(resumed.heard).as("a browser resuming from before the loss").containsExactly("sync " + epoch + "-5002");
        }
    }

    @Test
    void each_database_draws_its_own_epoch_and_every_server_on_it_uses_that_one() {
        var first = postgres.createDatabase("epoch_one");
        var second = postgres.createDatabase("epoch_two");
        try (var a = Server.on(first); var b = Server.on(first); var c = Server.on(second)) {
            var onA = a.raise(1).id();
            var onB = b.raise(2).id();
            var elsewhere = c.raise(1).id();

            assertThat(epoch(onA)).matches("[0-9a-z]{8}").isEqualTo(epoch(onB)).isNotEqualTo(epoch(elsewhere));
        }
    }

    /// An event as browsers get it, or null.
    static String json(Event event) {
        return event == null ? null : event.toJson();
    }

    static String epoch(String id) {
        return id.substring(0, id.lastIndexOf('-'));
    }

    static void waitUntil(BooleanSupplier done, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
