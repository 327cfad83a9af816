package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The dashboard lists the actions not done, overdue from the day after their due date, with a
/// Done form for the owner and chairs (ACT-2); the agenda page opens with the follow-up (ACT-4).
class ActionsPageTest {

    /// Monday 30 November 2026, 10:00 in Stockholm.
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static String musicToken;
    static PageClient music;
    static PageClient podcasts;
    static long late;
    static long hostile;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        musicToken = server.add("vp-music", "vp");
        var podcastsToken = server.add("vp-podcasts", "vp");
        late = resolved("Label deal", "Finance signs the label deal", "vp-podcasts", "2026-12-02");
        hostile = resolved("<script>alert(1)</script>", "Ship <b>it</b> & \\\"see\\\"", "vp-music", "2026-12-20");
        clock.set(Instant.parse("2026-12-03T08:00:00Z"));   // Thursday: the label deal was due yesterday
        music = new PageClient(server.url());
        music.signIn(musicToken);
        podcasts = new PageClient(server.url());
        podcasts.signIn(podcastsToken);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long resolved(String title, String decision, String owner, String due) {
        var raised = server.http.post("/api/v1/blockers", musicToken, "{\"title\": \"" + title.replace("\"", "\\\"")
                + "\", \"kind\": \"blocked\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        long id = raised.json().path("id").asLong();
        var resolve = server.http.post("/api/v1/blockers/" + id + "/resolve", musicToken,
                "{\"decision\": \"" + decision + "\", \"owner\": \"" + owner + "\", \"due\": \"" + due + "\"}");
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        return id;
    }

    static String row(String body, long id) {
        int start = body.indexOf("data-action=\"" + id + "\"");
        assertThat(start).as("action " + id + " is listed").isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }

    @Test
    void the_dashboard_shows_an_overdue_action_with_a_done_form_for_its_owner_only() {
        var asOwner = podcasts.get("/").body();
        var asRaiser = music.get("/").body();

        assertThat(row(asOwner, late)).contains("Finance signs the label deal").contains("vp-podcasts").contains("overdue")
                .contains("action=\"/actions/" + late + "/done\"");
        assertThat(row(asRaiser, late)).contains("overdue").doesNotContain("/done\"")
                .contains("action=\"/actions/" + late + "/blocker\"");
        assertThat(row(asRaiser, hostile)).as("not overdue: not raised again").doesNotContain("/blocker\"");
        assertThat(row(asRaiser, hostile)).contains("open")
                .contains("&lt;script&gt;").doesNotContain("<script>alert").contains("Ship &lt;b&gt;it&lt;/b&gt; &amp;");
    }

    @Test
    void the_agenda_page_opens_with_the_follow_up_before_the_blockers() {
        var body = music.get("/meetings/2026-12-08/agenda").body();

        assertThat(body).contains("Follow-up, 13:00–13:10");
        assertThat(row(body, late)).contains("vp-podcasts").contains("overdue");
        assertThat(body.indexOf("data-action=\"" + late + "\"")).isLessThan(body.indexOf("class=\"agenda\""));
        var meeting = music.get("/meetings/2026-12-08").body();
        assertThat(meeting).contains("Follow-up first (10 min)");
        assertThat(row(meeting.replace("</li>", "</tr>"), late)).contains("Finance signs the label deal").contains("overdue");
    }

    @Test
    void the_owner_marks_it_done_from_the_dashboard_and_someone_else_is_refused() {
        long mine = resolved("Studio", "Lease the studio", "vp-podcasts", "2026-12-04");
        var refused = music.post("/actions/" + mine + "/done", PageClient.fields("csrf", music.get("/").csrf()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only vp-podcasts");

        var done = podcasts.post("/actions/" + mine + "/done",
                PageClient.fields("csrf", podcasts.get("/").csrf(), "note", "Signed on Wednesday"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(podcasts.get("/").body()).doesNotContain("data-action=\"" + mine + "\"");
        var action = server.http.get("/api/v1/actions?status=done", musicToken).json().path("actions");
        assertThat(action.findValuesAsText("note")).contains("Signed on Wednesday");
    }

    @Test
    void a_vp_raises_an_overdue_action_again_from_the_dashboard() {
        long overdue = resolved("Podcast ads", "Sell the podcast ads", "vp-podcasts", "2026-12-02");
        var page = music.get("/");
        assertThat(row(page.body(), overdue)).contains("Raise again as a blocker");

        var raised = music.post("/actions/" + overdue + "/blocker", PageClient.fields("csrf", page.csrf()));

        assertThat(raised.status()).isEqualTo(303);
        var blockers = server.http.get("/api/v1/blockers", musicToken).json();
        assertThat(blockers.findValuesAsText("title")).contains("Overdue action #" + overdue + ": Sell the podcast ads");
        assertThat(music.post("/actions/" + overdue + "/blocker", PageClient.fields("csrf", page.csrf())).status())
                .as("raising it twice: its blocker is open").isEqualTo(409);
    }

    @Test
    void the_sla_report_page_counts_the_weeks_actions_per_owner() {
        var body = music.get("/reports/sla?week=2026-W49").body();

        int section = body.indexOf("Actions due, by owner");
        assertThat(section).isPositive();
        var table = body.substring(section, body.indexOf("The same problem came back"));
        assertThat(table).contains("<td data-label=\"Owner\">vp-podcasts</td>");
        assertThat(body).contains("No blocker raised in the period repeats an earlier one.");
    }
}
