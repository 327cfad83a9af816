package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The deferral rule's surface: the check as you type (API and `eteam check`), a chair's
/// overrule of a refusal, and the export of refusals and overrules as labelled corpus rows.
class DeferralApiTest {

    static TestServer server;
    static String vp;
    static String member;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-defer", "vp");
        member = server.add("staff-defer", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    Cli as(String token) {
        return new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", token);
    }

    static long raise(String title) {
        return server.http.post("/api/v1/blockers", vp, "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}").json().path("id").asLong();
    }

    @Test
    void the_check_quotes_the_words_that_defer_and_says_how_to_decide_and_changes_nothing() {
        long id = raise("Checked while typing");
        var before = server.http.get("/api/v1/blockers/" + id, vp).body();

        var deferral = server.http.post("/api/v1/deferral-check", member, "{\"text\": \"Let's take this offline with Legal\"}");
        var decision = server.http.post("/api/v1/deferral-check", member, "{\"text\": \"Ship offline mode in Brazil on 3 March; Bo owns it\"}");

        assertThat(deferral.status()).isEqualTo(200);
        assertThat(deferral.json().path("deferral").asBoolean()).isTrue();
        assertThat(deferral.json().path("phrase").asText()).isEqualTo("take this offline");
        assertThat(deferral.json().path("hint").asText()).endsWith("name who does what by when.");
        assertThat(deferral.json().path("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(decision.json().path("deferral").asBoolean()).isFalse();
        assertThat(decision.json().path("phrase").isNull()).isTrue();
        assertThat(decision.json().path("score").asDouble()).isBetween(0.0, 0.5);
        assertThat(server.http.get("/api/v1/blockers/" + id, vp).body()).isEqualTo(before);
    }

    @Test
    void the_check_needs_a_signed_in_person_and_a_text() {
        assertThat(server.http.post("/api/v1/deferral-check", null, "{\"text\": \"Park it\"}").status()).isEqualTo(401);
        var blank = server.http.post("/api/v1/deferral-check", vp, "{\"text\": \"  ...  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).isEqualTo("text");
        assertThat(server.http.post("/api/v1/deferral-check", vp, "{\"text\": 5}").status()).isEqualTo(400);
        assertThat(server.http.post("/api/v1/deferral-check", vp, "{}").status()).isEqualTo(400);
    }

    @Test
    void eteam_check_exits_1_for_a_deferral_and_0_for_a_decision() {
        var deferral = as(vp).run("check", "We'll circle back next week");
        var decision = as(vp).run("check", "Approved: Ana hires two engineers by 1 March");

        assertThat(deferral.exit()).isEqualTo(1);
        assertThat(deferral.out()).startsWith("Deferral: 'circle back").contains("name who does what by when");
        assertThat(decision.exit()).isZero();
        assertThat(decision.out()).startsWith("Decision:");
        assertThat(as(vp).run("check", "Park it", "--json").out()).contains("\"deferral\" : true");
    }

    @Test
    void a_chair_may_overrule_a_refusal_which_the_history_and_the_weekly_report_keep() {
        long id = raise("Overruled in the room");
        var text = "Sort it out offline between Finance and Legal";
        assertThat(server.http.post("/api/v1/deferral-check", vp, "{\"text\": \"" + text + "\"}").json().path("deferral").asBoolean())
                .as("the check refuses the text overruled").isTrue();

        var resolved = as(server.chairToken).run("resolve", String.valueOf(id), "--decision", text,
                "--owner", "vp-defer", "--overrule", "The board already decided; Finance and Legal only file the papers");

        assertThat(resolved.exit()).as(resolved.err()).isZero();
        var after = server.http.get("/api/v1/blockers/" + id, vp).json();
        assertThat(after.path("status").asText()).isEqualTo("resolved");
        var history = after.path("history");
        var overrule = history.get(history.size() - 2);
        assertThat(overrule.path("action").asText()).isEqualTo("deferral_overruled");
        assertThat(overrule.path("actor").asText()).isEqualTo("chair");
        assertThat(overrule.path("change").path("overrule").asText()).startsWith("The board already decided");
        assertThat(history.get(history.size() - 1).path("action").asText()).isEqualTo("resolved");

        var week = LocalDate.now(ZoneOffset.UTC);
        var report = server.http.get("/api/v1/reports/sla?from=" + week.minusDays(1) + "&to=" + week.plusDays(1), vp).json();
        assertThat(report.path("overruled_deferrals").asInt()).isPositive();
    }

    @Test
    void a_vp_cannot_overrule_and_nothing_changes() {
        long id = raise("A VP may not overrule");

        var refused = server.http.post("/api/v1/blockers/" + id + "/resolve", vp,
                "{\"decision\": \"Park it\", \"owner\": \"vp-defer\", \"overrule\": \"I say so\"}");

        assertThat(refused.status()).isEqualTo(403);
        var after = server.http.get("/api/v1/blockers/" + id, vp).json();
        assertThat(after.path("status").asText()).isEqualTo("open");
        assertThat(after.path("history")).hasSize(1);
    }

    @Test
    void an_overrule_of_a_decision_is_not_needed_and_not_recorded() {
        long id = raise("Nothing to overrule");

        var resolved = server.http.post("/api/v1/blockers/" + id + "/resolve", server.chairToken,
                "{\"decision\": \"Approved: Ana hires two engineers by 1 March\", \"owner\": \"vp-defer\", \"overrule\": \"just in case\"}");

        assertThat(resolved.status()).isEqualTo(200);
        var history = server.http.get("/api/v1/blockers/" + id, vp).json().path("history");
        assertThat(history).extracting(e -> e.path("action").asText()).containsExactly("raised", "resolved");
    }

    @Test
    void a_chair_exports_refusals_as_deferrals_and_overrules_as_decisions() throws Exception {
        long refused = raise("Exported refusal");
        long overruled = raise("Exported overrule");
        server.http.post("/api/v1/blockers/" + refused + "/resolve", vp, "{\"decision\": \"Let's punt on it\", \"owner\": \"vp-defer\"}");
        server.http.post("/api/v1/blockers/" + overruled + "/resolve", server.chairToken,
                "{\"decision\": \"Let's take this offline with Legal\", \"owner\": \"vp-defer\", \"overrule\": \"Legal signed in the room\"}");

        var file = home.resolve("mine.tsv");
        var exported = as(server.chairToken).run("deferrals", "export", "--output", file.toString());

        assertThat(exported.exit()).as(exported.err()).isZero();
        var lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("text\tlabel\tfamily\tlang\tgroup\tnote");
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(6));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Let's punt on it\tdeferral\trefused\t"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Let's take this offline with Legal\tdecision\toverruled\t")
                .contains("Legal signed in the room"));
        assertThat(as(vp).run("deferrals", "export").exit()).isEqualTo(3);
    }
}
