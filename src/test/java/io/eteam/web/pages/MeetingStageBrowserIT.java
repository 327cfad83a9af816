package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/// The live meeting page read from across a room, in real headless Chromium: the current item's
/// countdown and title, large and light on dark, on a projector and on a phone. The meeting of
/// Tuesday 1 December 2026 (13:00 in Stockholm) started at 13:02; the clock stands at 13:05.
class MeetingStageBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T11:00:00Z"));
    static final String TITLE = "Label deal blocks the Brazil launch until Legal signs the territory addendum";
    static TestServer server;

    @BeforeAll
    static void startTheMeeting() {
        server = TestServer.start(clock);
        var vp = server.add("vp-music", "vp");
        server.http.post("/api/v1/blockers", vp, "{\"title\": \"" + TITLE + "\", \"kind\": \"blocked\", \"impact\": \"high\"}");
        server.http.post("/api/v1/blockers", vp, "{\"title\": \"Office move\", \"kind\": \"blocked\", \"impact\": \"low\"}");
        clock.set(Instant.parse("2026-12-01T12:02:00Z"));
        assertThat(server.http.post("/api/v1/meetings/2026-12-01/start", server.chairToken, "{}").status()).isEqualTo(200);
        clock.set(Instant.parse("2026-12-01T12:05:00Z"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    WebDriver openMeeting(String profile, int width, int height) {
        var browser = open(profile, width, height);
        Chromium.signIn(browser, server.url(), server.chairToken);
        browser.get(server.url() + "/meetings/next");
        Chromium.awaitLive(browser);
        return browser;
    }

    @Test
    void on_a_projector_the_countdown_and_the_current_title_are_large_and_light_on_dark() {
        var browser = openMeeting("projector", 1280, 800);

        var countdown = browser.findElement(By.cssSelector(".current .countdown"));
        assertThat(countdown.getText()).matches("1[12]:\\d\\d left");
        var clockDigits = countdown.findElement(By.cssSelector(".clock"));
        assertThat(Chromium.fontSize(browser, clockDigits)).as("15vw of 1280 px, at most 24vh").isGreaterThanOrEqualTo(150.0);
        var title = browser.findElement(By.cssSelector(".current h2"));
        assertThat(title.getText()).startsWith("Now: " + TITLE);
        assertThat(Chromium.fontSize(browser, title)).isGreaterThanOrEqualTo(48.0);

        var stage = browser.findElement(By.cssSelector(".current .stage"));
        var background = Chromium.style(browser, stage, "background-color");
        assertThat(contrast(Chromium.style(browser, countdown, "color"), background)).isGreaterThanOrEqualTo(7.0);
        assertThat(contrast(Chromium.style(browser, title, "color"), background)).isGreaterThanOrEqualTo(7.0);
        var top = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().bottom;", countdown)).doubleValue();
        assertThat(top).as("the countdown is on the first screen").isLessThan(800);
    }

    @Test
    void on_a_phone_the_countdown_stays_large_and_nothing_scrolls_sideways() {
        var browser = openMeeting("phone", 390, 844);

        var countdown = browser.findElement(By.cssSelector(".current .countdown"));
        assertThat(Chromium.fontSize(browser, countdown.findElement(By.cssSelector(".clock")))).as("4rem").isEqualTo(64.0);
        assertThat(Chromium.sidewaysOverflow(browser)).isZero();
        var right = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().right;", countdown)).doubleValue();
        assertThat(right).isLessThanOrEqualTo(390);
    }

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)");

    /// The WCAG contrast ratio of two CSS colours: 21 for black on white, 7 for WCAG's AAA level.
    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        var m = RGB.matcher(css);
        assertThat(m.find()).as(css).isTrue();
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(m.group(i + 1)) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
