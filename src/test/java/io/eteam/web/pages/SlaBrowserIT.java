package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/// The SLA report page and its charts in real headless Chromium, on a projector and a phone.
class SlaBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    static TestServer server;
    static String vp;

    WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        SlaHistory.importInto(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    @Test
    void a_vp_opens_the_report_from_the_nav_and_sees_both_charts_with_bars() {
        browser = open("wide", 1280);
        Chromium.signIn(browser, server.url(), vp);

        browser.findElement(By.linkText("SLA report")).click();
        Chromium.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("svg[data-chart='durations']")).size() == 1);

        assertThat(browser.findElements(By.cssSelector("svg[data-chart='trend'] rect.bar"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] rect.bar.breached"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("svg[data-chart='durations'] line.target"))).hasSize(1);
    }

    @Test
    void on_a_phone_the_charts_fit_the_screen() {
        browser = open("phone", 390);
        Chromium.signIn(browser, server.url(), vp);

        browser.get(server.url() + "/reports/sla?week=" + SlaHistory.WEEK);

        var js = (JavascriptExecutor) browser;
        /// Headless Chromium keeps its window some pixels wider than asked; the page must fit the viewport it got.
        var viewport = ((Number) js.executeScript("return document.documentElement.clientWidth;")).doubleValue();
        for (var name : new String[] {"trend", "durations"}) {
            var chart = browser.findElement(By.cssSelector("svg[data-chart='" + name + "']"));
            var width = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().right;", chart)).doubleValue();
            assertThat(width).as(name).isPositive().isLessThanOrEqualTo(viewport);
            assertThat(chart.findElements(By.cssSelector("rect.bar"))).as(name).isNotEmpty();
        }
    }
}
