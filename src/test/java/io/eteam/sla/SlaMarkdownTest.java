package io.eteam.sla;

import static io.eteam.sla.Fixtures.AFTER_W47;
import static io.eteam.sla.Fixtures.CAL;
import static io.eteam.sla.Fixtures.MEETING_AFTER_W47_ENDS;
import static io.eteam.sla.Fixtures.W47;
import static io.eteam.sla.Fixtures.at;
import static io.eteam.sla.Fixtures.blocker;
import static io.eteam.sla.Fixtures.open;
import static io.eteam.sla.Fixtures.week47;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Rule SLA-14: Markdown that reads well pasted into mail or chat, and that a title cannot break.
class SlaMarkdownTest {

    @Test
    void a_pipe_in_a_title_is_escaped_so_the_row_keeps_its_cells() {
        var md = SlaMarkdown.render(week47(List.of(titled("Pricing | Brazil"))));

        var row = blockerRow(md);
        assertThat(row).contains("Pricing \\| Brazil");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(11);
    }

    @Test
    void markdown_specials_and_line_breaks_in_a_title_are_neutralised() {
        var md = SlaMarkdown.render(week47(List.of(titled("*Ship* _now_ [link](x) <b>&\nnext `code`"))));

        assertThat(blockerRow(md)).contains("\\*Ship\\* \\_now\\_ \\[link\\](x) \\<b\\>\\& next \\`code\\`");
    }

    @Test
    void the_title_names_the_week_and_its_dates() {
        var md = SlaMarkdown.render(week47(List.of()));

        assertThat(md).startsWith("# SLA report 2026-W47 (2026-11-16 to 2026-11-22)\n\n"
                + "Target 2.5 working days. Times in Europe/Stockholm.\n");
    }

    @Test
    void a_period_still_running_says_when_it_was_read() {
        var report = SlaReport.build(CAL, new SlaPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                at("2026-11-18T11:00"), asOf -> MEETING_AFTER_W47_ENDS, List.of(), 0, List.of());

        assertThat(SlaMarkdown.render(report)).startsWith("# SLA report 2026-11-01 to 2026-11-30\n\n"
                + "Target 2.5 working days. Times in Europe/Stockholm. The period has not ended: open blockers as of"
                + " 2026-11-18 11:00.\n");
    }

    @Test
    void the_summary_group_tables_trend_and_rows_follow_in_order() {
        var report = SlaReport.build(CAL, W47, AFTER_W47, asOf -> MEETING_AFTER_W47_ENDS, List.of(
                blocker(1, "ana", "bo", Kind.MISALIGNED, "2026-11-16T09:00", "2026-11-16T12:00", Status.RESOLVED),
                blocker(2, "bo", null, Kind.BLOCKED, "2026-11-09T09:00", "2026-11-18T09:00", Status.WITHDRAWN),
                open(3, "2026-11-19T09:00")), 2, List.of(new MeetingAttendance(LocalDate.of(2026, 11, 17), 14, 16)));

        var md = SlaMarkdown.render(report);

        assertThat(md).containsSubsequence(
                "## Summary",
                "| resolved | withdrawn | met | breached | breach rate | median days | p85 days | max days"
                        + " | open at end | open breached | at risk |",
                "| 2 | 1 | 1 | 1 | 50.0% | 0.38 | 7.00 | 7.00 | 1 | 0 | 1 |",
                "Refused deferrals: 2",
                "Attendance: 2026-11-17 14 of 16.",
                "## By raiser", "| ana | 1 | 0 | 1 | 0 | 0.0% |", "| bo | 1 | 1 | 0 | 1 | 100.0% |",
                "## By blocking area", "| (none) |", "| bo |",
                "## By kind", "| blocked |", "| misaligned |",
                "## Trend, last 12 weeks", "| 2026-W36 | 0 | 0 | 0 | 0.0% | – |", "| 2026-W47 | 2 | 1 | 1 | 50.0% | 0.38 |",
                "## Blockers",
                "| 1 | Blocker 1 | misaligned | medium | ana | bo | 2026-11-16 09:00 | 2026-11-16 12:00 | 0.38 | met |",
                "| 2 | Blocker 2 | blocked | medium | bo | – | 2026-11-09 09:00 | 2026-11-18 09:00 | 7.00 | breached (withdrawn) |",
                "| 3 | Blocker 3 | blocked | medium | ana | – | 2026-11-19 09:00 | – | 2.00 | at risk |");
    }

    @Test
    void an_empty_period_says_so_instead_of_empty_tables() {
        var md = SlaMarkdown.render(week47(List.of()));

        assertThat(md).contains("## By raiser\n\nNo blockers.\n")
                .contains("Attendance: no meetings in the period.")
                .endsWith("No blocker was closed in the period or open at its end.\n");
    }

    static SlaBlocker titled(String title) {
        return new SlaBlocker(42, title, Kind.BLOCKED, Impact.MEDIUM, "ana", null, at("2026-11-16T09:00"),
                at("2026-11-17T09:00"), Status.RESOLVED);
    }

    static String blockerRow(String md) {
        return md.lines().filter(line -> line.startsWith("| 42 |")).findFirst().orElseThrow();
    }
}
