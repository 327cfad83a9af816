package io.eteam.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/// The report's rows as RFC 4180 CSV for spreadsheets and scripts (rule S13); instants are
/// ISO-8601 with the offset in force in the report's zone, e.g. 2026-11-24T13:05:00+01:00.
public final class SlaCsv {

    /// The header row, binding: scripts read the columns by these names.
    public static final List<String> HEADER = List.of("id", "title", "kind", "impact", "raised_by", "raised_at",
            "resolved_at", "working_minutes", "working_days", "target_days", "status");

    /// RFC 4180: CRLF line ends, and a field quoted only when it holds a comma, a quote or a
    /// line break, with quotes doubled.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    private SlaCsv() {
    }

    /// The CSV text; the caller sends it as UTF-8 (`text/csv; charset=utf-8`).
    public static String render(SlaReport report) {
        var out = new StringBuilder(160 * (report.rows().size() + 1));
        var times = new TimeText(report.zone());
        /// Instants are written into this buffer and handed over as text; the printer copies
        /// them out at once, so one buffer serves every field.
        var instant = new StringBuilder(32);
        /// CSVFormat synchronizes on itself for every field it prints: a copy per render keeps
        /// two reports rendered at once from queueing on one lock.
        try (var csv = new CSVPrinter(out, FORMAT.builder().get())) {
            for (var row : report.rows()) {
                csv.print(row.id());
                csv.print(row.title());
                csv.print(row.kind().wire());
                csv.print(row.impact().wire());
                csv.print(row.raisedBy());
                instant.setLength(0);
                times.appendIso(instant, row.raisedAt());
                csv.print(instant);
                instant.setLength(0);
                if (row.resolvedAt() != null) {
                    times.appendIso(instant, row.resolvedAt());
                }
                csv.print(instant);
                csv.print(row.workingMinutes());
                csv.print(row.workingDays().toPlainString());
                csv.print(row.targetDays().toPlainString());
                csv.print(row.status().wire());
                csv.println();
            }
        } catch (IOException e) {
            /// A StringBuilder never fails to take text; CSVPrinter only declares it.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
