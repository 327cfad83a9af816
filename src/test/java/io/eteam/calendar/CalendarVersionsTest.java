package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Calendars as an office keeps them, through the real CLI and API: an English office's bank
/// holidays, and changes that take effect from a date so that a report read last month reads the
/// same today, unless a chair restates the past on purpose.
class CalendarVersionsTest {

    @TempDir
    Path dir;

    /// Twenty days after Easter 2026: the week of Easter Monday is in the past.
    private static final Clock AFTER_EASTER = Clock.fixed(Instant.parse("2026-04-27T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void an_english_office_counts_easter_as_its_bank_holidays_and_a_later_change_rewrites_nothing() throws Exception {
        try (var server = TestServer.start(AFTER_EASTER)) {
            server.add("vp-music", "vp");
            var chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
            // Set up before any blocker is recorded: the calendar holds from the start.
            assertThat(chair.run("calendar", "set", "--zone", "Europe/London", "--hours", "09:00-17:00", "--holidays", "GB-ENG")
                    .exit()).isZero();
            importEaster(chair);

            // Thu 09-17 (480) + Good Friday, the weekend, Easter Monday + Tue 09-14 (300) = 780, met.
            var report = chair.run("report", "sla", "--week", "2026-W15", "--format", "csv");
            assertThat(report.exit()).as(report.err()).isZero();
            var easter = row(report.out(), "Easter contract");
            assertThat(easter.get("working_minutes")).isEqualTo("780");
            assertThat(easter.get("status")).isEqualTo("met");
            var markdown = chair.run("report", "sla", "--week", "2026-W15").out();

            // Today the office moves to Tokyo hours and a one-day target: last month's week reads the same.
            var moved = chair.run("calendar", "set", "--zone", "Asia/Tokyo", "--hours", "10:00-18:00", "--holidays", "JP",
                    "--target-days", "1");
            assertThat(moved.exit()).as(moved.err()).isZero();
            assertThat(chair.run("report", "sla", "--week", "2026-W15", "--format", "csv").out()).isEqualTo(report.out());
            assertThat(chair.run("report", "sla", "--week", "2026-W15").out()).isEqualTo(markdown);

            // A chair restates the past on purpose: the one-day target from New Year on.
            var restated = chair.run("calendar", "set", "--target-days", "1", "--from", "2026-01-01");
            assertThat(restated.exit()).as(restated.err()).isZero();
            var again = row(chair.run("report", "sla", "--week", "2026-W15", "--format", "csv").out(), "Easter contract");
            assertThat(again.get("status")).isEqualTo("breached");
            assertThat(again.get("target_days")).isEqualTo("1");

            var history = chair.run("calendar", "history");
            assertThat(history.exit()).as(history.err()).isZero();
            assertThat(history.out()).contains("Europe/London", "Asia/Tokyo", "GB-ENG", "restated the past", "superseded", "by chair");
            var versions = server.http.get("/api/v1/calendar/history", server.chairToken).json().path("versions");
            assertThat(versions).hasSizeGreaterThanOrEqualTo(4);
            // From New Year's Day in Tokyo, the zone in force when the chair restated it.
            assertThat(versions).filteredOn(v -> v.path("restated").asBoolean())
                    .extracting(v -> v.path("effective_from").asText())
                    .contains("2025-12-31T15:00:00Z");
            // The move to Tokyo, which held from today, is replaced; London keeps 1970 to New Year.
            assertThat(versions).filteredOn(v -> !v.path("restated").asBoolean() && v.path("zone").asText().equals("Asia/Tokyo"))
                    .singleElement().satisfies(v -> assertThat(v.path("superseded").asBoolean()).isTrue());
            assertThat(versions).filteredOn(v -> v.path("zone").asText().equals("Europe/London"))
                    .singleElement().satisfies(v -> assertThat(v.path("superseded").asBoolean()).isFalse());
        }
    }

    @Test
    void a_change_from_a_later_date_leaves_today_as_it_is() {
        try (var server = TestServer.start(AFTER_EASTER)) {
            var chair = new Cli(dir).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);

            var later = chair.run("calendar", "set", "--hours", "08:00-16:00", "--from", "2026-06-01", "--json");

            assertThat(later.exit()).as(later.err()).isZero();
            assertThat(server.http.get("/api/v1/calendar", server.chairToken).json().path("working_hours").asText())
                    .isEqualTo("09:00-17:00");
            var refused = server.http.send("PUT", "/api/v1/calendar", server.chairToken, "{\"from\": \"2030-01-01\", \"target_days\": 3}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("field").asText()).isEqualTo("from");
        }
    }

    private void importEaster(Cli chair) throws Exception {
        var csv = dir.resolve("easter.csv");
        Files.writeString(csv, "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                + "Easter contract,blocked,high,vp-music,2026-04-02T09:00:00+01:00,2026-04-07T14:00:00+01:00,Sign the UK deal,vp-music\n");
        var imported = chair.run("import", csv.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    private static CSVRecord row(String csv, String title) throws Exception {
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        return records.stream().filter(r -> r.get("title").equals(title)).findFirst().orElseThrow(() -> new AssertionError(csv));
    }
}
