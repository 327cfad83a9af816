package io.eteam.web.pages;

import static io.eteam.web.pages.PageClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The pages' forms over real HTTP: CSRF protection, escaping, and refusals shown on the page.
class PageFormsTest {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static String vp;
    static PageClient b;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        b = new PageClient(server.url());
        b.signIn(vp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    int blockers() {
        return server.app.blockers().list("all", null).size();
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_with_403_and_changes_nothing() {
        int before = blockers();

        var refused = b.post("/blockers", fields("title", "Forged", "kind", "blocked"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("security token");
        assertThat(blockers()).isEqualTo(before);
    }

    @Test
    void a_form_post_with_a_wrong_csrf_token_is_refused_with_403_and_changes_nothing() {
        int before = blockers();
        var csrf = b.get("/").csrf();

        var refused = b.post("/blockers", fields("csrf", csrf + "x", "title", "Forged", "kind", "blocked"));
        var other = new PageClient(server.url());
        other.signIn(server.chairToken);
        var someoneElses = b.post("/blockers", fields("csrf", other.get("/").csrf(), "title", "Forged", "kind", "blocked"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(someoneElses.status()).as("another session's token").isEqualTo(403);
        assertThat(blockers()).isEqualTo(before);
    }

    @Test
    void a_meeting_form_without_the_csrf_token_is_refused_and_the_meeting_stays_planned() {
        var chair = new PageClient(server.url());
        chair.signIn(server.chairToken);

        var refused = chair.post("/meetings/2026-12-01/start", fields("csrf", ""));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(server.app.meetings().get("2026-12-01").status().wire()).isEqualTo("planned");
    }

    @Test
    void a_blocker_raised_from_the_dashboard_appears_with_its_title_escaped() {
        var csrf = b.get("/").csrf();

        var raised = b.post("/blockers", fields("csrf", csrf, "title", "<script>alert('x')</script> & co",
                "kind", "blocked", "impact", "high", "blocking", "", "detail", ""));

        assertThat(raised.status()).isEqualTo(303);
        assertThat(raised.header("Location")).isEqualTo("/");
        var dashboard = b.get("/").body();
        assertThat(dashboard).contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co");
        assertThat(dashboard).doesNotContain("<script>alert");
    }

    @Test
    void a_refused_raise_is_shown_on_the_dashboard_with_what_was_typed() {
        int before = blockers();
        var csrf = b.get("/").csrf();

        var refused = b.post("/blockers", fields("csrf", csrf, "title", "Kind forgotten \"quoted\"", "kind", "sideways"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("kind must be blocked, misaligned or off-track.");
        assertThat(refused.body()).contains("value=\"Kind forgotten &#34;quoted&#34;\"");
        assertThat(blockers()).isEqualTo(before);
    }

    @Test
    void a_date_that_is_not_a_meeting_day_gets_a_page_saying_so() {
        var page = b.get("/meetings/2026-12-02/agenda");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("2026-12-02 is a Wednesday; the E-Team meets on Tuesdays.");
    }

    @Test
    void an_unknown_address_is_a_404_page_for_a_browser_and_the_api_error_for_other_clients() {
        var page = b.send(b.request("/no-such-page").header("Accept", "text/html,application/xhtml+xml").GET());
        var other = b.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("There is no page at /no-such-page.");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith("application/json");
    }
}
