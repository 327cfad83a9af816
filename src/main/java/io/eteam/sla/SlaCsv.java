package io.eteam.sla;

import io.eteam.csv.CsvCell;
import java.util.List;

/// The report's rows as RFC 4180 CSV for spreadsheets and scripts (rule SLA-13); instants are
/// ISO-8601 with the offset in force in the report's zone, e.g. 2026-11-24T13:05:00+01:00.
public final class SlaCsv {

    /// The header row, binding: scripts read the columns by these names.
    public static final List<String> HEADER = List.of("id", "title", "kind", "impact", "raised_by", "raised_at",
            "resolved_at", "working_minutes", "working_days", "target_days", "status");

    private static final String HEADER_LINE = String.join(",", HEADER) + "\r\n";

    private SlaCsv() {
    }

    /// The CSV text; the caller sends it as UTF-8 (`text/csv; charset=utf-8`). RFC 4180 with
    /// CRLF line ends; people's text is neutralised where a spreadsheet would run it (see `io.eteam.csv`).
    public static String render(SlaReport report) {
        var out = new StringBuilder(160 * (report.rows().size() + 1)).append(HEADER_LINE);
        var times = new TimeText(report.zone());
        /// Instants are written into this buffer and then appended as a cell, so one buffer serves every field.
        var instant = new StringBuilder(32);
        for (var row : report.rows()) {
            out.append(row.id()).append(',');
            CsvCell.append(out, row.title());
            out.append(',');
            CsvCell.append(out, row.kind().wire());
            out.append(',');
            CsvCell.append(out, row.impact().wire());
            out.append(',');
            CsvCell.append(out, row.raisedBy());
            out.append(',');
            instant.setLength(0);
            times.appendIso(instant, row.raisedAt());
            CsvCell.append(out, instant);
            out.append(',');
            instant.setLength(0);
            if (row.resolvedAt() != null) {
                times.appendIso(instant, row.resolvedAt());
            }
            CsvCell.append(out, instant);
            out.append(',').append(row.workingMinutes())
                    .append(',').append(row.workingDays().toPlainString())
                    .append(',').append(row.targetDays().toPlainString())
                    .append(',');
            CsvCell.append(out, row.status().wire());
            out.append("\r\n");
        }
        return out.toString();
    }
}
