package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.eteam.support.RawHttp;
import io.eteam.support.RawHttp.Answer;
import io.eteam.support.RawHttp.Request;
import io.eteam.support.TestServer;
import io.eteam.web.BadRequests.Identity;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Thousands of generated malformed and odd requests over every route of the API and the pages,
/// on a real port, signed in as a chair, a VP, a member, by session or not at all: none gets a
/// 5xx, every refusal of the API is in the error shape, the server still answers afterwards,
/// and blockers appear only where an answer said one was made.
///
/// The run is seeded and prints its seed; `-Deteam.fuzz.seed=N` replays it, and
/// `-Deteam.fuzz.requests=N` sends more (or fewer) than the default.
class GeneratedBadInputTest {

    /// A Tuesday during the meeting (13:30 in Stockholm), so that starting, checking in and
    /// ranking reach their rules instead of stopping at "not today".
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-03-10T12:30:00Z"), ZoneOffset.UTC);

    static TestServer server;
    static RawHttp raw;
    static String chair;
    static String vp;
    static String member;
    static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        // Wrong tokens are among the generated requests; throttling them is HostileClientsTest's.
        server = TestServer.start(TUESDAY, TestServer.unthrottled());
        raw = new RawHttp(server.app.port());
        chair = server.chairToken;
        vp = server.add("vp-music", "vp");
        member = server.add("staff", "member");
        server.add("vp-legal", "vp");
        server.add("spare", "vp");
        server.add("gone", "vp");
        server.app.people().deactivate(server.chair(), "gone");
        for (var title : List.of("Label deal blocks Brazil", "Two roadmaps for search", "Ads SDK off plan")) {
            var raised = server.http.post("/api/v1/blockers", vp, """
                    {"title": "%s", "kind": "blocked", "blocking": "vp-legal"}""".formatted(title));
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
            ids.add(raised.json().path("id").asText());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generated_bad_requests_never_get_a_5xx_and_the_api_refuses_them_in_the_error_shape() throws IOException {
        long seed = Long.getLong("eteam.fuzz.seed", new SecureRandom().nextLong());
        int count = Integer.getInteger("eteam.fuzz.requests", 2_400);
        System.out.println("GeneratedBadInputTest: " + count + " requests from seed " + seed
                + " (replay with -Deteam.fuzz.seed=" + seed + ")");
        var chairSession = session(chair);
        var api = new Identity[] {anonymous(), bearer("chair", chair), bearer("vp", vp), bearer("member", member),
                bearer("a wrong token", "not-a-token-at-all"), chairSession};
        var pages = new Identity[] {anonymous(), chairSession, session(vp), session(member)};
        var requests = new BadRequests(seed, api, pages, ids);

        var failures = new ArrayList<String>();
        var failuresByKind = new TreeMap<String, Integer>();
        var statuses = new TreeMap<Integer, Integer>();
        int expectedBlockers = blockers();
        for (int n = 1; n <= count; n++) {
            var sent = requests.next(n);
            Answer answer;
            try {
                answer = raw.send(sent.request());
            } catch (IOException e) {
                failures.add(sent.describe() + "\n    → no answer: " + e);
                failuresByKind.merge(sent.kind(), 1, Integer::sum);
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            var wrong = judge(sent.request(), answer);
            if (wrong != null) {
                failures.add(sent.describe() + "\n    → " + wrong);
                failuresByKind.merge(sent.kind(), 1, Integer::sum);
            }
            expectedBlockers += created(sent.request(), answer);
            if (mayCreate(sent.request())) {
                int now = blockers();
                if (now != expectedBlockers) {
                    failures.add(sent.describe() + "\n    → the blockers went from " + (expectedBlockers - created(sent.request(), answer))
                            + " to " + now + ", but the answer (" + answer.status() + ") created " + created(sent.request(), answer));
                    expectedBlockers = now;
                }
            }
        }
        System.out.println("GeneratedBadInputTest: statuses " + statuses);

        var health = raw.send(Request.of("GET", "/api/v1/health"));
        var list = raw.send(Request.of("GET", "/api/v1/blockers?status=all").header("Authorization", "Bearer " + chair));
        if (!failures.isEmpty()) {
            fail("%d of %d generated requests went wrong (seed %d; replay with -Deteam.fuzz.seed=%d), by kind %s:%n%s", failures.size(),
                    count, seed, seed, failuresByKind, String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        assertThat(health.status()).as("health after the run: %s", health.text()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        assertThat(list.status()).as("the blocker list after the run: %s", list.text()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(expectedBlockers);
    }

    /// What is wrong with `answer`, or null if nothing is.
    static String judge(Request request, Answer answer) {
        if (answer.status() == 0) {
            return "the server closed the connection without an answer";
        }
        if (answer.status() >= 500) {
            return "answered " + answer.status() + ": " + BadRequests.shorten(answer.text(), 300);
        }
        boolean api = request.target().startsWith("/api/");
        if (api && answer.status() >= 400 && !request.method().equals("HEAD")) {
            return errorShape(answer);
        }
        return null;
    }

    /// Null when the body is `{"error": CODE, "message": TEXT}` (plus an optional `field`) in JSON.
    static String errorShape(Answer answer) {
        var shown = answer.status() + " " + answer.header("Content-Type") + " " + BadRequests.shorten(answer.text(), 300);
        var type = answer.header("Content-Type");
        var json = answer.json();
        if (type == null || !type.startsWith("application/json") || json == null || !json.isObject()) {
            return "a refusal not in the error shape (not a JSON object): " + shown;
        }
        var names = new ArrayList<String>();
        json.fieldNames().forEachRemaining(names::add);
        boolean shaped = names.contains("error") && names.contains("message")
                && List.of("error", "message", "field").containsAll(names)
                && names.stream().allMatch(name -> json.get(name).isTextual())
                && !json.get("message").asText().isBlank();
        return shaped ? null : "a refusal not in the error shape: " + shown;
    }

    /// How many blockers an answer says it made.
    static int created(Request request, Answer answer) {
        var json = answer.json();
        if (answer.status() == 201 && json != null && json.has("raised_by")) {
            ids.add(json.path("id").asText());
            return 1;
        }
        if (answer.status() == 201 && json != null && json.has("imported")) {
            json.path("ids").forEach(id -> ids.add(id.asText()));
            return json.path("imported").asInt();
        }
        boolean pageRaise = request.target().startsWith("/blockers") && request.method().equals("POST");
        return pageRaise && answer.status() == 303 && "/".equals(answer.header("Location")) ? 1 : 0;
    }

    static boolean mayCreate(Request request) {
        return !request.method().equals("GET") && request.target().contains("blockers");
    }

    static int blockers() {
        return server.app.blockers().list("all", null).size();
    }

    static Identity anonymous() {
        return new Identity("anonymous", null, null, null);
    }

    static Identity bearer(String who, String token) {
        return new Identity(who + " (bearer)", token, null, null);
    }

    static Identity session(String token) throws IOException {
        var session = raw.signIn(token);
        var me = server.app.people().authenticate(token).orElseThrow();
        return new Identity(me.handle() + " (session)", null, session.id(), session.csrf());
    }
}
