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
import org.openqa.selenium.interactions.Actions;

/// The agenda page in real headless Chromium. The clock stands on Tuesday 1 December 2026,
/// 10:00 in Stockholm; four blockers of 60 minutes each wait for the 180-minute meeting at 13:00.
class AgendaBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    static TestServer server;
    static String vp;

    WebDriver browser;

    @BeforeAll
    static void start() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        raise("Label deal", "high");
        raise("Pricing clash", "medium");
        raise("Hiring freeze", "medium");
        raise("Office move", "low");
    }

    static void raise(String title, String impact) {
        server.http.post("/api/v1/blockers", vp,
                "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \"" + impact + "\", \"minutes\": 60}");
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.agenda tbody tr[data-blocker]"));
    }

    List<String> titles() {
        return rows().stream().map(r -> r.findElement(By.cssSelector(".title")).getText().replaceAll(" \\d+ min$", "")).toList();
    }

    List<String> ids() {
        return rows().stream().map(r -> r.getAttribute("data-blocker")).toList();
    }

    /// The order the server keeps, read through the API: items, then overflow.
    static List<String> savedOrder() {
        var agenda = server.http.get("/api/v1/meetings/2026-12-01/agenda", server.chairToken).json();
        var ids = new ArrayList<String>();
        agenda.path("items").forEach(i -> ids.add(i.path("blocker_id").asText()));
        agenda.path("overflow").forEach(i -> ids.add(i.path("blocker_id").asText()));
        return ids;
    }

    static void rank(List<String> ids) {
        var ranked = server.http.send("PUT", "/api/v1/meetings/2026-12-01/agenda/order", server.chairToken,
                "{\"blocker_ids\": [" + String.join(", ", ids) + "]}");
        assertThat(ranked.status()).isEqualTo(200);
    }

    /// The blocker of the first row below the cut-off line, as the page shows it now.
    String firstBelowTheLine() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var next = document.querySelector('table.agenda tr.cutoff').nextElementSibling;"
                        + "return next ? next.dataset.blocker : null;");
    }

    WebDriver openAsChair(String profile) {
        browser = open(profile, 1280);
        Chromium.signIn(browser, server.url(), server.chairToken);
        browser.get(server.url() + "/meetings/next/agenda");
        Chromium.awaitLive(browser);
        return browser;
    }

    @Test
    void the_agenda_shows_clock_time_slots_the_cut_off_and_the_overflow_with_its_projected_working_days() {
        browser = open("vp", 1280);
        Chromium.signIn(browser, server.url(), vp);

        browser.get(server.url() + "/meetings/next/agenda");

        var rows = rows();
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().map(r -> r.findElement(By.cssSelector(".time")).getText()).toList())
                .containsExactly("13:00–14:00", "14:00–15:00", "15:00–16:00", "overflow");
        assertThat(browser.findElement(By.cssSelector("tr.cutoff")).getText())
                .contains("Cut-off 16:00").contains("next meeting (Tue 8 Dec 2026)");
        assertThat(rows.get(3).getText()).contains("0.38 → 5.38");
        assertThat(browser.findElements(By.cssSelector("button.up, button.down"))).as("a VP does not rank").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".handle"))).as("nor drag").isEmpty();
    }

    @Test
    void a_chair_drags_the_overflow_item_to_the_top_the_cut_off_line_moves_during_the_drag_and_the_order_is_saved() {
        openAsChair("drag");
        var before = ids();
        assertThat(firstBelowTheLine()).isEqualTo(before.get(3));
        var last = rows().get(3);
        var first = rows().get(0);

        new Actions(browser)
                .clickAndHold(last.findElement(By.cssSelector(".handle")))
                .moveByOffset(0, -20)
                .moveToElement(first, 0, -first.getSize().getHeight() / 2 + 4)
                .perform();

        assertThat(ids()).as("while dragging").containsExactly(before.get(3), before.get(0), before.get(1), before.get(2));
        assertThat(firstBelowTheLine()).as("the third item no longer fits").isEqualTo(before.get(2));
        assertThat(savedOrder()).as("nothing saved before the drop").isEqualTo(before);

        new Actions(browser).release().perform();

        var moved = List.of(before.get(3), before.get(0), before.get(1), before.get(2));
        Chromium.waitUpTo(browser, Duration.ofSeconds(5)).until(d -> savedOrder().equals(moved));
        Chromium.waitUpTo(browser, Duration.ofSeconds(5))
                .until(d -> rows().get(0).findElement(By.cssSelector(".time")).getText().equals("13:00–14:00")
                        && ids().equals(moved));
        assertThat(browser.findElement(By.id("drag-note")).getText()).isEqualTo("Order saved.");
        assertThat(rows().get(3).findElement(By.cssSelector(".time")).getText()).isEqualTo("overflow");
        rank(before);
    }

    @Test
    void escape_during_a_drag_puts_the_row_back_and_saves_nothing() {
        openAsChair("escape");
        var before = ids();
        var first = rows().get(0);

        new Actions(browser)
                .clickAndHold(first.findElement(By.cssSelector(".handle")))
                .moveByOffset(0, 20)
                .moveToElement(rows().get(3), 0, 10)
                .perform();
        assertThat(ids()).isNotEqualTo(before);
        Chromium.press(browser, Keys.ESCAPE);
        new Actions(browser).release().perform();

        assertThat(ids()).isEqualTo(before);
        assertThat(firstBelowTheLine()).isEqualTo(before.get(3));
        assertThat(savedOrder()).isEqualTo(before);
    }

    @Test
    void a_keyboard_alone_moves_an_item_down_two_places_with_tab_then_enter_twice() {
        openAsChair("keyboard");
        var before = ids();
        var top = before.get(0);

        Chromium.tabTo(browser, rows().get(0).findElement(By.cssSelector("button.down")));
        Chromium.press(browser, Keys.ENTER);

        Chromium.waitUpTo(browser, Duration.ofSeconds(5)).until(d -> ids().indexOf(top) == 1);
        assertThat(savedOrder().indexOf(top)).isEqualTo(1);
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("down");
        assertThat(focused.findElement(By.xpath("ancestor::tr")).getAttribute("data-blocker")).isEqualTo(top);

        Chromium.press(browser, Keys.ENTER);

        Chromium.waitUpTo(browser, Duration.ofSeconds(5)).until(d -> ids().indexOf(top) == 2);
        assertThat(savedOrder()).containsExactly(before.get(1), before.get(2), top, before.get(3));
        rank(before);
    }

    @Test
    void a_chair_moves_an_item_up_and_down_and_the_slots_follow() {
        browser = open("chair", 1280);
        Chromium.signIn(browser, server.url(), server.chairToken);
        browser.get(server.url() + "/meetings/next/agenda");
        Chromium.awaitLive(browser);
        var before = titles();

        rows().get(3).findElement(By.cssSelector("button.up")).click();

        var swapped = List.of(before.get(0), before.get(1), before.get(3), before.get(2));
        Chromium.waitUpTo(browser, Duration.ofSeconds(5)).until(d -> titles().equals(swapped));
        Chromium.awaitLive(browser);
        assertThat(rows().get(2).findElement(By.cssSelector(".time")).getText()).isEqualTo("15:00–16:00");
        assertThat(server.app.meetings().agenda("2026-12-01").items().get(2).title()).isEqualTo(before.get(3));

        rows().get(0).findElement(By.cssSelector("button.down")).click();

        var again = List.of(swapped.get(1), swapped.get(0), swapped.get(2), swapped.get(3));
        Chromium.waitUpTo(browser, Duration.ofSeconds(5)).until(d -> titles().equals(again));
    }

    @Test
    void an_order_ranked_elsewhere_reorders_an_open_agenda_within_a_second() {
        browser = open("follower", 1280);
        Chromium.signIn(browser, server.url(), vp);
        browser.get(server.url() + "/meetings/next/agenda");
        Chromium.awaitLive(browser);
        var ids = rows().stream().map(r -> r.getAttribute("data-blocker")).toList();
        var reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);

        var ranked = server.http.send("PUT", "/api/v1/meetings/2026-12-01/agenda/order", server.chairToken,
                "{\"blocker_ids\": [" + String.join(", ", reversed) + "]}");

        assertThat(ranked.status()).isEqualTo(200);
        Chromium.waitUpTo(browser, Duration.ofSeconds(1))
                .until(d -> rows().stream().map(r -> r.getAttribute("data-blocker")).toList().equals(reversed));
        server.http.send("PUT", "/api/v1/meetings/2026-12-01/agenda/order", server.chairToken,
                "{\"blocker_ids\": [" + String.join(", ", ids) + "]}");
    }

    @Test
    void the_agenda_and_the_meeting_page_fit_a_390_pixel_phone_without_sideways_scrolling() {
        browser = open("phone", 390, 844);
        Chromium.signIn(browser, server.url(), server.chairToken);

        browser.get(server.url() + "/meetings/next/agenda");
        assertThat(Chromium.sidewaysOverflow(browser)).as("agenda").isZero();
        assertThat(browser.findElements(By.cssSelector(".handle"))).hasSize(4).allMatch(WebElement::isDisplayed);
        browser.get(server.url() + "/meetings/next");
        assertThat(Chromium.sidewaysOverflow(browser)).as("meeting").isZero();
    }
}
