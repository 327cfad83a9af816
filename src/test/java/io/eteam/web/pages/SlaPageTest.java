package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The SLA report page over real HTTP: the figures of a known history, its charts, and escaping.
class SlaPageTest {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    static TestServer server;
    static PageClient b;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        var vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        SlaHistory.importInto(server);
        b = new PageClient(server.url());
        b.signIn(vp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_page_shows_the_weeks_summary_worked_out_by_hand() {
        var page = b.get("/reports/sla?week=" + SlaHistory.WEEK);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(
                "<dt>Closed</dt><dd>3</dd>",
                "<dt>Met</dt><dd>2</dd>",
                "<dt>Breached</dt><dd>1</dd>",
                "<dt>Breach rate</dt><dd>33 %</dd>",
                "<dt>Median days</dt><dd>1.50</dd>",
                "<dt>p85 days</dt><dd>4.00</dd>",
                "<dt>Max days</dt><dd>4.00</dd>",
                "<dt>Open at end</dt><dd>1</dd>",
                "<dt>At risk</dt><dd>0</dd>");
    }

    @Test
    void the_rows_show_each_blockers_working_days_and_standing() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).contains(">1.50<", ">4.00<", ">1.25<", ">0.25<", ">breached<", ">met<", ">open<");
        assertThat(body).contains("<td data-label=\"Raised by\">vp-ads</td>", "<td data-label=\"Kind\">misaligned</td>");
    }

    @Test
    void the_page_draws_both_charts_as_inline_svg() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).contains("<svg", "data-chart=\"trend\"", "data-chart=\"durations\"", "target 2.5 d");
        assertThat(body).contains("class=\"bar breached\"", "class=\"bar met\"");
    }

    @Test
    void a_script_in_a_title_is_shown_as_text_in_the_rows_and_the_chart() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).doesNotContain("<script>alert(1)</script>");
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void the_page_offers_the_report_as_csv_and_markdown_for_the_same_week() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).contains("/api/v1/reports/sla?format=csv&week=2026-W47", "/api/v1/reports/sla?format=md&week=2026-W47");
    }

    @Test
    void the_page_links_the_week_before_and_the_week_after_once_that_one_has_ended() {
        var w47 = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();
        var w48 = b.get("/reports/sla?week=2026-W48").body();

        assertThat(w47).contains("id=\"previous-period\"", "href=\"/reports/sla?week=2026-W46\"",
                "id=\"next-period\"", "href=\"/reports/sla?week=2026-W48\"");
        assertThat(w48).contains("href=\"/reports/sla?week=2026-W47\"").doesNotContain("id=\"next-period\"");
    }

    @Test
    void a_range_steps_back_and_forth_by_its_own_length() {
        var body = b.get("/reports/sla?from=2026-11-16&to=2026-11-18").body();

        assertThat(body).contains("href=\"/reports/sla?from=2026-11-13&amp;to=2026-11-15\"",
                "href=\"/reports/sla?from=2026-11-19&amp;to=2026-11-21\"");
    }

    @Test
    void each_bar_of_the_chart_is_labelled_with_its_title_and_working_days() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).contains(">Bravo<title>#", ">4.00 d<title>#", "target, 2.5 working days");
    }

    @Test
    void the_grouped_tables_sort_from_header_buttons() {
        var body = b.get("/reports/sla?week=" + SlaHistory.WEEK).body();

        assertThat(body).contains("<section class=\"card\" id=\"group-raised-by\">",
                "<th data-sort=\"number\"><button type=\"button\" class=\"sort\">Breach rate</button></th>");
    }

    @Test
    void without_a_week_the_page_shows_the_last_complete_week() {
        var page = b.get("/reports/sla");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("2026-W47: Mon 16 Nov 2026 – Sun 22 Nov 2026");
    }

    @Test
    void a_malformed_week_is_refused_on_a_page_that_says_how_to_write_one() {
        var page = b.get("/reports/sla?week=47");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("2026-W47");
    }

    @Test
    void the_report_needs_a_session() {
        var page = new PageClient(server.url()).get("/reports/sla");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.header("Location")).isEqualTo("/login");
    }
}
