package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Http;
import io.eteam.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Closing blockers over HTTP: who may, what is refused, and what the history keeps.
class ResolveApiTest {

    static TestServer server;
    static String raiser;
    static String otherVp;
    static String member;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        raiser = server.add("vp-raiser", "vp");
        otherVp = server.add("vp-other", "vp");
        member = server.add("staff", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long raise(String title) {
        return server.http.post("/api/v1/blockers", raiser, "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}").json().path("id").asLong();
    }

    static Http.Response resolve(String token, long id, String decision, String owner) {
        return server.http.post("/api/v1/blockers/" + id + "/resolve", token,
                "{\"decision\": \"" + decision + "\", \"owner\": \"" + owner + "\"}");
    }

    @Test
    void a_chair_taking_it_offline_is_refused_with_422_the_blocker_stays_open_and_the_history_shows_the_attempt() {
        long id = raise("Brazil launch blocked on licensing");

        var refused = resolve(server.chairToken, id, "Let's take this offline", "vp-raiser");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.error()).isEqualTo("deferral_rejected");
        assertThat(refused.json().path("message").asText())
                .contains("take this offline").endsWith("Record what was decided and name who does what by when.");
        var after = server.http.get("/api/v1/blockers/" + id, raiser).json();
        assertThat(after.path("status").asText()).isEqualTo("open");
        assertThat(after.path("decision").isNull()).isTrue();
        var last = after.path("history").get(after.path("history").size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("deferral_refused");
        assertThat(last.path("actor").asText()).isEqualTo("chair");
        assertThat(last.path("change").path("phrase").asText()).isEqualToIgnoringCase("take this offline");
    }

    @Test
    void a_real_decision_about_offline_mode_closes_the_blocker_with_its_owner() {
        long id = raise("Offline mode scope");

        var closed = server.http.post("/api/v1/blockers/" + id + "/resolve", server.chairToken, """
                {"decision": "Ship offline mode in Brazil on March 3", "owner": "vp-other", "due": "2027-03-03", "rationale": "Label terms allow it"}""");

        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("resolved");
        assertThat(closed.json().path("owner").asText()).isEqualTo("vp-other");
        assertThat(closed.json().path("due").asText()).isEqualTo("2027-03-03");
        assertThat(closed.json().path("rationale").asText()).isEqualTo("Label terms allow it");
        assertThat(closed.json().path("resolved_at").asText()).isNotEmpty();
    }

    @Test
    void the_raiser_may_resolve_but_another_vp_and_a_member_may_not() {
        long id = raise("Search ranking dispute");

        assertThat(resolve(otherVp, id, "Use ranking B", "vp-other").status()).isEqualTo(403);
        assertThat(resolve(member, id, "Use ranking B", "vp-other").status()).isEqualTo(403);
        assertThat(resolve(raiser, id, "Use ranking B", "vp-other").status()).isEqualTo(200);
    }

    @Test
    void the_owner_must_be_an_active_vp_or_chair() {
        long id = raise("Owner check");

        var memberOwner = resolve(server.chairToken, id, "Go with plan A", "staff");
        assertThat(memberOwner.status()).isEqualTo(400);
        assertThat(memberOwner.json().path("field").asText()).isEqualTo("owner");
        assertThat(resolve(server.chairToken, id, "Go with plan A", "nobody").status()).isEqualTo(400);
    }

    @Test
    void a_decision_that_is_empty_or_only_punctuation_is_refused_with_400() {
        long id = raise("Empty decision");

        for (var decision : List.of("", "   ", "...", "—", "?!")) {
            var refused = resolve(server.chairToken, id, decision, "vp-raiser");
            assertThat(refused.status()).as(decision).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("decision");
        }
    }

    @Test
    void a_closed_blocker_cannot_be_closed_again() {
        long id = raise("Closed twice");
        assertThat(resolve(server.chairToken, id, "Fund it from Q1", "vp-raiser").status()).isEqualTo(200);

        var again = resolve(server.chairToken, id, "Fund it from Q2", "vp-raiser");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("conflict");
        var withdraw = server.http.post("/api/v1/blockers/" + id + "/withdraw", server.chairToken, "{\"reason\": \"We unblocked ourselves\"}");
        assertThat(withdraw.status()).isEqualTo(409);
    }

    @Test
    void two_clients_resolving_at_once_one_succeeds_and_the_other_gets_409() throws Exception {
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                long id = raise("Race " + round);
                var go = new CountDownLatch(1);
                Callable<Integer> a = () -> {
                    go.await();
                    return resolve(server.chairToken, id, "Go with plan A", "vp-raiser").status();
                };
                Callable<Integer> b = () -> {
                    go.await();
                    return resolve(raiser, id, "Go with plan B", "vp-other").status();
                };
                var fa = pool.submit(a);
                var fb = pool.submit(b);
                go.countDown();
                var statuses = new ArrayList<>(List.of(fa.get(), fb.get()));
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                var history = server.http.get("/api/v1/blockers/" + id, raiser).json().path("history");
                assertThat(history.findValuesAsText("action")).containsExactly("raised", "resolved");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withdrawing_needs_a_reason_which_is_checked_for_deferral_like_a_decision() {
        long id = raise("Vendor contract");

        var deferred = server.http.post("/api/v1/blockers/" + id + "/withdraw", raiser, "{\"reason\": \"We'll circle back next week\"}");
        assertThat(deferred.status()).isEqualTo(422);
        assertThat(server.http.post("/api/v1/blockers/" + id + "/withdraw", raiser, "{\"reason\": \"\"}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/blockers/" + id + "/withdraw", otherVp, "{\"reason\": \"We unblocked ourselves\"}").status()).isEqualTo(403);

        var withdrawn = server.http.post("/api/v1/blockers/" + id + "/withdraw", raiser, "{\"reason\": \"We unblocked ourselves\"}");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asText()).isEqualTo("withdrawn");
        assertThat(withdrawn.json().path("decision").asText()).isEqualTo("We unblocked ourselves");
    }

    @Test
    void a_closed_blocker_cannot_be_edited() {
        long id = raise("Edit after close");
        resolve(server.chairToken, id, "Hire two contractors", "vp-raiser");

        var edit = server.http.patch("/api/v1/blockers/" + id, server.chairToken, "{\"title\": \"Changed\"}");
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void an_unknown_blocker_gives_404() {
        assertThat(resolve(server.chairToken, 999_999, "Fund it", "vp-raiser").status()).isEqualTo(404);
    }
}
