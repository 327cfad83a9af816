package io.eteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.Receiver;
import io.eteam.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Outgoing webhooks (HOOK-1–HOOK-5) through the real CLI and API, delivered over real HTTP to a
/// receiver on loopback: one signed message per event, tried again until it is taken, in the
/// format the webhook asked for.
class WebhookTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WITHIN = Duration.ofSeconds(15);

    /// Monday 30 November 2026, 10:00 in Stockholm; only ever moved forward.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

    static TestServer server;
    static Receiver receiver;
    static String music;
    static Cli chair;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        music = server.add("vp-music", "vp");
        server.add("vp-podcasts", "vp");
        receiver = Receiver.start(0);
        chair = new Cli(home.resolve("chair"));
        assertThat(chair.run("login", "--server", server.url(), "--token", server.chairToken).exit()).isZero();
    }

    @AfterAll
    static void stop() {
        server.close();
        receiver.close();
    }

    /// Adds a webhook posting to the receiver's `path`; answers its signing secret.
    static String add(String path, String events, String format) {
        var added = format == null ? chair.run("webhooks", "add", receiver.url(path), "--events", events)
                : chair.run("webhooks", "add", receiver.url(path), "--events", events, "--format", format);
        assertThat(added.exit()).as(added.err()).isZero();
        return added.lastLine().strip();
    }

    static long raise(String title, String blocking) {
        var raised = server.http.post("/api/v1/blockers", music, "{\"title\": \"" + title + "\", \"kind\": \"blocked\""
                + (blocking == null ? "" : ", \"blocking\": \"" + blocking + "\"") + "}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    static JsonNode json(Receiver.Request request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + request.body(), e);
        }
    }

    static Predicate<Receiver.Request> at(String path, long blockerId) {
        return r -> r.path().equals(path) && r.body().contains("\"blocker_id\":" + blockerId + ",");
    }

    static String hmac(String secret, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_raised_blocker_reaches_the_receiver_once_as_the_event_object_signed_with_the_secret() throws Exception {
        var secret = add("/signed", "blocker.raised,blocker.resolved", null);
        assertThat(secret).matches("[0-9a-f]{64}");

        long id = raise("Label deal blocks the launch", "vp-podcasts");
        var got = receiver.await(at("/signed", id), 1, WITHIN);

        assertThat(got).hasSize(1);
        var request = got.get(0);
        assertThat(request.header("X-Eteam-Event")).isEqualTo("blocker.raised");
        assertThat(request.header("X-Eteam-Signature")).isEqualTo(hmac(secret, request.body()));
        assertThat(request.header("X-Eteam-Delivery")).isNotBlank();
        var event = json(request);
        assertThat(event.path("type").asText()).isEqualTo("blocker.raised");
        assertThat(event.path("by").asText()).isEqualTo("vp-music");
        assertThat(event.path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(event.path("blocking").asText()).isEqualTo("vp-podcasts");
        assertThat(event.path("id").asText()).isNotBlank();
        assertThat(request.body()).as("EVT-2: no text anyone typed").doesNotContain("Label deal");

        var resolved = server.http.post("/api/v1/blockers/" + id + "/resolve", music,
                "{\"decision\": \"Finance signs the label deal\", \"owner\": \"vp-podcasts\", \"due\": \"2026-12-04\"}");
        assertThat(resolved.status()).isEqualTo(200);
        var both = receiver.await(at("/signed", id), 2, WITHIN);
        assertThat(both).extracting(r -> r.header("X-Eteam-Event")).containsExactly("blocker.raised", "blocker.resolved");
        assertThat(both).extracting(r -> r.header("X-Eteam-Delivery")).doesNotHaveDuplicates();
        Thread.sleep(1500);
        assertThat(receiver.requests().stream().filter(at("/signed", id))).as("sent once each").hasSize(2);
    }

    @Test
    void a_delivery_the_receiver_refuses_is_tried_again_later_under_the_same_delivery_id() {
        var hook = server.http.post("/api/v1/webhooks", server.chairToken, "{\"url\": \"" + receiver.url("/flaky")
                + "\", \"events\": [\"blocker.raised\"]}").json().path("id").asLong();
        receiver.answer(503);
        long id;
        try {
            id = raise("Studio lease", null);
            assertThat(receiver.await(at("/flaky", id), 1, WITHIN)).hasSize(1);
        } finally {
            receiver.answer(200);
        }
        // The first retry waits 10 seconds: the clock moves on until it comes (the failure may be
        // recorded a moment after the receiver answered).
        var attempts = receiver.requests().stream().filter(at("/flaky", id)).toList();
        for (int tick = 0; tick < 30 && attempts.size() < 2; tick++) {
            clock.set(clock.instant().plusSeconds(11));
            attempts = receiver.await(at("/flaky", id), 2, Duration.ofMillis(500));
        }

        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).header("X-Eteam-Delivery")).isEqualTo(attempts.get(0).header("X-Eteam-Delivery"));
        var listed = server.http.get("/api/v1/webhooks", server.chairToken).json().path("webhooks");
        JsonNode flaky = null;
        for (var h : listed) {
            if (h.path("id").asLong() == hook) {
                flaky = h;
            }
        }
        assertThat(flaky).isNotNull();
        assertThat(flaky.path("url").asText()).as("one path part: shown as /…").endsWith("127.0.0.1:" + receiver.url("").split(":")[2] + "/…");
        assertThat(flaky.path("failed").asInt()).isZero();
    }

    @Test
    void slack_and_teams_receive_the_messages_their_incoming_webhooks_take() {
        add("/slack", "blocker.raised", "slack");
        add("/teams", "blocker.raised", "teams");

        long id = raise("Video rights", "vp-podcasts");
        var slack = receiver.await(r -> r.path().equals("/slack") && r.body().contains("#" + id + " "), 1, WITHIN);
        var teams = receiver.await(r -> r.path().equals("/teams") && r.body().contains("#" + id + " "), 1, WITHIN);

        assertThat(slack).hasSize(1);
        assertThat(json(slack.get(0)).path("text").asText())
                .isEqualTo("Blocker #" + id + " was raised by vp-music, blocked by vp-podcasts.");
        assertThat(teams).hasSize(1);
        var card = json(teams.get(0));
        assertThat(card.path("type").asText()).isEqualTo("message");
        var attachment = card.path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.path("content").path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(attachment.path("content").path("body").get(0).path("text").asText())
                .isEqualTo("Blocker #" + id + " was raised by vp-music, blocked by vp-podcasts.");
    }

    @Test
    void a_removed_webhook_is_sent_nothing_more_and_lists_show_no_secret() {
        add("/removed/T0001/B0002/secretpart", "blocker.raised", "slack");
        var list = chair.run("webhooks", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("/removed/…").doesNotContain("secretpart");
        long hook = -1;
        for (var h : server.http.get("/api/v1/webhooks", server.chairToken).json().path("webhooks")) {
            if (h.path("url").asText().contains("/removed/")) {
                hook = h.path("id").asLong();
            }
        }
        assertThat(chair.run("webhooks", "remove", String.valueOf(hook)).exit()).isZero();
        assertThat(chair.run("webhooks", "remove", String.valueOf(hook)).exit()).as("gone").isNotZero();

        long id = raise("Catalogue", null);
        receiver.await(r -> r.body().contains("\"blocker_id\":" + id + ","), 1, Duration.ofSeconds(3));
        assertThat(receiver.requests()).noneMatch(r -> r.path().startsWith("/removed/"));
    }

    @Test
    void only_chairs_manage_webhooks_and_bad_input_is_refused_and_adds_nothing() {
        int before = server.http.get("/api/v1/webhooks", server.chairToken).json().path("webhooks").size();
        var ok = "{\"url\": \"" + receiver.url("/x") + "\", \"events\": [\"blocker.raised\"]}";
        assertThat(server.http.post("/api/v1/webhooks", music, ok).status()).isEqualTo(403);
        assertThat(server.http.get("/api/v1/webhooks", music).status()).isEqualTo(403);
        assertThat(server.http.delete("/api/v1/webhooks/1", music).status()).isEqualTo(403);

        String[] urls = {"", "ftp://example.com/hook", "http://", "javascript:alert(1)", "http://user:pw@example.com/",
                "hooks.slack.com/services/x", "http://exa mple.com/", "https://" + "a".repeat(2000) + ".com/"};
        for (var url : urls) {
            var body = "{\"url\": " + JSON.valueToTree(url) + ", \"events\": [\"blocker.raised\"]}";
            assertThat(server.http.post("/api/v1/webhooks", server.chairToken, body).status()).as(url).isEqualTo(400);
        }
        String[] events = {"[]", "[\"person.added\"]", "[\"token.issued\"]", "[\"nope\"]", "[\"\"]", "\"blocker.raised\"", "[1]", "null"};
        for (var e : events) {
            var body = "{\"url\": \"" + receiver.url("/x") + "\", \"events\": " + e + "}";
            assertThat(server.http.post("/api/v1/webhooks", server.chairToken, body).status()).as(e).isEqualTo(400);
        }
        var badFormat = "{\"url\": \"" + receiver.url("/x") + "\", \"events\": [\"blocker.raised\"], \"format\": \"xml\"}";
        assertThat(server.http.post("/api/v1/webhooks", server.chairToken, badFormat).status()).isEqualTo(400);

        // Generated addresses: whatever the text, a 4xx or a webhook, never a 500.
        var random = new Random(18);
        for (int i = 0; i < 200; i++) {
            var text = new StringBuilder(random.nextBoolean() ? "http://" : "");
            int length = random.nextInt(40);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextInt(5) == 0 ? 0x20 + random.nextInt(0x60) : random.nextInt(0x2FFF) + 1);
            }
            var body = "{\"url\": " + JSON.valueToTree(text.toString()) + ", \"events\": [\"blocker.raised\"]}";
            var answer = server.http.post("/api/v1/webhooks", server.chairToken, body);
            assertThat(answer.status()).as(text.toString()).isIn(201, 400);
            if (answer.status() == 201) {
                assertThat(server.http.delete("/api/v1/webhooks/" + answer.json().path("id").asLong(), server.chairToken).status())
                        .isEqualTo(204);
            }
        }
        assertThat(server.http.get("/api/v1/webhooks", server.chairToken).json().path("webhooks").size()).isEqualTo(before);
    }
}
