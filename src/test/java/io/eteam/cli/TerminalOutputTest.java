package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/// What a person at a terminal gets and a pipe never does: colour in the tables (by the
/// no-color.org rules) with the columns still aligned, and a progress line while a download
/// runs. `TerminalIT` checks the same through a real pseudo-terminal.
class TerminalOutputTest {

    private static final String ESC = "\u001b[";

    @Test
    void colour_needs_a_terminal_on_standard_output_and_no_non_empty_no_color() {
        assertThat(Terminal.of(Map.of(), true, true).colour()).isTrue();
        assertThat(Terminal.of(Map.of("NO_COLOR", ""), true, true).colour()).as("an empty NO_COLOR does not count").isTrue();
        assertThat(Terminal.of(Map.of("NO_COLOR", "1"), true, true).colour()).isFalse();
        assertThat(Terminal.of(Map.of("NO_COLOR", "false"), true, true).colour()).as("any value turns colour off").isFalse();
        assertThat(Terminal.of(Map.of("TERM", "dumb"), true, true).colour()).isFalse();
        assertThat(Terminal.of(Map.of(), false, true).colour()).as("standard output in a pipe").isFalse();
    }

    @Test
    void sla_statuses_are_coloured_and_the_columns_stay_aligned_by_the_texts_own_width() {
        var coloured = print(true);
        var plain = print(false);

        assertThat(plain).doesNotContain(ESC);
        assertThat(coloured).contains(ESC + "1;31mBREACHED" + ESC + "0m", ESC + "33mat risk" + ESC + "0m", ESC + "32mmet" + ESC + "0m");
        assertThat(coloured.lines().filter(line -> line.contains("open")).findFirst().orElseThrow())
                .as("a status without a colour").doesNotContain(ESC);
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
        var lines = plain.lines().toList();
        int days = lines.get(0).indexOf("DAYS");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(days - 1)).isEqualTo(' '));
        assertThat(lines.get(1).substring(days)).startsWith("3.10");
        assertThat(lines.get(2).substring(days)).startsWith("2.00");
    }

    @Test
    void overdue_actions_are_red_and_done_ones_green() {
        assertThat(Table.colourOf("overdue")).isEqualTo(ESC + "1;31m");
        assertThat(Table.colourOf("done")).isEqualTo(ESC + "32m");
        assertThat(Table.colourOf("open")).isNull();
        assertThat(Table.colourOf("2.61 breached")).as("the agenda's days at the start").isEqualTo(ESC + "1;31m");
    }

    @Test
    void a_download_shows_the_wait_then_the_bytes_received_and_clears_its_line() {
        var err = new StringWriter();
        var now = new AtomicLong(0);
        var progress = new ProgressLine(new PrintWriter(err), "prepare the backup", now::get);

        progress.waiting();
        now.set(2_300);
        progress.tick();
        progress.received(300 * 1024, -1);
        now.set(2_350);
        progress.received(400 * 1024, -1);
        now.set(2_500);
        progress.received(3 * 1024 * 1024, -1);
        now.set(3_300);
        progress.tick();
        progress.done();

        var shown = err.toString();
        assertThat(shown).contains("Waiting for the server to prepare the backup… 0 s", "Waiting for the server to prepare the backup… 2 s",
                "Receiving 300.0 KB", "Receiving 3.0 MB").doesNotContain("Receiving 400.0 KB").endsWith("\r");
        assertThat(shown.substring(shown.indexOf("Receiving"))).as("once bytes arrive, the wait is not shown again")
                .doesNotContain("Waiting");
    }

    private static String print(boolean colour) {
        var out = new StringWriter();
        new Table(List.of("ID", "TITLE", "SLA", "DAYS"), 0, 20, 8, 0).colour(colour, 2)
                .row(1, "Payments are blocked", Format.sla(node("breached")), "3.10")
                .row(22, "Pricing", Format.sla(node("at_risk")), "2.00")
                .row(333, "Hiring", Format.sla(node("met")), "0.50")
                .row(4444, "Legal", Format.sla(node("open")), "0.10")
                .print(new PrintWriter(out));
        return out.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode node(String sla) {
        return ClientJson.JSON.createObjectNode().put("sla", sla);
    }
}
