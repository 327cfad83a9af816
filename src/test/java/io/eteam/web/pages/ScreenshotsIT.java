package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.demo.Demo;
import io.eteam.demo.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/// The README's screenshots: the demo's E-Team (`serve --demo`'s history) in the middle of a
/// meeting, every page photographed in real headless Chromium at a projector's width, and the
/// live meeting page at a phone's. Each PNG is written to `target/screenshots/`; README.md says
/// how to copy them to `src/docs/screenshots/`. Each picture is checked for what it must show
/// before it is taken, so a broken page fails here instead of landing in the README.
class ScreenshotsIT extends BrowserIT {

    /// Tuesday 10 March 2026, 14:30 in Stockholm: an hour and a half into the demo's meeting.
    static final Instant NOW = Instant.parse("2026-03-10T13:30:00Z");
    static final Path OUT = Path.of("target", "screenshots");
    /// Small enough to keep in the repository and to load quickly in a README.
    static final long MOST_BYTES = 250 * 1024;

    static App app;
    static String url;
    static String chair;

    @BeforeAll
    static void serveTheDemo() throws IOException {
        var clock = new MutableClock(NOW);
        app = App.open(Demo.temporaryDatabase(), clock);
        chair = Demo.seed(app, clock, NOW).chair().token();
        app.serve("127.0.0.1", 0);
        url = "http://127.0.0.1:" + app.port();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_page_is_photographed_at_a_projectors_width() throws IOException {
        var browser = chairOn("desktop", 1280, 800, "/");
        assertThat(browser.findElements(By.cssSelector("table.blockers tbody tr"))).isNotEmpty();
        save(browser, "dashboard.png", 1280);

        visit(browser, "/meetings/next/agenda");
        assertThat(browser.findElements(By.cssSelector("table.agenda tr.cutoff"))).hasSize(1);
        scrollTo(browser, "table.agenda");
        save(browser, "agenda.png", 1280);

        visit(browser, "/meetings/next");
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualToIgnoringCase("running");
        assertThat(browser.findElement(By.cssSelector(".countdown")).getText()).matches("\\d+:\\d\\d (left|over)");
        scrollTo(browser, ".current");
        save(browser, "meeting.png", 1280);

        browser.get(url + "/reports/sla");
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] text.label"))).isNotEmpty();
        save(browser, "sla-report.png", 1280);
        scrollTo(browser, "#durations-legend");
        save(browser, "sla-chart.png", 1280);

        browser.get(url + "/meetings/last/minutes");
        Chromium.waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Minutes"));
        assertThat(browser.findElements(By.cssSelector("table.minutes-items tbody tr"))).isNotEmpty();
        scrollTo(browser, "#attended");
        save(browser, "minutes.png", 1280);
    }

    @Test
    void the_live_meeting_is_photographed_on_a_phone() throws IOException {
        var browser = chairOn("phone", 390, 844, "/meetings/next");
        scrollTo(browser, ".current");

        assertThat(Chromium.sidewaysOverflow(browser)).isZero();
        save(browser, "meeting-phone.png", 390);
    }

    /// A browser window of `width` × `height` signed in as the chair, on the page at `path`.
    private WebDriver chairOn(String profile, int width, int height, String path) {
        var browser = open(profile, width, height);
        Chromium.signIn(browser, url, chair);
        visit(browser, path);
        return browser;
    }

    /// Opens the page at `path` and waits until it follows the server's events.
    private void visit(WebDriver browser, String path) {
        browser.get(url + path);
        Chromium.awaitLive(browser);
    }

    /// Scrolls the page so that what `css` selects, with the heading above it, is at the top.
    static void scrollTo(WebDriver browser, String css) {
        ((JavascriptExecutor) browser).executeScript("var el = document.querySelector(arguments[0]);"
                + "var above = el.previousElementSibling;"
                + "var top = (above && /^H[1-3]$|^P$/.test(above.tagName) ? above : el).getBoundingClientRect().top;"
                + "window.scrollTo(0, Math.max(0, top + window.scrollY - 16));", css);
    }

    /// Writes what the window shows to `target/screenshots/NAME`, checking that it is a PNG of
    /// the window's width and small enough for the README.
    static void save(WebDriver browser, String name, int width) throws IOException {
        var png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as(name).isNotNull();
        assertThat(image.getWidth()).as(name).isEqualTo(width);
        assertThat((long) png.length).as(name + " in bytes").isLessThan(MOST_BYTES);
        Files.write(OUT.resolve(name), png);
    }
}
