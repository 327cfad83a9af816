package io.eteam.idempotency;

import static io.eteam.support.ApiErrors.assertError;
import static io.eteam.support.ApiErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.App;
import io.eteam.db.Database;
import io.eteam.demo.MutableClock;
import io.eteam.support.Http;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// `Idempotency-Key` over HTTP on a real port: a retried write is answered as the first time
/// and applied once. The clock stands on Tuesday 1 December 2026, noon in Stockholm, a meeting day.
class IdempotencyTest {

    static final Instant TUESDAY_NOON = Instant.parse("2026-12-01T11:00:00Z");
    static final String DATE = "2026-12-01";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static MutableClock clock = new MutableClock(TUESDAY_NOON);
    static TestServer server;
    static String vp;
    static String vp2;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        vp2 = server.add("vp-ads", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /// One answer with the header that marks a replay.
    record Answer(int status, String body, JsonNode json, String contentType, String replayed) {
        Http.Response response() {
            return new Http.Response(status, body, json, contentType);
        }
    }

    static Answer send(Http http, String method, String path, String token, String key, String body) {
        var request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", path.endsWith("/import") ? "text/csv" : "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException e) {
                json = null;
            }
            return new Answer(response.statusCode(), response.body(), json,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Idempotent-Replayed").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer post(String path, String token, String key, String body) {
        return send(server.http, "POST", path, token, key, body);
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static String raiseBody(String title) {
        return "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}";
    }

    static long count(String title) {
        return server.app.blockers().list("all", null).stream().filter(b -> b.title().equals(title)).count();
    }

    static long raise(String token, String title) {
        return post("/api/v1/blockers", token, null, raiseBody(title)).json().path("id").asLong();
    }

    static List<String> history(long id) {
        return server.app.blockers().history(id).stream().map(e -> e.action()).toList();
    }

    static void assertReplayOf(Answer replay, Answer first) {
        assertThat(replay.replayed()).isEqualTo("true");
        assertThat(replay.status()).isEqualTo(first.status());
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.contentType()).isEqualTo(first.contentType());
    }

    @Test
    void two_posts_with_the_same_idempotency_key_create_one_blocker() {
        var key = key();
        var first = post("/api/v1/blockers", vp, key, raiseBody("Label deal stuck"));
        var second = post("/api/v1/blockers", vp, key, raiseBody("Label deal stuck"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isNull();
        assertReplayOf(second, first);
        assertThat(count("Label deal stuck")).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_idempotency_mismatch_and_writes_nothing() {
        var key = key();
        assertThat(post("/api/v1/blockers", vp, key, raiseBody("Payments vendor late")).status()).isEqualTo(201);

        var other = post("/api/v1/blockers", vp, key, raiseBody("Another blocker"));

        assertError(other.response(), 422, "idempotency_mismatch");
        assertThat(other.json().path("message").asText()).contains("Idempotency-Key", "new key");
        assertThat(count("Another blocker")).isZero();
        var otherPath = post("/api/v1/blockers/1/withdraw", vp, key, raiseBody("Payments vendor late"));
        assertError(otherPath.response(), 422, "idempotency_mismatch");
    }

    @Test
    void keys_are_per_person_so_two_vps_using_the_same_key_each_get_their_own_blocker() {
        var key = "same-key-" + key();
        var music = post("/api/v1/blockers", vp, key, raiseBody("Music per person"));
        var ads = post("/api/v1/blockers", vp2, key, raiseBody("Ads per person"));

        assertThat(music.status()).isEqualTo(201);
        assertThat(ads.status()).isEqualTo(201);
        assertThat(ads.replayed()).isNull();
        assertThat(ads.json().path("raised_by").asText()).isEqualTo("vp-ads");
        assertReplayOf(post("/api/v1/blockers", vp, key, raiseBody("Music per person")), music);
        assertReplayOf(post("/api/v1/blockers", vp2, key, raiseBody("Ads per person")), ads);
    }

    @Test
    void a_request_without_the_header_is_served_every_time_as_before() {
        post("/api/v1/blockers", vp, null, raiseBody("No key twice"));
        post("/api/v1/blockers", vp, null, raiseBody("No key twice"));

        assertThat(count("No key twice")).isEqualTo(2);
    }

    @Test
    void a_malformed_key_is_refused_with_400_naming_the_header_and_writes_nothing() {
        for (var bad : List.of(" ", "k".repeat(256), "tab\there")) {
            var refused = post("/api/v1/blockers", vp, bad, raiseBody("Malformed key"));
            assertInvalid(refused.response(), "Idempotency-Key");
        }
        assertThat(post("/api/v1/blockers", vp, "k".repeat(255), raiseBody("Longest key")).status()).isEqualTo(201);
        assertThat(count("Malformed key")).isZero();
    }

    @Test
    void a_request_refused_at_sign_in_leaves_its_key_free() {
        var key = key();
        var refused = post("/api/v1/blockers", "et_not-a-token", key, raiseBody("Signed out"));
        assertError(refused.response(), 401, "unauthenticated");

        var made = post("/api/v1/blockers", vp, key, raiseBody("Signed in after"));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.replayed()).isNull();
    }

    @Test
    void a_refusal_that_changed_nothing_is_replayed_too() {
        var key = key();
        var first = post("/api/v1/blockers", vp, key, "{\"title\": \"\", \"kind\": \"blocked\"}");
        assertInvalid(first.response(), "title");

        assertReplayOf(post("/api/v1/blockers", vp, key, "{\"title\": \"\", \"kind\": \"blocked\"}"), first);
    }

    @Test
    void a_retried_resolve_answers_the_same_and_resolves_once() {
        long id = raise(vp, "Resolve me once");
        var key = key();
        var body = "{\"decision\": \"Ship the Brazil launch on March 3\", \"owner\": \"vp-music\"}";
        var first = post("/api/v1/blockers/" + id + "/resolve", vp, key, body);
        var second = post("/api/v1/blockers/" + id + "/resolve", vp, key, body);

        assertThat(first.status()).isEqualTo(200);
        assertReplayOf(second, first);
        assertThat(history(id)).containsExactly("raised", "resolved");
    }

    @Test
    void a_retried_withdraw_answers_the_same_and_withdraws_once() {
        long id = raise(vp, "Withdraw me once");
        var key = key();
        var body = "{\"reason\": \"We unblocked ourselves\"}";
        var first = post("/api/v1/blockers/" + id + "/withdraw", vp, key, body);
        var second = post("/api/v1/blockers/" + id + "/withdraw", vp, key, body);

        assertThat(first.status()).isEqualTo(200);
        assertReplayOf(second, first);
        assertThat(history(id)).containsExactly("raised", "withdrawn");
    }

    @Test
    void a_retried_patch_answers_the_same_and_edits_once() {
        long id = raise(vp, "Edit me once");
        var key = key();
        var first = send(server.http, "PATCH", "/api/v1/blockers/" + id, vp, key, "{\"impact\": \"high\"}");
        var edited = send(server.http, "PATCH", "/api/v1/blockers/" + id, vp, null, "{\"title\": \"Edited in between\"}");
        var second = send(server.http, "PATCH", "/api/v1/blockers/" + id, vp, key, "{\"impact\": \"high\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(edited.status()).isEqualTo(200);
        assertReplayOf(second, first);
        assertThat(server.app.blockers().get(id).title()).isEqualTo("Edited in between");
        assertThat(history(id)).containsExactly("raised", "edited", "edited");
    }

    @Test
    void a_refused_deferral_replayed_answers_the_same_422_and_keeps_one_history_row() {
        long id = raise(vp, "Deferral once");
        var key = key();
        var body = "{\"decision\": \"Let's take this offline\", \"owner\": \"vp-music\"}";
        var first = post("/api/v1/blockers/" + id + "/resolve", vp, key, body);
        var second = post("/api/v1/blockers/" + id + "/resolve", vp, key, body);

        assertError(first.response(), 422, "deferral_rejected");
        assertReplayOf(second, first);
        assertThat(history(id)).containsExactly("raised", "deferral_refused");
    }

    @Test
    void a_retried_import_answers_the_same_ids_and_imports_once() {
        var csv = "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                + "Imported once A,blocked,high,vp-music,2026-11-02T10:00:00Z,,,\n"
                + "Imported once B,misaligned,,vp-ads,2026-11-03T10:00:00Z,2026-11-04T10:00:00Z,Ship it,vp-ads\n";
        var key = key();
        var first = post("/api/v1/blockers/import", server.chairToken, key, csv);
        var second = post("/api/v1/blockers/import", server.chairToken, key, csv);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("imported").asInt()).isEqualTo(2);
        assertReplayOf(second, first);
        assertThat(count("Imported once A")).isEqualTo(1);
        assertThat(count("Imported once B")).isEqualTo(1);
    }

    @Test
    void a_retried_check_in_answers_the_same() {
        var key = key();
        var first = post("/api/v1/meetings/" + DATE + "/attendees", vp2, key, "{}");
        var second = post("/api/v1/meetings/" + DATE + "/attendees", vp2, key, "{}");

        assertThat(first.status()).isEqualTo(201);
        assertReplayOf(second, first);
    }

    @Test
    void a_refused_check_in_replayed_is_kept_once() {
        var member = server.add("staff-idem", "member");
        var key = key();
        var first = post("/api/v1/meetings/" + DATE + "/attendees", member, key, "{}");
        var second = post("/api/v1/meetings/" + DATE + "/attendees", member, key, "{}");

        assertError(first.response(), 403, "vps_only");
        assertReplayOf(second, first);
        var refusals = server.http.get("/api/v1/meetings/" + DATE, vp).json().path("refusals").findValuesAsText("actor");
        assertThat(refusals.stream().filter("staff-idem"::equals)).hasSize(1);
    }

    @Test
    void a_retried_people_add_answers_the_same_working_token_and_adds_one_person() {
        var key = key();
        var body = "{\"handle\": \"vp-retry\", \"name\": \"Rita Retry\", \"role\": \"vp\"}";
        var first = post("/api/v1/people", server.chairToken, key, body);
        var second = post("/api/v1/people", server.chairToken, key, body);

        assertThat(first.status()).isEqualTo(201);
        assertReplayOf(second, first);
        var token = second.json().path("token").asText();
        assertThat(server.http.get("/api/v1/me", token).json().path("handle").asText()).isEqualTo("vp-retry");
    }

    @Test
    void concurrent_requests_with_the_same_key_create_exactly_one_blocker() throws Exception {
        var key = key();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Answer>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit((Callable<Answer>) () -> post("/api/v1/blockers", vp, key, raiseBody("Raced once"))));
            }
            var bodies = new ArrayList<String>();
            for (var answer : answers) {
                assertThat(answer.get().status()).isEqualTo(201);
                bodies.add(answer.get().body());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(count("Raced once")).isEqualTo(1);
    }

    @Test
    void a_retry_of_a_request_applied_just_before_the_server_stopped_is_a_409_saying_its_answer_is_lost() {
        var url = TestServer.memoryDb();
        try (var app = App.open(url, clock).serve("127.0.0.1", 0); var database = Database.open(url)) {
            var chair = app.people().init("chair", "Casey Chair").token();
            var http = new Http("http://127.0.0.1:" + app.port());
            var key = key();
            var body = raiseBody("Applied before the crash");
            // What a server killed between committing a request's change and storing its answer leaves behind.
            IdempotencyRepository.in(database.dsl()).insertPending("chair", Seal.keyHash(key),
                    Seal.requestHash("POST", "/api/v1/blockers", body.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    clock.instant().minus(Duration.ofMinutes(1)));

            var retry = send(http, "POST", "/api/v1/blockers", chair, key, body);

            assertError(retry.response(), 409, "conflict");
            assertThat(retry.json().path("message").asText())
                    .contains("already applied", "answer is lost", "Do not send it again", "eteam blockers");
            assertThat(app.blockers().list("all", null)).isEmpty();
        }
    }

    @Test
    void a_key_is_forgotten_after_a_day_and_may_then_be_used_for_a_new_request() {
        var later = new MutableClock(TUESDAY_NOON);
        try (var fresh = TestServer.start(later)) {
            var key = key();
            assertThat(send(fresh.http, "POST", "/api/v1/blockers", fresh.chairToken, key, raiseBody("Day one")).status()).isEqualTo(201);
            later.advance(Duration.ofHours(23));
            assertError(send(fresh.http, "POST", "/api/v1/blockers", fresh.chairToken, key, raiseBody("Day two")).response(),
                    422, "idempotency_mismatch");

            later.advance(Duration.ofHours(2));
            var reused = send(fresh.http, "POST", "/api/v1/blockers", fresh.chairToken, key, raiseBody("Day two"));

            assertThat(reused.status()).isEqualTo(201);
            assertThat(reused.replayed()).isNull();
        }
    }

    @Test
    void two_servers_sharing_a_database_apply_a_key_once_when_both_get_it_at_the_same_time() throws Exception {
        var url = TestServer.memoryDb();
        try (var one = App.open(url, clock).serve("127.0.0.1", 0); var two = App.open(url, clock).serve("127.0.0.1", 0)) {
            var chair = one.people().init("chair", "Casey Chair").token();
            var servers = List.of(new Http("http://127.0.0.1:" + one.port()), new Http("http://127.0.0.1:" + two.port()));
            var pool = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < 20; i++) {
                    var key = key();
                    var body = raiseBody("Shared " + i);
                    var answers = new ArrayList<Future<Answer>>();
                    for (int j = 0; j < 4; j++) {
                        var http = servers.get(j % 2);
                        answers.add(pool.submit((Callable<Answer>) () -> send(http, "POST", "/api/v1/blockers", chair, key, body)));
                    }
                    var first = answers.get(0).get();
                    assertThat(first.status()).as(first.body()).isEqualTo(201);
                    for (var answer : answers) {
                        assertThat(answer.get().body()).isEqualTo(first.body());
                    }
                }
            } finally {
                pool.shutdown();
            }
            var titles = one.blockers().list("all", null).stream().map(b -> b.title()).toList();
            assertThat(titles).hasSize(20).doesNotHaveDuplicates();
        }
    }
}
