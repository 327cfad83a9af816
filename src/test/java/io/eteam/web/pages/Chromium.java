package io.eteam.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/// Real headless Chromium for the browser tests: Debian's `chromium` and `chromedriver`, named
/// explicitly so that Selenium downloads nothing, each browser in a fresh profile.
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final int HEADLESS_SMALLEST_WIDTH = 500;

    private Chromium() {
    }

    /// A new browser `width` pixels wide. Fails, rather than skips, when Chromium is missing:
    /// a browser test that does not run must not look like one that passed.
    static WebDriver open(Path profile, int width) {
        return open(profile, width, 900);
    }

    /// A new browser whose pages get `width` × `height` CSS pixels (a phone's are 390 × 844).
    static WebDriver open(Path profile, int width, int height) {
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
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars");
        if (width < HEADLESS_SMALLEST_WIDTH) {
            /// The phone's own viewport, as Chromium's device mode sets it: a headless window is never
            /// narrower than 500 pixels, so a 390-pixel window was really a 500-pixel one.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        var browser = new ChromeDriver(service, options);
        if (width >= HEADLESS_SMALLEST_WIDTH) {
            /// The window's size counts the browser's own bars: grow it by their size, so the page
            /// gets `width` × `height`, as on a projector of that resolution.
            var js = (JavascriptExecutor) browser;
            long innerWidth = (Long) js.executeScript("return window.innerWidth;");
            long innerHeight = (Long) js.executeScript("return window.innerHeight;");
            browser.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
            var viewport = js.executeScript("return [window.innerWidth, window.innerHeight];");
            if (!List.of((long) width, (long) height).equals(viewport)) {
                browser.quit();
                throw new IllegalStateException("Chromium gave the page " + viewport + " pixels, not " + width + " × " + height + ".");
            }
        }
        return browser;
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

    /// Presses Tab, as a keyboard user does, until `target` has the focus; fails if it never does.
    static void tabTo(WebDriver browser, WebElement target) {
        for (int presses = 0; presses < 300; presses++) {
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + target.getText() + " (" + target.getTagName() + ")");
    }

    /// Presses `key` on whatever has the focus.
    static void press(WebDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /// The element's computed CSS `property`, as the browser uses it ("192px", "rgb(255, 255, 255)").
    static String style(WebDriver browser, WebElement element, String property) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);", element, property);
    }

    /// The element's computed font size in CSS pixels.
    static double fontSize(WebDriver browser, WebElement element) {
        return Double.parseDouble(style(browser, element, "font-size").replace("px", ""));
    }

    /// The text of the element `by` finds, read again if the page replaced it while it was being
    /// read: Chromium answers "Node with given id does not belong to the document" (not always as a
    /// stale element) when a navigation or a live refresh swaps the document under the read.
    static String textOf(WebDriver browser, By by) {
        return waitUpTo(browser, Duration.ofSeconds(10)).until(page -> {
            try {
                return page.findElement(by).getText();
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        });
    }

    static WebDriverWait waitUpTo(WebDriver browser, Duration timeout) {
        var wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(25));
        /// A live page replaces its elements when it refetches; the next poll finds the new ones.
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
