package io.eteam.web;

import static io.eteam.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.TestServer;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Who may call which route: every caller against every route of the API, one status per cell.
class RoleMatrixTest {

    /// Everyone who may knock on the API's door.
    enum Caller {
        CHAIR("chair"),
        VP("vp"),
        OTHER_VP("other-vp"),
        MEMBER("member"),
        ANONYMOUS("anonymous"),
        BAD_TOKEN("bad-token"),
        DEACTIVATED("deactivated");

        final String slug;

        Caller(String slug) {
            this.slug = slug;
        }

        @Override
        public String toString() {
            return slug;
        }
    }

    static TestServer server;
    static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    /// A blocker raised by VP, so that VP is its raiser and OTHER_VP is not.
    static long blockerId;

    @BeforeAll
    static void start() {
        // Wrong and deactivated tokens fill two columns; throttling them is HostileClientsTest's.
        server = TestServer.start(java.time.Clock.systemUTC(), TestServer.unthrottled());
        tokens.put(Caller.CHAIR, server.chairToken);
        tokens.put(Caller.VP, server.add("vp-music", "vp"));
        tokens.put(Caller.OTHER_VP, server.add("vp-legal", "vp"));
        tokens.put(Caller.MEMBER, server.add("staff", "member"));
        tokens.put(Caller.ANONYMOUS, null);
        tokens.put(Caller.BAD_TOKEN, "et_thisIsNotATokenAnyoneWasEverGiven0123456789");
        // A deactivated chair: being deactivated outweighs any role.
        tokens.put(Caller.DEACTIVATED, server.add("former-chair", "chair"));
        server.app.people().deactivate(server.chair(), "former-chair");
        // Each caller gets their own people to re-token and deactivate, so cells do not depend on each other.
        for (var caller : Caller.values()) {
            server.add("tok-" + caller.slug, "member");
            server.add("off-" + caller.slug, "member");
        }
        var raised = server.http.post("/api/v1/blockers", tokens.get(Caller.VP), """
                {"title": "Licensing blocks the Brazil launch", "kind": "blocked"}""");
        assertThat(raised.status()).isEqualTo(201);
        blockerId = raised.json().path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /// One route and the status each caller gets, in the order of {@link Caller}.
    static Stream<Arguments> route(String method, String path, String body, int... statuses) {
        var callers = Caller.values();
        assertThat(statuses).hasSize(callers.length);
        return Arrays.stream(callers).map(caller -> Arguments.of(caller, method, path, body, statuses[caller.ordinal()]));
    }

    static Stream<Arguments> matrix() {
        String person = """
                {"handle": "new-{caller}", "name": "New Person", "role": "member"}""";
        String blocker = """
                {"title": "Raised by {caller}", "kind": "misaligned"}""";
        String edit = """
                {"detail": "Edited by {caller}"}""";
        String check = """
                {"text": "Let's take this offline"}""";
        return Stream.of(
                //                                                           chair vp  other member anon bad deactivated
                route("GET", "/api/v1/health", null,                         200, 200, 200, 200, 200, 200, 200),
                route("GET", "/api/v1/ready", null,                          200, 200, 200, 200, 200, 200, 200),
                route("GET", "/api/v1/me", null,                             200, 200, 200, 200, 401, 401, 401),
                route("GET", "/api/v1/people", null,                         200, 200, 200, 200, 401, 401, 401),
                route("POST", "/api/v1/people", person,                      201, 403, 403, 403, 401, 401, 401),
                route("POST", "/api/v1/people/tok-{caller}/token", null,     201, 403, 403, 403, 401, 401, 401),
                route("DELETE", "/api/v1/people/off-{caller}", null,         200, 403, 403, 403, 401, 401, 401),
                route("GET", "/api/v1/blockers", null,                       200, 200, 200, 200, 401, 401, 401),
                route("POST", "/api/v1/blockers", blocker,                   201, 201, 201, 403, 401, 401, 401),
                route("GET", "/api/v1/blockers/{blocker}", null,             200, 200, 200, 200, 401, 401, 401),
                route("PATCH", "/api/v1/blockers/{blocker}", edit,           200, 200, 403, 403, 401, 401, 401),
                route("GET", "/api/v1/backup", null,                         200, 403, 403, 403, 401, 401, 401),
                route("POST", "/api/v1/deferral-check", check,               200, 200, 200, 200, 401, 401, 401),
                route("GET", "/api/v1/deferrals/export", null,               200, 403, 403, 403, 401, 401, 401)
        ).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0} {1} {2} gets {4}")
    @MethodSource("matrix")
    void each_caller_gets_the_status_its_role_allows_on_each_route(Caller caller, String method, String path, String body, int expected) {
        var response = server.http.send(method, fill(path, caller), tokens.get(caller), fill(body, caller));

        if (expected == 401) {
            assertError(response, 401, "unauthenticated");
        } else if (expected == 403) {
            assertError(response, 403, "forbidden");
        } else {
            assertThat(response.status()).as("%s %s as %s: %s", method, path, caller, response.body()).isEqualTo(expected);
            assertThat(response.error()).isNull();
        }
    }

    @Test
    void a_deactivated_persons_token_stops_working_at_once() {
        var token = server.add("leaving", "vp");
        assertThat(server.http.get("/api/v1/me", token).status()).isEqualTo(200);

        var deactivated = server.http.delete("/api/v1/people/leaving", server.chairToken);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertError(server.http.get("/api/v1/me", token), 401, "unauthenticated");
        assertError(server.http.get("/api/v1/blockers", token), 401, "unauthenticated");
    }

    @Test
    void a_new_token_replaces_the_old_one_which_stops_working() {
        var old = server.add("rotating", "vp");
        assertThat(server.http.get("/api/v1/me", old).status()).isEqualTo(200);

        var issued = server.http.post("/api/v1/people/rotating/token", server.chairToken, null);

        assertThat(issued.status()).isEqualTo(201);
        var fresh = issued.json().path("token").asText();
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        assertError(server.http.get("/api/v1/me", old), 401, "unauthenticated");
        var me = server.http.get("/api/v1/me", fresh);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("handle").asText()).isEqualTo("rotating");
    }

    @Test
    void a_chair_adding_a_person_gets_the_person_and_their_token_once() {
        var made = server.http.post("/api/v1/people", server.chairToken, """
                {"handle": "vp-sales", "name": "Sam Sales", "role": "vp", "team": "Sales"}""");

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("handle").asText()).isEqualTo("vp-sales");
        assertThat(made.json().path("role").asText()).isEqualTo("vp");
        var token = made.json().path("token").asText();
        assertThat(server.http.get("/api/v1/me", token).json().path("handle").asText()).isEqualTo("vp-sales");
        assertThat(server.http.get("/api/v1/people", token).body()).doesNotContain(token);
    }

    @Test
    void an_authorization_header_that_is_not_a_bearer_token_is_refused_with_401() {
        for (var header : new String[] {"Basic Y2hhaXI6c2VjcmV0", "Bearer", "Bearer  ", "Token " + server.chairToken, server.chairToken}) {
            var request = server.http.request("GET", "/api/v1/me", null, HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", header)
                    .build();

            assertError(server.http.exchange(request), 401, "unauthenticated");
        }
    }

    private static String fill(String text, Caller caller) {
        return text == null ? null : text.replace("{caller}", caller.slug).replace("{blocker}", Long.toString(blockerId));
    }
}
