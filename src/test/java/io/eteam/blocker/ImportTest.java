package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Importing historical blockers from CSV: all rows or none.
class ImportTest {

    static final String HEADER = "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n";

    static TestServer server;
    static String vp;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        server.add("staff", "member");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static int count() {
        return server.http.get("/api/v1/blockers?status=all", vp).json().size();
    }

    static io.eteam.support.Http.Response post(String token, String csv) {
        return server.http.send("POST", "/api/v1/blockers/import", token, csv);
    }

    @Test
    void a_chair_imports_open_and_resolved_blockers_with_quoted_fields() {
        int before = count();
        var csv = HEADER
                + "\"Label deal, Brazil\",blocked,high,vp-music,2026-10-05T10:00:00+02:00,2026-10-07T15:30:00+02:00,\"Ship offline mode in Brazil on March 3\nLegal signs today\",vp-ads\n"
                + "\"Two \"\"roadmaps\"\" for search\",misaligned,,vp-ads,2026-10-06T09:00:00Z,,,\n";

        var imported = post(server.chairToken, csv);

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 2);
        var firstId = imported.json().path("ids").get(0).asLong();
        var first = server.http.get("/api/v1/blockers/" + firstId, vp).json();
        assertThat(first.path("title").asText()).isEqualTo("Label deal, Brazil");
        assertThat(first.path("status").asText()).isEqualTo("resolved");
        assertThat(first.path("resolved_at").asText()).isEqualTo("2026-10-07T13:30:00Z");
        assertThat(first.path("owner").asText()).isEqualTo("vp-ads");
        assertThat(first.path("decision").asText()).isEqualTo("Ship offline mode in Brazil on March 3\nLegal signs today");
        var second = server.http.get("/api/v1/blockers/" + imported.json().path("ids").get(1).asLong(), vp).json();
        assertThat(second.path("title").asText()).isEqualTo("Two \"roadmaps\" for search");
        assertThat(second.path("impact").asText()).isEqualTo("medium");
        assertThat(second.path("status").asText()).isEqualTo("open");
    }

    @Test
    void one_bad_row_refuses_the_whole_file_naming_its_line_and_nothing_is_written() {
        int before = count();
        var csv = HEADER
                + "Fine one,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n"
                + "Fine two,blocked,low,vp-music,2026-10-05T10:00:00Z,2026-10-06T10:00:00Z,\"Hire two\ncontractors\",vp-ads\n"
                + "Bad kind,stuck,low,vp-music,2026-10-05T10:00:00Z,,,\n";

        var refused = post(server.chairToken, csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).startsWith("Line 5: kind must be blocked, misaligned or off-track.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_deferral_in_a_row_is_refused_like_in_the_api() {
        var csv = HEADER + "Pricing,blocked,high,vp-music,2026-10-05T10:00:00Z,2026-10-06T10:00:00Z,Let's take this offline,vp-ads\n";
        var refused = post(server.chairToken, csv);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.error()).isEqualTo("deferral_rejected");
        assertThat(refused.json().path("message").asText()).startsWith("Line 2: 'take this offline' is not a decision");
    }

    @Test
    void instants_in_the_future_or_resolved_before_raised_are_refused() {
        assertThat(post(server.chairToken, HEADER + "Future,blocked,high,vp-music,2099-01-01T10:00:00Z,,,\n").json().path("message").asText())
                .startsWith("Line 2: instants may not lie in the future.");
        assertThat(post(server.chairToken, HEADER + "Backwards,blocked,high,vp-music,2026-10-05T10:00:00Z,2026-10-04T10:00:00Z,Fund it,vp-ads\n")
                .json().path("message").asText()).startsWith("Line 2: resolved_at is before raised_at.");
    }

    @Test
    void raisers_and_owners_must_be_vps_or_chairs_and_the_header_must_match() {
        assertThat(post(server.chairToken, HEADER + "X,blocked,high,staff,2026-10-05T10:00:00Z,,,\n").status()).isEqualTo(400);
        assertThat(post(server.chairToken, HEADER + "X,blocked,high,vp-music,2026-10-05T10:00:00Z,2026-10-06T10:00:00Z,Fund it,nobody\n")
                .json().path("message").asText()).contains("owner 'nobody' is not a VP or chair");
        assertThat(post(server.chairToken, "title,kind\nX,blocked\n").json().path("message").asText()).startsWith("Line 1: the header must be exactly");
        assertThat(post(server.chairToken, HEADER + "X,blocked,high,vp-music\n").json().path("message").asText()).startsWith("Line 2: it has 4 fields");
    }

    @Test
    void a_quote_left_open_or_followed_by_text_is_a_400_naming_its_line_and_nothing_is_written() {
        int before = count();
        var fine = "Fine,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n";

        var unclosed = post(server.chairToken, HEADER + fine + "\"Bad,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n");
        var trailing = post(server.chairToken, HEADER + fine + fine + "\"x\"y,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n");

        assertThat(unclosed.status()).isEqualTo(400);
        assertThat(unclosed.error()).isEqualTo("invalid_request");
        assertThat(unclosed.json().path("message").asText()).startsWith("Line 3: a quoted field is not closed");
        assertThat(trailing.status()).isEqualTo(400);
        assertThat(trailing.json().path("message").asText()).startsWith("Line 4: a quoted field is not closed");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void only_a_chair_imports() {
        assertThat(post(vp, HEADER + "X,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\n").status()).isEqualTo(403);
    }

    @Test
    void the_cli_imports_a_file_and_exits_1_naming_the_line_of_a_bad_row() throws Exception {
        var cli = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        var good = dir.resolve("good.csv");
        Files.writeString(good, HEADER + "From the CLI,off-track,low,vp-music,2026-10-05T10:00:00Z,,,\n");
        var ok = cli.run("import", good.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).startsWith("Imported 1 blockers (ids ");

        var bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "Fine,blocked,high,vp-music,2026-10-05T10:00:00Z,,,\nNo time,blocked,high,vp-music,,,,\n");
        var refused = cli.run("import", bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("Line 3: raised_at is required.");
        assertThat(cli.run("import", dir.resolve("missing.csv").toString()).exit()).isEqualTo(1);
    }
}
