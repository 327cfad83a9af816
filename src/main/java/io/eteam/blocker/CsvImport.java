package io.eteam.blocker;

import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import java.io.IOException;
import io.eteam.deferral.DeferralCheck;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/// Reads the historical-blocker CSV (`title,kind,impact,raised_by,raised_at,resolved_at,decision,owner`)
/// into checked rows. Pure: the caller says who may raise and own, and what time it is.
/// The first bad row refuses the whole file, naming its line (the header is line 1).
public final class CsvImport {

    static final List<String> HEADER = List.of("title", "kind", "impact", "raised_by", "raised_at", "resolved_at", "decision", "owner");

    private CsvImport() {
    }

    /// One checked row, ready to store.
    public record Row(String title, Kind kind, Impact impact, String raisedBy, Instant raisedAt, Instant resolvedAt,
                      String decision, String owner) {
    }

    /// `mayRaise` / `mayOwn` say whether a handle is a VP or chair; `zone` reads instants
    /// written without an offset; nothing may lie after `now`.
    public static List<Row> parse(String csv, Predicate<String> mayRaise, Predicate<String> mayOwn, DeferralCheck deferrals,
                                  ZoneId zone, Instant now) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var rows = new ArrayList<Row>();
        try (var parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            var header = parser.getHeaderNames().stream().map(String::strip).toList();
            if (!header.equals(HEADER)) {
                throw Problem.invalid("csv", "Line 1: the header must be exactly " + String.join(",", HEADER) + ".");
            }
            var records = parser.iterator();
            while (true) {
                // The line a record starts on: one after the line breaks read so far (a quoted
                // field may span lines, so record numbers alone would drift).
                long line = parser.getCurrentLineNumber() + 1;
                if (!hasNext(records, line)) {
                    break;
                }
                rows.add(row(records.next(), line, mayRaise, mayOwn, deferrals, zone, now));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw Problem.invalid("csv", "The file is not valid CSV: " + Objects.requireNonNullElse(e.getMessage(), "unreadable").lines().findFirst().orElse("") );
        }
        if (rows.isEmpty()) {
            throw Problem.invalid("csv", "The file has a header but no blockers.");
        }
        return rows;
    }

    /// The parser reads the next record as it is asked whether there is one, and reports a
    /// malformed one (an unclosed quote, text after a closing quote) as an unchecked exception.
    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw Problem.invalid("csv", "Line " + line + ": a quoted field is not closed, or its closing quote is followed by"
                    + " something other than a comma or the end of the line. Inside quotes, write a quote as two quotes (\"\").");
        }
    }

    private static Row row(CSVRecord r, long line, Predicate<String> mayRaise, Predicate<String> mayOwn, DeferralCheck deferrals,
                           ZoneId zone, Instant now) {
        if (r.size() != HEADER.size()) {
            throw refuse(line, "it has " + r.size() + " fields; every row needs " + HEADER.size() + ".");
        }
        try {
            var title = Text.required("title", r.get("title"), 200);
            var kind = Kind.parse(r.get("kind").strip())
                    .orElseThrow(() -> Problem.invalid("kind", "kind must be blocked, misaligned or off-track."));
            var impactText = r.get("impact").strip();
            var impact = impactText.isEmpty() ? Impact.MEDIUM : Impact.parse(impactText)
                    .orElseThrow(() -> Problem.invalid("impact", "impact must be high, medium or low, or empty."));
            var raisedBy = r.get("raised_by").strip();
            if (!mayRaise.test(raisedBy)) {
                throw Problem.invalid("raised_by", "raised_by '" + raisedBy + "' is not a VP or chair.");
            }
            var raisedAt = instant("raised_at", r.get("raised_at"), zone);
            if (raisedAt == null) {
                throw Problem.invalid("raised_at", "raised_at is required.");
            }
            var resolvedAt = instant("resolved_at", r.get("resolved_at"), zone);
            var decision = Text.optional("decision", r.get("decision"), 4000, true);
            var owner = r.get("owner").strip();
            if (raisedAt.isAfter(now) || (resolvedAt != null && resolvedAt.isAfter(now))) {
                throw Problem.invalid(resolvedAt != null && resolvedAt.isAfter(now) ? "resolved_at" : "raised_at", "instants may not lie in the future.");
            }
            if (resolvedAt != null && resolvedAt.isBefore(raisedAt)) {
                throw Problem.invalid("resolved_at", "resolved_at is before raised_at.");
            }
            boolean closed = resolvedAt != null || decision != null || !owner.isEmpty();
            if (closed) {
                if (resolvedAt == null || decision == null || owner.isEmpty()) {
                    throw Problem.invalid("resolved_at", "a resolved blocker needs resolved_at, decision and owner; an open one has all three empty.");
                }
                if (DeferralCheck.isBlank(decision)) {
                    throw Problem.invalid("decision", "decision is only punctuation; record what was decided.");
                }
                var verdict = deferrals.check(decision);
                if (verdict.deferral()) {
                    throw Problem.deferralRejected(verdict.message());
                }
                if (!mayOwn.test(owner)) {
                    throw Problem.invalid("owner", "owner '" + owner + "' is not a VP or chair.");
                }
            }
            return new Row(title, kind, impact, raisedBy, raisedAt, resolvedAt, decision, closed ? owner : null);
        } catch (Problem p) {
            throw refuse(line, p);
        }
    }

    /// BLK-10 — cut to the millisecond, as every instant eteam stores: the database rounds
    /// 13:00:59.999999999 up into the next minute, which the SLA clock, flooring, then counts.
    private static Instant instant(String field, String text, ZoneId zone) {
        var t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant().truncatedTo(ChronoUnit.MILLIS);
            } catch (DateTimeParseException e) {
                throw Problem.invalid(field, field + " must be an ISO-8601 time such as 2026-11-24T13:05:00+01:00; got '" + shorten(t) + "'.");
            }
        }
    }

    private static Problem refuse(long line, Problem p) {
        var message = "Line " + line + ": " + p.getMessage() + " Nothing was imported.";
        return p.kind() == Problem.Kind.DEFERRAL_REJECTED ? Problem.deferralRejected(message) : Problem.invalid(p.field(), message);
    }

    private static Problem refuse(long line, String why) {
        return Problem.invalid("csv", "Line " + line + ": " + why + " Nothing was imported.");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
