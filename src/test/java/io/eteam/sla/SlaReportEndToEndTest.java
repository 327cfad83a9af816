package io.eteam.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Imported history comes back in the SLA report with working minutes exact to the minute,
/// under a calendar set from the CLI, in every format. Minutes below are worked out by hand:
/// Stockholm (UTC+1 in November), working days MON-THU 08:00-16:00, Wed 11 Nov a holiday. The
/// calendar is set before any blocker is recorded, so it holds from the start.
class SlaReportEndToEndTest {

    static TestServer server;

    @TempDir
    static Path dir;

    static Cli chair;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        assertThat(chair.run("calendar", "set", "--days", "MON-THU", "--hours", "08:00-16:00").exit()).isZero();
        assertThat(chair.run("calendar", "holiday", "add", "2026-11-11", "--name", "Offsite").exit()).isZero();
        var csv = dir.resolve("history.csv");
        Files.writeString(csv, "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                // Mon 9-16 (420) + Tue (480) + Wed holiday + Thu 8-10 (120) = 1020
                + "Alpha,blocked,high,vp-music,2026-11-09T09:00:00+01:00,2026-11-12T10:00:00+01:00,Fund it from Q1,vp-ads\n"
                // Thu 15-16 (60) + Fri off + Mon (480) + Tue 8-12 (240) = 780
                + "Bravo,misaligned,,vp-ads,2026-11-05T15:00:00+01:00,2026-11-10T12:00:00+01:00,Use ranking B,vp-music\n"
                // Mon-Thu (1920) + Mon, Tue, Thu (1440), Wed holiday, closed on Fri = 3360
                + "Charlie,off-track,low,vp-music,2026-11-02T08:00:00+01:00,2026-11-13T09:00:00+01:00,Cut scope to the EU,vp-music\n"
                // open: Thu 15:30-16:00 = 30 by the end of the week
                + "Delta,blocked,medium,vp-ads,2026-11-12T15:30:00+01:00,,,\n");
        assertThat(chair.run("import", csv.toString()).exit()).isZero();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final Map<String, String[]> EXPECTED = new LinkedHashMap<>();

    static {
        // title -> working_minutes, working_days, status
        EXPECTED.put("Bravo", new String[] {"780", "1.63", "met"});
        EXPECTED.put("Alpha", new String[] {"1020", "2.13", "met"});
        EXPECTED.put("Charlie", new String[] {"3360", "7.00", "breached"});
        EXPECTED.put("Delta", new String[] {"30", "0.06", "open"});
    }

    @Test
    void the_csv_report_has_the_specs_header_and_minutes_exact_to_the_minute() throws Exception {
        var out = chair.run("report", "sla", "--week", "2026-W46", "--format", "csv");
        assertThat(out.exit()).isZero();

        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.out())).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(
                "id", "title", "kind", "impact", "raised_by", "raised_at", "resolved_at", "working_minutes", "working_days", "target_days", "status");
        assertThat(records).extracting(r -> r.get("title")).containsExactly("Bravo", "Alpha", "Charlie", "Delta");
        for (var r : records) {
            var expected = EXPECTED.get(r.get("title"));
            assertThat(new String[] {r.get("working_minutes"), r.get("working_days"), r.get("status")}).as(r.get("title")).containsExactly(expected);
            assertThat(r.get("target_days")).isEqualTo("2.5");
        }
    }

    @Test
    void json_markdown_and_table_carry_the_same_numbers() {
        var json = server.http.get("/api/v1/reports/sla?week=2026-W46", server.chairToken).json();
        for (var row : json.path("rows")) {
            var expected = EXPECTED.get(row.path("title").asText());
            assertThat(row.path("working_minutes").asText()).isEqualTo(expected[0]);
            assertThat(row.path("working_days").decimalValue()).isEqualByComparingTo(expected[1]);
            assertThat(row.path("status").asText()).isEqualTo(expected[2]);
        }
        var summary = json.path("summary");
        assertThat(summary.path("resolved").asInt()).isEqualTo(3);
        assertThat(summary.path("met").asInt()).isEqualTo(2);
        assertThat(summary.path("breached").asInt()).isEqualTo(1);
        assertThat(summary.path("median_days").decimalValue()).isEqualByComparingTo("2.13");
        assertThat(summary.path("open_at_end").asInt()).isEqualTo(1);

        var md = chair.run("report", "sla", "--week", "2026-W46", "--format", "md").out();
        assertThat(md).contains("1.63", "2.13", "7.00", "0.06");

        var table = chair.run("report", "sla", "--from", "2026-11-09", "--to", "2026-11-15");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("SLA report 2026-11-09 – 2026-11-15", "2 met, 1 breached").containsPattern("Charlie\\s+off-track\\s+vp-music\\s+2026-11-13\\s+7.00\\s+BREACHED");
        assertThat(table.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    }

    @Test
    void a_blocker_carries_its_sla_clock_in_the_api() {
        var open = server.http.get("/api/v1/blockers?status=open", server.chairToken).json().get(0);
        assertThat(open.path("title").asText()).isEqualTo("Delta");
        assertThat(open.has("working_minutes")).isTrue();
        assertThat(open.path("target_days").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(open.path("sla").asText()).isEqualTo("breached");
        var closed = server.http.get("/api/v1/blockers?status=resolved", server.chairToken).json();
        assertThat(closed.findValuesAsText("working_minutes")).contains("1020", "780", "3360");
    }

    @Test
    void a_bad_period_is_refused_naming_the_field() {
        assertThat(server.http.get("/api/v1/reports/sla?week=2026-W60", server.chairToken).json().path("field").asText()).isEqualTo("week");
        assertThat(server.http.get("/api/v1/reports/sla?from=2026-11-20&to=2026-11-01", server.chairToken).json().path("field").asText()).isEqualTo("to");
        assertThat(server.http.get("/api/v1/reports/sla?format=pdf", server.chairToken).status()).isEqualTo(400);
    }
}
