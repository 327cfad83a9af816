package io.eteam.web.pages;

import static io.eteam.web.pages.PageClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Signing in at /login, the session cookie, its expiry, signing out, and the API accepting
/// the session in place of a bearer token, over real HTTP.
class SessionTest {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static String vp;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    PageClient browser() {
        return new PageClient(server.url());
    }

    @Test
    void signing_in_with_a_token_sets_an_httponly_samesite_strict_session_cookie_and_opens_the_dashboard() {
        var b = browser();

        var signedIn = b.signIn(vp);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/");
        assertThat(signedIn.cookies()).singleElement().satisfies(cookie -> {
            assertThat(cookie).startsWith("eteam_session=");
            assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
            assertThat(cookie).doesNotContain(vp);
        });
        var dashboard = b.get("/");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("VP-MUSIC Name").contains("Open blockers");
    }

    @Test
    void signing_in_with_a_bad_token_is_refused_with_401_and_no_cookie() {
        var b = browser();

        var refused = b.signIn("et_not-a-real-token");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.cookies()).isEmpty();
        assertThat(refused.body()).contains("That token is not valid");
        assertThat(b.get("/").status()).isEqualTo(303);
    }

    @Test
    void a_page_without_a_session_redirects_to_the_sign_in_page() {
        var page = browser().get("/meetings/next");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login");
    }

    @Test
    void a_fragment_request_from_htmx_without_a_session_is_told_to_load_the_sign_in_page() {
        var b = browser();

        var page = b.send(b.request("/").header("HX-Request", "true").GET());

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.header("HX-Redirect")).isEqualTo("/login");
    }

    @Test
    void pages_carry_a_content_security_policy_without_inline_scripts() {
        var b = browser();
        var login = b.get("/login");
        b.signIn(vp);
        var dashboard = b.get("/");

        for (var page : new PageClient.Page[] {login, dashboard}) {
            var csp = page.header("Content-Security-Policy");
            assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'");
            assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            assertThat(page.body()).doesNotContain(" style=").doesNotContain("<style");
        }
    }

    @Test
    void an_idle_session_expires_after_twelve_hours_for_pages_and_the_api() {
        var b = browser();
        b.signIn(vp);
        clock.advance(Duration.ofHours(11));
        assertThat(b.get("/").status()).as("active within 12 h").isEqualTo(200);

        clock.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(b.get("/").status()).as("11 h 59 min after the last request").isEqualTo(200);

        clock.advance(Duration.ofHours(12));
        var page = b.get("/");
        var api = b.send(b.request("/api/v1/me").GET());

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("\"error\":\"unauthenticated\"");
    }

    @Test
    void signing_out_ends_the_session_and_clears_the_cookie() {
        var b = browser();
        b.signIn(vp);
        var id = b.session();
        var csrf = b.get("/").csrf();

        var out = b.post("/logout", fields("csrf", csrf));

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/login");
        assertThat(out.cookies()).anySatisfy(c -> assertThat(c).startsWith("eteam_session=;").contains("Expires=Thu, 01 Jan 1970"));
        b.session(id);
        assertThat(b.get("/").status()).as("the old id no longer works").isEqualTo(303);
    }

    @Test
    void a_replaced_token_ends_the_sessions_started_with_it() {
        var handle = "vp-lost";
        var token = server.add(handle, "vp");
        var b = browser();
        b.signIn(token);
        assertThat(b.get("/").status()).isEqualTo(200);

        server.app.people().issueToken(server.chair(), handle);

        assertThat(b.get("/").status()).isEqualTo(303);
    }

    @Test
    void the_api_accepts_the_session_cookie_in_place_of_a_bearer_token() {
        var b = browser();
        b.signIn(vp);

        var me = b.send(b.request("/api/v1/me").GET());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"handle\":\"vp-music\"");
    }

    @Test
    void an_api_write_through_the_session_cookie_needs_the_csrf_header() {
        var b = browser();
        b.signIn(vp);
        var csrf = b.get("/").csrf();
        var body = "{\"title\": \"Raised through the session\", \"kind\": \"blocked\"}";
        var before = server.app.blockers().list("all", null).size();

        var without = b.send(b.request("/api/v1/blockers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        var wrong = b.send(b.request("/api/v1/blockers").header("Content-Type", "application/json")
                .header("X-CSRF-Token", "guessed").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(without.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(server.app.blockers().list("all", null)).hasSize(before);

        var with = b.send(b.request("/api/v1/blockers").header("Content-Type", "application/json")
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(with.status()).isEqualTo(201);
    }

    @Test
    void a_bearer_token_write_needs_no_csrf_token() {
        var created = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Raised with a token\", \"kind\": \"blocked\"}");

        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void a_sign_in_form_sent_from_another_site_is_refused() {
        var b = browser();

        var refused = b.send(b.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + vp)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.cookies()).isEmpty();
    }
}
