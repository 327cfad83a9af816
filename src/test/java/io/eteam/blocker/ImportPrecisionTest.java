package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Http;
import io.eteam.support.TestServer;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Rule BLK-10: an imported instant is cut to the millisecond, never rounded into the next minute.
/// Raised Monday 09:00 in Stockholm and resolved Wednesday 13:00:59.999999999, a blocker took
/// 1,200 working minutes, exactly the 2.5-day target: met. One minute more is a breach.
class ImportPrecisionTest {

    static final String HEADER = "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n";
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-03-10T12:30:00Z"), ZoneOffset.UTC);

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(LATER);
        server.add("vp-music", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_import_of_13_00_59_999999999_is_not_rounded_into_the_next_minute_and_stays_met() {
        var blocker = imported("2026-03-04T13:00:59.999999999+01:00");

        assertThat(Instant.parse(blocker.json().path("resolved_at").asText())).isEqualTo(Instant.parse("2026-03-04T12:00:59.999Z"));
        assertThat(blocker.json().path("working_minutes").asLong()).isEqualTo(1200);
        assertThat(blocker.json().path("sla").asText()).isEqualTo("met");
    }

    @Test
    void the_same_without_an_offset_is_read_in_the_calendars_zone_and_also_stays_met() {
        var blocker = imported("2026-03-04T13:00:59.999999999");

        assertThat(blocker.json().path("working_minutes").asLong()).isEqualTo(1200);
        assertThat(blocker.json().path("sla").asText()).isEqualTo("met");
    }

    @Test
    void a_resolution_one_minute_later_is_breached() {
        var blocker = imported("2026-03-04T13:01:00+01:00");

        assertThat(blocker.json().path("working_minutes").asLong()).isEqualTo(1201);
        assertThat(blocker.json().path("sla").asText()).isEqualTo("breached");
    }

    private static Http.Response imported(String resolvedAt) {
        var csv = HEADER + "Label deal blocks Brazil,blocked,high,vp-music,2026-03-02T09:00:00+01:00," + resolvedAt
                + ",Fund it from Q3,vp-music\n";
        var request = server.http.request("POST", "/api/v1/blockers/import", server.chairToken, HttpRequest.BodyPublishers.ofString(csv))
                .header("Content-Type", "text/csv; charset=utf-8")
                .build();
        var answer = server.http.exchange(request);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return server.http.get("/api/v1/blockers/" + answer.json().path("ids").get(0).asLong(), server.chairToken);
    }
}
