package io.eteam.web.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/// What every browser test shares: headless Chromium windows, each with a profile of its own
/// in a temporary folder, all closed after each test.
abstract class BrowserIT {

    @TempDir
    Path profiles;

    private final List<WebDriver> opened = new ArrayList<>();

    /// A new window `width` pixels wide, signed in to nothing, with the profile `profile`.
    WebDriver open(String profile, int width) {
        return open(profile, width, 900);
    }

    /// A new window `width` × `height` pixels, signed in to nothing, with the profile `profile`.
    WebDriver open(String profile, int width, int height) {
        var browser = Chromium.open(profiles.resolve(profile), width, height);
        opened.add(browser);
        return browser;
    }

    @AfterEach
    void quitBrowsers() {
        opened.forEach(WebDriver::quit);
        opened.clear();
    }
}
