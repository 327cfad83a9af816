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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/// The sign-in page and the dashboard in real headless Chromium.
class DashboardBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static String vp;

    WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    @Test
    void a_vp_signs_in_with_their_token_and_sees_the_dashboard() {
        browser = open("vp", 1280);

        Chromium.signIn(browser, server.url(), vp);

        assertThat(browser.getCurrentUrl()).isEqualTo(server.url() + "/");
        assertThat(browser.findElement(By.cssSelector(".who")).getText()).contains("VP-MUSIC Name");
        assertThat(browser.findElement(By.cssSelector(".when")).getText()).contains("Tue 1 Dec 2026, 13:00–16:00");
    }

    @Test
    void a_bad_token_leaves_the_browser_on_the_sign_in_page_with_the_reason() {
        browser = open("bad", 1280);
        browser.get(server.url() + "/login");

        browser.findElement(By.name("token")).sendKeys("et_wrong");
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();

        Chromium.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".refusal"), "That token is not valid"));
        assertThat(browser.manage().getCookieNamed("eteam_session")).isNull();
    }

    @Test
    void a_vp_raises_a_blocker_from_the_dashboard_and_sees_it_first_as_theirs_with_its_sla_clock() {
        server.http.post("/api/v1/blockers", server.add("vp-other", "vp"), "{\"title\": \"Someone else's\", \"kind\": \"blocked\"}");
        browser = open("raise", 1280);
        Chromium.signIn(browser, server.url(), vp);

        browser.findElement(By.id("title")).sendKeys("Label deal blocks the <Brazil> launch");
        new Select(browser.findElement(By.id("impact"))).selectByValue("high");
        new Select(browser.findElement(By.id("blocking"))).selectByValue("vp-ads");
        browser.findElement(By.cssSelector("form.raise button")).click();

        Chromium.waitUpTo(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.blockers"), "Label deal"));
        var rows = browser.findElements(By.cssSelector("table.blockers tbody tr"));
        var raised = rows.stream().filter(r -> r.getText().contains("Label deal")).findFirst().orElseThrow();
        assertThat(raised.getText()).contains("Label deal blocks the <Brazil> launch", "blocked by vp-ads", "(you)", "high",
                "0.00 of 2.5", "on track");
        assertThat(raised.getAttribute("class")).contains("mine");
        assertThat(rows.get(rows.size() - 1).getText()).as("someone else's blocker comes after the VP's own").contains("Someone else's");
    }

    @Test
    void a_blocker_raised_elsewhere_appears_on_an_open_dashboard_within_a_second() {
        browser = open("follow", 1280);
        Chromium.signIn(browser, server.url(), vp);
        Chromium.awaitLive(browser);

        server.http.post("/api/v1/blockers", server.chairToken, "{\"title\": \"Raised from the CLI\", \"kind\": \"misaligned\"}");

        Chromium.waitUpTo(browser, Duration.ofSeconds(1))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#live"), "Raised from the CLI"));
    }

    @Test
    void an_open_dashboard_refetches_on_a_blocker_event_and_not_on_a_check_in_it_does_not_show() throws InterruptedException {
        var member = server.add("staff", "member");
        browser = open("selective", 1280);
        Chromium.signIn(browser, server.url(), vp);
        Chromium.awaitLive(browser);
        var js = (JavascriptExecutor) browser;
        js.executeScript("window.refetches = 0; document.body.addEventListener('htmx:beforeRequest', function () { window.refetches++; });");

        assertThat(server.http.post("/api/v1/meetings/2026-12-01/attendees", member, null).status()).isEqualTo(403);
        Thread.sleep(500);
        assertThat((Long) js.executeScript("return window.refetches;")).as("refetches after a refused check-in").isZero();

        server.http.post("/api/v1/blockers", server.chairToken, "{\"title\": \"Raised while a check-in was refused\", \"kind\": \"blocked\"}");

        Chromium.waitUpTo(browser, Duration.ofSeconds(1))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#live"), "Raised while a check-in was refused"));
        assertThat((Long) js.executeScript("return window.refetches;")).isEqualTo(1L);
    }

    @Test
    void the_dashboard_fits_a_390_pixel_phone_without_sideways_scrolling() {
        server.http.post("/api/v1/blockers", vp, "{\"title\": \"A rather long blocker title that has to wrap on a narrow phone screen\", \"kind\": \"off-track\"}");
        browser = open("phone", 390);
        Chromium.signIn(browser, server.url(), vp);

        assertThat(Chromium.sidewaysOverflow(browser)).isZero();
    }
}
