package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/// The SLA report page and its charts in real headless Chromium, on a projector and a phone.
/// The clock stands on Wednesday 25 November 2026 (ISO week 48); week 47 holds `SlaHistory`,
/// two more blockers imported for vp-podcasts (one with a title too long for a chart label),
/// and two raised on Tuesday 17 November at 10:00 in Stockholm naming the area that blocks them.
class SlaBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    static final String LONG_TITLE = "The label's lawyers want a new clause in every territory before signing";
    static TestServer server;
    static String vp;

    WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        var podcasts = server.add("vp-podcasts", "vp");
        SlaHistory.importInto(server);
        var more = "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                // Tue and Wed, 2 x 480 = 960 = 2.00 days: met
                + LONG_TITLE + ",blocked,high,vp-podcasts,2026-11-17T09:00:00+01:00,2026-11-19T09:00:00+01:00,Sign with the clause,vp-music\n"
                // Mon to Wed (1440) + Thu 09-15 (360) = 1800 = 3.75 days: breached
                + "Podcast ads,off-track,medium,vp-podcasts,2026-11-16T09:00:00+01:00,2026-11-19T15:00:00+01:00,Cut the ads,vp-podcasts\n";
        var imported = server.http.send("POST", "/api/v1/blockers/import", server.chairToken, more);
        assertThat(imported.status()).as(imported.body()).isBetween(200, 299);

        clock.set(Instant.parse("2026-11-17T09:00:00Z"));
        long inventory = raise(vp, "Ads inventory for Brazil", "vp-ads");
        raise(podcasts, "Music rights in Japan", "vp-music");   // open: 3.88 days by Friday, breached
        clock.set(Instant.parse("2026-11-18T09:00:00Z"));
        var resolved = server.http.post("/api/v1/blockers/" + inventory + "/resolve", server.chairToken,
                "{\"decision\": \"Ads sells Brazil's inventory to Music at cost\", \"owner\": \"vp-ads\"}");   // 1.00 day: met
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        clock.set(Instant.parse("2026-11-25T10:00:00Z"));
    }

    static long raise(String token, String title, String blocking) {
        return server.http.post("/api/v1/blockers", token, "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"blocking\": \""
                + blocking + "\"}").json().path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    WebDriver openWeek(int width, int height, String week) {
        browser = open("w" + width, width, height);
        Chromium.signIn(browser, server.url(), vp);
        browser.get(server.url() + "/reports/sla?week=" + week);
        return browser;
    }

    String period() {
        return browser.findElement(By.id("period")).getText();
    }

    /// Waits for the page of the period that starts `start` ("2026-W46: Mon 9 Nov 2026").
    void awaitPeriod(String start) {
        Chromium.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> period().startsWith(start));
    }

    /// The first column of the table in section `id`, top to bottom.
    List<String> keys(String id) {
        return browser.findElements(By.cssSelector("#" + id + " tbody tr td:first-child")).stream().map(WebElement::getText).toList();
    }

    WebElement header(String id, String label) {
        return browser.findElements(By.cssSelector("#" + id + " thead th")).stream()
                .filter(th -> th.getText().startsWith(label)).findFirst().orElseThrow();
    }

    @Test
    void a_vp_opens_the_report_from_the_nav_and_sees_both_charts_with_bars() {
        browser = open("wide", 1280);
        Chromium.signIn(browser, server.url(), vp);

        browser.findElement(By.linkText("SLA report")).click();
        Chromium.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("svg[data-chart='durations']")).size() == 1);

        assertThat(browser.findElements(By.cssSelector("svg[data-chart='trend'] rect.bar"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar"))).hasSize(8);
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar.breached"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] line.target"))).hasSize(1);
    }

    @Test
    void each_bar_is_labelled_with_its_blockers_title_shortened_and_whole_on_hover_with_a_legend_for_the_marks() {
        openWeek(1280, 900, SlaHistory.WEEK);

        var labels = browser.findElements(By.cssSelector("svg[data-chart='durations'] text.label"));
        assertThat(labels).extracting(WebElement::getText)
                .contains("Alpha", "Bravo", "<script>alert(1)</script>", "Delta", "Podcast ads", "Music rights in Japan",
                        "The label's lawyers want a new clause i…");
        var shortened = labels.stream().filter(l -> l.getText().endsWith("…")).findFirst().orElseThrow();
        assertThat(shortened.findElement(By.tagName("title")).getAttribute("textContent"))
                .contains(LONG_TITLE, "2.00 working days, met");
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] text.value")))
                .extracting(WebElement::getText).contains("1.50 d", "4.00 d", "3.75 d", "0.25 d", "3.88 d");
        assertThat(browser.findElement(By.id("durations-legend")).getText())
                .contains("met", "open, on track", "at risk", "breached", "target, 2.5 working days");
    }

    @Test
    void the_per_vp_table_sorts_by_the_column_header_clicked_and_again_the_other_way() {
        openWeek(1280, 900, SlaHistory.WEEK);
        assertThat(keys("group-raised-by")).containsExactly("vp-ads", "vp-music", "vp-podcasts");
        var rate = header("group-raised-by", "Breach rate");
        assertThat(rate.getAttribute("aria-sort")).isNull();

        rate.findElement(By.tagName("button")).click();

        assertThat(keys("group-raised-by")).containsExactly("vp-ads", "vp-podcasts", "vp-music");
        assertThat(rate.getAttribute("aria-sort")).isEqualTo("descending");

        rate.findElement(By.tagName("button")).click();

        assertThat(keys("group-raised-by")).containsExactly("vp-music", "vp-podcasts", "vp-ads");
        assertThat(rate.getAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    void a_keyboard_alone_sorts_the_per_area_table_with_tab_and_enter() {
        openWeek(1280, 900, SlaHistory.WEEK);
        var blocking = header("group-blocking", "Blocking");
        var closed = header("group-blocking", "Closed");

        Chromium.tabTo(browser, blocking.findElement(By.tagName("button")));
        Chromium.press(browser, Keys.ENTER);

        assertThat(blocking.getAttribute("aria-sort")).isEqualTo("ascending");
        var ascending = keys("group-blocking");
        assertThat(ascending).containsExactly("(none)", "vp-ads", "vp-music");

        Chromium.press(browser, Keys.ENTER);

        assertThat(blocking.getAttribute("aria-sort")).isEqualTo("descending");
        var descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        assertThat(keys("group-blocking")).containsExactlyElementsOf(descending);

        Chromium.press(browser, Keys.TAB);
        Chromium.press(browser, Keys.SPACE);

        assertThat(closed.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(blocking.getAttribute("aria-sort")).isNull();
        var counts = browser.findElements(By.cssSelector("#group-blocking tbody tr td:nth-child(2)")).stream()
                .map(td -> Integer.parseInt(td.getText())).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void the_week_picker_moves_the_report_to_the_week_before_and_after_and_to_a_week_typed_in() {
        openWeek(1280, 900, SlaHistory.WEEK);
        assertThat(period()).isEqualTo("2026-W47: Mon 16 Nov 2026 – Sun 22 Nov 2026");

        browser.findElement(By.id("previous-period")).click();

        awaitPeriod("2026-W46");
        assertThat(period()).isEqualTo("2026-W46: Mon 9 Nov 2026 – Sun 15 Nov 2026");
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar"))).isEmpty();

        var week = browser.findElement(By.id("week"));
        week.sendKeys("47");
        browser.findElement(By.cssSelector("#week-pick button")).click();

        awaitPeriod("2026-W47");
        assertThat(browser.getCurrentUrl()).endsWith("/reports/sla?week=2026-W47");
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar"))).hasSize(8);

        browser.findElement(By.id("next-period")).click();

        awaitPeriod("2026-W48");
        assertThat(period()).isEqualTo("2026-W48: Mon 23 Nov 2026 – Sun 29 Nov 2026");
        assertThat(browser.findElements(By.id("next-period"))).as("week 48 has not ended").isEmpty();
    }

    @Test
    void on_a_phone_the_page_and_its_charts_fit_the_screen_with_labels_still_readable() {
        openWeek(390, 844, SlaHistory.WEEK);

        assertThat(Chromium.sidewaysOverflow(browser)).isZero();
        var js = (JavascriptExecutor) browser;
        var viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).doubleValue();
        assertThat(viewport).isEqualTo(390);
        for (var name : new String[] {"trend", "durations"}) {
            var chart = browser.findElement(By.cssSelector("svg[data-chart='" + name + "']"));
            var right = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", chart)).doubleValue();
            assertThat(right).as(name).isPositive().isLessThanOrEqualTo(viewport);
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).as(name).isNotEmpty();
        }
        for (var label : browser.findElements(By.cssSelector("svg[data-chart='durations'] text.label"))) {
            var height = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().height;", label)).doubleValue();
            assertThat(height).as("label %s drawn %s px high", label.getText(), height).isGreaterThanOrEqualTo(12);
        }
        assertThat(browser.findElements(By.cssSelector("#group-raised-by thead button.sort")))
                .as("the sort buttons stay on a phone").allMatch(WebElement::isDisplayed).hasSize(7);
    }
}
