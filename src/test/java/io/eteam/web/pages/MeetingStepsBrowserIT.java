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
import org.openqa.selenium.support.ui.ExpectedConditions;

/// The live meeting page and the terminal view (`eteam meeting run`) move the meeting on through
/// the same route (MTG-13–MTG-15): what the terminal does shows in the browser within a second,
/// and a chair's buttons on the page do what the terminal's keys do; a VP sees no buttons.
class MeetingStepsBrowserIT extends BrowserIT {

    static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T11:00:00Z"));
    static TestServer server;
    static String vp;
    static long first;
    static long second;

    @BeforeAll
    static void startTheMeeting() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        first = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Label deal blocks Brazil\", \"kind\": \"blocked\", \"impact\": \"high\"}")
                .json().path("id").asLong();
        second = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Office move\", \"kind\": \"blocked\", \"impact\": \"low\"}")
                .json().path("id").asLong();
        clock.set(Instant.parse("2026-12-01T12:02:00Z"));
        assertThat(server.http.post("/api/v1/meetings/2026-12-01/start", server.chairToken, "{}").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_step_taken_in_the_terminal_shows_in_the_browser_and_the_pages_buttons_take_the_same_steps() {
        var chair = open("chair", 1280);
        Chromium.signIn(chair, server.url(), server.chairToken);
        chair.get(server.url() + "/meetings/next");
        Chromium.awaitLive(chair);
        assertThat(chair.findElement(By.id("current-title")).getText()).isEqualTo("Label deal blocks Brazil");

        // The terminal's "+" key: the same request, from outside the browser.
        server.http.post("/api/v1/meetings/2026-12-01/current", server.chairToken,
                "{\"blocker_id\": " + first + ", \"step\": \"extend\"}");
        Chromium.waitUpTo(chair, Duration.ofSeconds(1)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("added"), "+ 1 min"));

        chair.findElement(By.id("step-next")).click();
        Chromium.waitUpTo(chair, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-title"), "Office move"));
        var live = server.http.get("/api/v1/meetings/2026-12-01/live", vp).json();
        assertThat(live.path("current").path("item").path("blocker_id").asLong()).isEqualTo(second);
        assertThat(live.path("next").get(0).path("item").path("blocker_id").asLong()).isEqualTo(first);

        chair.findElement(By.id("step-overflow")).click();
        Chromium.waitUpTo(chair, Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-title"), "Label deal blocks Brazil"));
        assertThat(server.http.get("/api/v1/meetings/2026-12-01/live", vp).json().path("next").get(0).path("overflow").asBoolean()).isTrue();

        var member = open("vp", 1280);
        Chromium.signIn(member, server.url(), vp);
        member.get(server.url() + "/meetings/next");
        Chromium.awaitLive(member);
        assertThat(member.findElements(By.cssSelector(".steps button"))).isEmpty();
    }
}
