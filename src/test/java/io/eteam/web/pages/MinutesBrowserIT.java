package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/// The minutes page in real headless Chromium: reached from the ended meeting's page, showing
/// who attended and each item's outcome and time, with text escaped; printed, the navigation
/// and buttons are gone and the table stays a table. The meeting of Tuesday 1 December 2026
/// (13:00 in Stockholm) starts at 13:02, decides one item at 13:14 and ends at 15:50.
class MinutesBrowserIT extends BrowserIT {

    static final String DATE = "2026-12-01";
    static final String HOSTILE = "Label deal <b>bold</b> | [link](http://evil.example)";
    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    static TestServer server;
    static long decided;
    static long left;

    @BeforeAll
    static void runTheMeeting() {
        server = TestServer.start(clock);
        var vp = server.add("vp-music", "vp");
        var member = server.add("staff", "member");
        decided = raise(vp, HOSTILE, "high");
        left = raise(vp, "Office move", "low");
        clock.set(Instant.parse("2026-12-01T12:02:00Z"));
        server.http.post("/api/v1/meetings/" + DATE + "/start", server.chairToken, "{}");
        server.http.post("/api/v1/meetings/" + DATE + "/attendees", vp, "{}");
        server.http.post("/api/v1/meetings/" + DATE + "/attendees", member, "{}");
        clock.set(Instant.parse("2026-12-01T12:14:00Z"));
        server.http.post("/api/v1/blockers/" + decided + "/resolve", server.chairToken,
                "{\"decision\": \"Ship Brazil <i>now</i> with the label's terms\", \"owner\": \"vp-music\", \"due\": \"2026-12-15\"}");
        clock.set(Instant.parse("2026-12-01T14:50:00Z"));
        server.http.post("/api/v1/meetings/" + DATE + "/end", server.chairToken, "{}");
    }

    static long raise(String token, String title, String impact) {
        return server.http.post("/api/v1/blockers", token, "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \""
                + impact + "\"}").json().path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    WebDriver openMinutes() {
        var browser = open("minutes", 1280);
        Chromium.signIn(browser, server.url(), server.chairToken);
        browser.get(server.url() + "/meetings/" + DATE);
        browser.findElement(By.id("minutes-link")).click();
        Chromium.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Minutes"));
        return browser;
    }

    static String text(WebDriver browser, String css) {
        return Chromium.textOf(browser, By.cssSelector(css));
    }

    static Object js(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void the_ended_meetings_page_links_to_minutes_that_show_attendance_outcomes_and_times_with_text_escaped() {
        var browser = openMinutes();

        assertThat(browser.getCurrentUrl()).endsWith("/meetings/" + DATE + "/minutes");
        assertThat(text(browser, "h1")).isEqualTo("Minutes of the E-Team meeting, Tue 1 Dec 2026");
        assertThat(text(browser, "#held")).isEqualTo("Held 13:02–15:50 (2 h 48 min)");
        assertThat(text(browser, "#attended li[data-handle='vp-music']")).contains("VP-MUSIC Name", "13:02");
        assertThat(text(browser, "#attended .refusals")).contains("staff", "The E-Team is VPs only");

        var row = "tr[data-blocker='" + decided + "']";
        assertThat(text(browser, row + " td.title")).startsWith(HOSTILE);
        assertThat(text(browser, row + " .decision")).isEqualTo("Ship Brazil <i>now</i> with the label's terms");
        assertThat(text(browser, row + " td[data-label='Owner']")).isEqualTo("vp-music");
        assertThat(text(browser, row + " td[data-label='Due']")).isEqualTo("2026-12-15");
        assertThat(text(browser, row + " td.took")).isEqualTo("12 min");
        assertThat(browser.findElements(By.cssSelector(row + " b, " + row + " i, " + row + " a"))).isEmpty();
        assertThat(text(browser, "tr[data-blocker='" + left + "'] .outcome")).isEqualToIgnoringCase("overflow");
        assertThat(text(browser, "#items .note")).contains("1 left open", "2 h 36 min");
    }

    @Test
    void printed_the_minutes_lose_the_navigation_and_buttons_and_keep_the_table_and_its_rows_whole() {
        var browser = openMinutes();
        assertThat(js(browser, "return getComputedStyle(document.querySelector('header.top')).display")).isNotEqualTo("none");
        assertThat(js(browser, "return [...document.styleSheets].flatMap(s => [...s.cssRules])"
                + ".some(r => r instanceof CSSMediaRule && r.media.mediaText === 'print')")).isEqualTo(true);

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(js(browser, "return window.matchMedia('print').matches")).isEqualTo(true);
        assertThat(js(browser, "return getComputedStyle(document.querySelector('header.top')).display")).isEqualTo("none");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('.no-print')).display")).isEqualTo("none");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('[data-print]')).display")).isEqualTo("none");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('table.minutes-items')).display")).isEqualTo("table");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('table.minutes-items tbody tr')).breakInside"))
                .isEqualTo("avoid");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('#items h2')).breakAfter")).isEqualTo("avoid");
        assertThat(text(browser, "tr[data-blocker='" + decided + "'] td.took")).isEqualTo("12 min");
    }

    @Test
    void printed_the_minutes_are_black_on_white_with_each_refusal_kept_whole() {
        var browser = openMinutes();

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        var black = "rgb(0, 0, 0)";
        assertThat(js(browser, "return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        for (var css : new String[] {"h1", "#items h2", "tr[data-blocker='" + decided + "'] td.title",
                "tr[data-blocker='" + decided + "'] .decision", "tr[data-blocker='" + decided + "'] td[data-label='Owner']",
                "#attended li"}) {
            assertThat(js(browser, "return getComputedStyle(document.querySelector(\"" + css + "\")).color")).as(css).isEqualTo(black);
        }
        assertThat(js(browser, "return getComputedStyle(document.querySelector('#attended .refusals li')).breakInside"))
                .isEqualTo("avoid");
        assertThat(js(browser, "return getComputedStyle(document.querySelector('#items table thead')).display"))
                .as("the header row is repeated on every page").isEqualTo("table-header-group");
    }

    @Test
    void on_a_phone_the_minutes_fit_the_screen_without_sideways_scrolling() {
        var browser = open("phone", 390, 844);
        Chromium.signIn(browser, server.url(), server.chairToken);

        browser.get(server.url() + "/meetings/" + DATE + "/minutes");
        Chromium.waitUpTo(browser, Duration.ofSeconds(10)).until(page -> text(page, "h1").startsWith("Minutes"));
        assertThat(Chromium.sidewaysOverflow(browser)).isZero();
    }
}
