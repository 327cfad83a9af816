package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Http;
import io.eteam.support.JarServer;
import io.eteam.support.Postgres;
import io.eteam.support.SseFollower;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/// Issue 16: two `eteam serve` processes of the packaged jar on one PostgreSQL 15 database,
/// started at the same moment on an empty database, and nginx in front of them with the
/// configuration the repository ships (`src/deploy/nginx/eteam.conf`).
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir
    static Path dir;

    static Postgres postgres;
    static String db;
    static JarServer a;
    static JarServer b;
    static Process nginx;
    static Http proxy;
    static String chair;
    static String vp;
    static String date;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        postgres = Postgres.start();
        db = postgres.createDatabase("two_servers");
        var env = Map.of("ETEAM_DB", db);
        a = JarServer.serve(dir, "a", env, "--behind-proxy");
        b = JarServer.serve(dir, "b", env, "--behind-proxy");
        a.awaitHealthy();
        b.awaitHealthy();
        chair = JarServer.init(dir, env);
        var added = a.http().post("/api/v1/people", chair, "{\"handle\": \"vp-music\", \"name\": \"Val Music\", \"role\": \"vp\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        vp = added.json().path("token").asText();
        date = meetingDay();
        if (Files.isExecutable(NGINX)) {
            nginx = startNginx();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (var server : new JarServer[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void both_servers_started_at_once_on_an_empty_database_migrated_it_exactly_once() throws Exception {
        int migrations;
        try (var files = Files.list(Path.of("sql"))) {
            migrations = (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        var versions = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(db);
             var rows = connection.createStatement().executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).hasSize(migrations).doesNotHaveDuplicates();
        assertThat(a.process().isAlive()).isTrue();
        assertThat(b.process().isAlive()).isTrue();
    }

    @Test
    void a_blocker_raised_on_one_server_reaches_the_event_stream_of_the_other_within_a_second() throws Exception {
        try (var onB = follow(b.url(), null)) {
            assertThat(onB.next(5000).name()).isEqualTo("sync");
            long id = raise(a, "Raised on A");

            var event = onB.next(1000);

            assertThat(event.name()).isEqualTo("blocker.raised");
            assertThat(event.data().path("blocker_id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void a_browser_that_reconnects_to_the_other_server_resumes_where_it_was() throws Exception {
        String lastSeen;
        try (var onA = follow(a.url(), null)) {
            onA.next(5000);
            raise(a, "Seen on A");
            lastSeen = onA.next(1000).id();
        }
        long missed = raise(b, "Raised while the browser was away");

        try (var onB = follow(b.url(), lastSeen)) {
            var first = onB.next(2000);
            assertThat(first.name()).as("replayed, not a sync").isEqualTo("blocker.raised");
            assertThat(first.data().path("blocker_id").asLong()).isEqualTo(missed);
        }
    }

    @Test
    void concurrent_resolves_of_one_blocker_on_the_two_servers_give_one_200_and_one_409() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long id = raise(a, "Resolved twice at once " + round);
                var barrier = new CyclicBarrier(2);
                var path = "/api/v1/blockers/" + id + "/resolve";
                var body = "{\"decision\": \"Ship the EU launch on 12 January\", \"owner\": \"vp-music\"}";
                Callable<Integer> onA = () -> {
                    barrier.await();
                    return a.http().post(path, vp, body).status();
                };
                Callable<Integer> onB = () -> {
                    barrier.await();
                    return b.http().post(path, vp, body).status();
                };
                var first = pool.submit(onA);
                var second = pool.submit(onB);
                var statuses = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /// B has just read the calendar, so without hearing A's `calendar.changed` it would keep its
    /// copy for a second.
    @Test
    void a_calendar_change_on_one_server_is_seen_by_the_other_at_once() throws Exception {
        var before = b.http().get("/api/v1/calendar", vp).json().path("target_days").decimalValue();
        var target = before.intValue() == 3 ? "2" : "3";
        assertThat(a.http().send("PUT", "/api/v1/calendar", chair, "{\"target_days\": " + target + "}").status()).isEqualTo(200);
        long changed = System.nanoTime();

        String seen;
        do {
            seen = b.http().get("/api/v1/calendar", vp).json().path("target_days").decimalValue().stripTrailingZeros().toPlainString();
        } while (!seen.equals(target) && System.nanoTime() - changed < TimeUnit.SECONDS.toNanos(5));

        assertThat(seen).isEqualTo(target);
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofMillis(500));
        a.http().send("PUT", "/api/v1/calendar", chair, "{\"target_days\": " + before.toPlainString() + "}");
    }

    /// A server remembers a token that signed in for up to a second; a deactivation on the other
    /// server must end it there as soon as its event arrives, not when that second is up.
    @Test
    void a_person_deactivated_on_one_server_is_refused_by_the_other_at_once() throws Exception {
        var added = a.http().post("/api/v1/people", chair, "{\"handle\": \"vp-leaving-b\", \"name\": \"Leaving\", \"role\": \"vp\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var token = added.json().path("token").asText();
        for (int i = 0; i < 20; i++) {
            assertThat(b.http().get("/api/v1/me", token).status()).isEqualTo(200);
        }

        assertThat(a.http().delete("/api/v1/people/vp-leaving-b", chair).status()).isEqualTo(200);
        long deactivated = System.nanoTime();
        int status;
        do {
            status = b.http().get("/api/v1/me", token).status();
        } while (status == 200 && System.nanoTime() - deactivated < TimeUnit.SECONDS.toNanos(5));

        assertThat(status).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - deactivated)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void an_idempotency_key_holds_across_the_servers() {
        var key = UUID.randomUUID().toString();
        var body = "{\"title\": \"Sent twice through different servers\", \"kind\": \"blocked\"}";

        var first = withKey(a, key, body);
        var again = withKey(b, key, body);
        var other = withKey(b, key, "{\"title\": \"Another blocker\", \"kind\": \"blocked\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("\"idempotency_mismatch\"");
        var titled = a.http().get("/api/v1/blockers?status=all", vp).json().findValuesAsText("title");
        assertThat(titled.stream().filter("Sent twice through different servers"::equals)).hasSize(1);
    }

    @Test
    void behind_nginx_the_event_stream_arrives_unbuffered_within_a_second_and_readiness_answers() throws Exception {
        Assumptions.assumeTrue(nginx != null, "nginx is not installed here");
        assertThat(proxy.get("/api/v1/ready", null).status()).isEqualTo(200);
        assertThat(proxy.get("/api/v1/ready", null).json().path("status").asText()).isEqualTo("ready");

        try (var through = follow(proxy.base(), null)) {
            assertThat(through.next(5000).name()).isEqualTo("sync");
            for (var server : List.of(a, b, a, b)) {
                long id = raise(server, "Through the proxy");
                var event = through.next(1000);
                assertThat(event.data().path("blocker_id").asLong()).isEqualTo(id);
            }
        }
    }

    /// Last: it restarts the database under both servers.
    @Test
    @Order(Integer.MAX_VALUE)
    void after_postgresql_restarts_both_servers_hear_each_others_events_again_without_being_restarted() throws Exception {
        try (var onB = follow(b.url(), null)) {
            assertThat(onB.next(5000).name()).isEqualTo("sync");

            postgres.pause();
            postgres.resume();
            long id = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (id == 0 && System.nanoTime() < deadline) {
                var raised = a.http().post("/api/v1/blockers", vp, "{\"title\": \"After the restart\", \"kind\": \"blocked\"}");
                id = raised.status() == 201 ? raised.json().path("id").asLong() : 0;
            }
            assertThat(id).as("A answers again once PostgreSQL is back").isPositive();

            var event = onB.next(3000);
            assertThat(event.name()).isEqualTo("blocker.raised");
            assertThat(event.data().path("blocker_id").asLong()).isEqualTo(id);
        }
    }

    @Test
    void behind_nginx_a_browser_signs_in_through_the_form() throws Exception {
        Assumptions.assumeTrue(nginx != null, "nginx is not installed here");
        var signIn = HttpRequest.newBuilder(URI.create(proxy.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", proxy.base())
                .POST(HttpRequest.BodyPublishers.ofString("token=" + vp))
                .build();

        var answer = HttpClient.newHttpClient().send(signIn, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/");
        assertThat(answer.headers().allValues("Set-Cookie")).isNotEmpty();
    }

    @Test
    void behind_nginx_wrong_tokens_from_one_browser_do_not_lock_out_the_others() throws Exception {
        Assumptions.assumeTrue(nginx != null, "nginx is not installed here");
        var port = URI.create(proxy.base()).getPort();
        int status = 0;
        for (int i = 0; i < 200 && status != 429; i++) {
            status = get(InetAddress.getByName("127.0.0.2"), port, "et_wrong_" + i);
        }
        assertThat(status).as("the guessing address is throttled").isEqualTo(429);

        for (int i = 0; i < 4; i++) {
            assertThat(get(InetAddress.getByName("127.0.0.3"), port, vp)).as("another browser, request %d", i).isEqualTo(200);
        }
    }

    /// The first Tuesday from next week on that is a meeting day (not a holiday).
    static String meetingDay() {
        var day = LocalDate.now().with(TemporalAdjusters.next(java.time.DayOfWeek.TUESDAY));
        for (int i = 0; i < 8; i++, day = day.plusWeeks(1)) {
            if (a.http().get("/api/v1/meetings/" + day, vp).status() == 200) {
                return day.toString();
            }
        }
        throw new AssertionError("no meeting day in the next eight Tuesdays");
    }

    static SseFollower follow(String base, String lastEventId) {
        return new SseFollower(base + "/api/v1/meetings/" + date + "/events", vp, lastEventId);
    }

    static long raise(JarServer server, String title) {
        var raised = server.http().post("/api/v1/blockers", vp, "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    static HttpResponse<String> withKey(JarServer server, String key, String body) {
        var request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/blockers"))
                .header("Authorization", "Bearer " + vp)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /// `GET /api/v1/me` from the local address `from` (a browser on another machine, as the
    /// proxy sees it), answering the status.
    static int get(InetAddress from, int port, String token) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/me HTTP/1.1\r\nHost: eteam\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            var statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /// nginx with the repository's configuration, the two servers as its upstream, on a free port.
    static Process startNginx() throws Exception {
        int port = JarServer.freePort();
        var site = Files.readString(Path.of("src/deploy/nginx/eteam.conf"))
                .replace("server 127.0.0.1:7070 ", "server 127.0.0.1:" + a.port() + " ")
                .replace("server 127.0.0.1:7071 ", "server 127.0.0.1:" + b.port() + " ")
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(dir.resolve("eteam.conf"), site);
        var root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), root + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/nginx-error.log;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/eteam.conf;
                }
                """.formatted(dir));
        var process = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        proxy = new Http("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                if (proxy.get("/api/v1/health", null).status() == 200) {
                    return process;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not answer within 10 s: " + Files.readString(dir.resolve("nginx.out")));
    }
}
