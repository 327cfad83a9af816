package io.eteam.web;

import static io.eteam.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.support.Http;
import io.eteam.support.Postgres;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// A server whose PostgreSQL restarts: while the database is away every request fails fast with
/// `503 unavailable` in the error shape, and once it is back the server answers again without
/// being restarted itself; readiness says so meanwhile, health that the server itself answers.
class DatabaseRestartTest {

    @Test
    void while_postgresql_restarts_requests_get_503_quickly_and_then_work_again_without_restarting_eteam() throws Exception {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        try (var postgres = Postgres.start();
             var app = App.open(postgres.createDatabase("restarting"), Clock.systemUTC()).serve("127.0.0.1", 0)) {
            var chair = app.people().init("chair", "Casey Chair").token();
            var http = new Http("http://127.0.0.1:" + app.port());
            assertThat(http.get("/api/v1/blockers", chair).status()).isEqualTo(200);

            postgres.pause();
            long asked = System.nanoTime();
            var away = http.get("/api/v1/blockers", chair);
            var waited = Duration.ofNanos(System.nanoTime() - asked);

            assertError(away, 503, "unavailable");
            assertThat(away.json().path("message").asText()).isEqualTo("The database is not answering; try again in a moment.");
            assertThat(waited).isLessThan(Duration.ofSeconds(10));
            assertError(http.get("/api/v1/ready", null), 503, "unavailable");
            assertThat(http.get("/api/v1/health", null).status()).as("the server itself answers").isEqualTo(200);

            postgres.resume();
            var back = Duration.ofSeconds(30);
            long resumed = System.nanoTime();
            int status;
            do {
                status = http.get("/api/v1/blockers", chair).status();
            } while (status != 200 && Duration.ofNanos(System.nanoTime() - resumed).compareTo(back) < 0);

            assertThat(status).as("GET /api/v1/blockers after PostgreSQL came back").isEqualTo(200);
            assertThat(http.get("/api/v1/ready", null).json().path("status").asText()).isEqualTo("ready");
            var raised = http.post("/api/v1/blockers", app.people().add(app.people().get("chair"),
                    new io.eteam.people.NewPerson("vp-back", "Val Back", "vp", null)).token(),
                    "{\"title\": \"Raised after the restart\", \"kind\": \"blocked\"}");
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        }
    }
}
