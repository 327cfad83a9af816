package io.eteam.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.support.TestServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// The calendar is read from the database at most once a second (`CalendarService.settings`):
/// a change through one server is seen by it at once, and by another server on the same
/// database within about a second.
class CalendarSnapshotTest {

    App one;
    App two;

    @BeforeEach
    void open() {
        var url = TestServer.memoryDb();
        one = App.open(url, Clock.systemUTC());
        two = App.open(url, Clock.systemUTC());
        one.people().init("chair", "Casey Chair");
    }

    @AfterEach
    void close() {
        two.close();
        one.close();
    }

    @Test
    void a_change_is_seen_at_once_by_the_server_that_made_it_and_soon_by_another() throws InterruptedException {
        var chair = one.people().get("chair");
        assertThat(two.calendar().settings().zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));

        one.calendar().update(chair, new CalendarUpdate("Europe/London", null, null, null, null, null, null, null, null));
        one.calendar().addHoliday(chair, "2026-12-28", "Company day", null);

        assertThat(one.calendar().settings().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(one.calendar().calendar().holidays()).contains(LocalDate.parse("2026-12-28"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!two.calendar().settings().zone().equals(ZoneId.of("Europe/London")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(two.calendar().settings().zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(two.calendar().calendar().holidays()).contains(LocalDate.parse("2026-12-28"));

        one.calendar().removeHoliday(chair, "2026-12-28");
        assertThat(one.calendar().calendar().holidays()).doesNotContain(LocalDate.parse("2026-12-28"));
    }
}
