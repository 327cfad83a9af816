package io.eteam.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/// Real headless Chromium for the browser tests: Debian's `chromium` and `chromedriver`, named
/// explicitly so that Selenium downloads nothing, each browser in a fresh profile.
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /// A new browser `width` pixels wide. Fails, rather than skips, when Chromium is missing:
    /// a browser test that does not run must not look like one that passed.
    static WebDriver open(Path profile, int width) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium: run "
                    + "'apt-get install -y chromium chromium-driver' (.ci/run does this when /usr/bin/chromedriver is missing).");
        }
        System.setProperty("SE_OFFLINE", "true");
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        var options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + ",900");
        return new ChromeDriver(service, options);
    }

    /// Signs `browser` in through the sign-in form and waits for the dashboard.
    static void signIn(WebDriver browser, String base, String token) {
        browser.get(base + "/login");
        browser.findElement(By.name("token")).sendKeys(token);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        waitUpTo(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Next meeting"));
    }

    /// Waits until the page's event stream is open, so that what happens next reaches it.
    static void awaitLive(WebDriver browser) {
        waitUpTo(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "open"));
    }

    /// How many pixels the page is wider than the window: 0 when nothing scrolls sideways.
    static long sidewaysOverflow(WebDriver browser) {
        var js = (JavascriptExecutor) browser;
        return (Long) js.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
        var wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(25));
        /// A live page replaces its elements when it refetches; the next poll finds the new ones.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
