package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.RawHttp;
import io.eteam.support.RawHttp.Answer;
import io.eteam.support.RawHttp.Framing;
import io.eteam.support.RawHttp.Request;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/// The bad requests that answered 500 before (issue 11, item 3, and what the generated test
/// found next to them), each now a 4xx in the error shape, with nothing changed.
class RefusedNot500Test {

    /// Tuesday 2026-03-10, 13:30 in Stockholm: the meeting is on.
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-03-10T12:30:00Z"), ZoneOffset.UTC);
    private static final String RAISE = "{\"title\": \"Label deal blocks Brazil\", \"kind\": \"blocked\"}";

    static TestServer server;
    static RawHttp raw;
    static String vp;
    static RawHttp.Session vpSession;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(TUESDAY);
        raw = new RawHttp(server.app.port());
        vp = server.add("vp-music", "vp");
        vpSession = raw.signIn(vp);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Framing.class, names = {"TRUNCATED", "BAD_CHUNK_SIZE", "NO_LAST_CHUNK"})
    void a_body_that_cannot_be_read_is_a_400_not_a_500_and_raises_nothing(Framing framing) throws IOException {
        int before = blockers();

        var answer = raw.send(Request.of("POST", "/api/v1/blockers")
                .header("Authorization", "Bearer " + vp)
                .header("Content-Type", "application/json")
                .body(RAISE, framing));

        assertRefused(answer, 400, "invalid_request");
        assertThat(answer.json().path("field").asText()).isEqualTo("body");
        assertThat(blockers()).isEqualTo(before);
    }

    @Test
    void a_truncated_body_is_a_400_not_a_500() throws IOException {
        var answer = raw.send(Request.of("PUT", "/api/v1/calendar")
                .header("Authorization", "Bearer " + server.chairToken)
                .header("Content-Type", "application/json")
                .body("{\"meeting_minutes\": 120}", Framing.TRUNCATED));

        assertRefused(answer, 400, "invalid_request");
        assertThat(answer.json().path("message").asText()).contains("Content-Length");
        assertThat(server.app.calendar().settings().meetingMinutes()).isEqualTo(180);
    }

    @Test
    void a_broken_multipart_form_on_the_blockers_page_is_a_400_not_a_500() throws IOException {
        int before = blockers();

        var answer = raw.send(Request.of("POST", "/blockers")
                .header("Cookie", "eteam_session=" + vpSession.id())
                .header("Content-Type", "multipart/form-data; boundary=other")
                .body("--b0undary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + vpSession.csrf() + "\r\n--b0undary--\r\n",
                        Framing.LENGTH));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.text()).contains("multipart body is cut short or does not match the boundary");
        assertThat(blockers()).isEqualTo(before);
    }

    @Test
    void a_multipart_form_without_a_boundary_is_a_400_not_a_500() throws IOException {
        var answer = raw.send(Request.of("POST", "/blockers")
                .header("Cookie", "eteam_session=" + vpSession.id())
                .header("Content-Type", "multipart/form-data")
                .body("title=x&kind=blocked&csrf=" + vpSession.csrf(), Framing.LENGTH));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    }

    @Test
    void a_well_formed_multipart_form_still_raises_a_blocker() throws IOException {
        int before = blockers();
        var form = new StringBuilder();
        for (var field : new String[][] {{"title", "Label deal blocks Brazil"}, {"kind", "blocked"}, {"csrf", vpSession.csrf()}}) {
            form.append("--b0undary\r\nContent-Disposition: form-data; name=\"").append(field[0]).append("\"\r\n\r\n")
                    .append(field[1]).append("\r\n");
        }
        form.append("--b0undary--\r\n");

        var answer = raw.send(Request.of("POST", "/blockers")
                .header("Cookie", "eteam_session=" + vpSession.id())
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .body(form.toString(), Framing.LENGTH));

        assertThat(answer.status()).as(answer.text()).isEqualTo(303);
        assertThat(blockers()).isEqualTo(before + 1);
    }

    @Test
    void a_form_in_a_charset_nobody_knows_is_a_400_not_a_500() throws IOException {
        var answer = raw.send(Request.of("POST", "/blockers")
                .header("Cookie", "eteam_session=" + vpSession.id())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=nope")
                .body("title=x&kind=blocked&csrf=" + vpSession.csrf(), Framing.LENGTH));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.text()).contains("charset");
    }

    @Test
    void a_checkin_of_a_too_long_handle_is_refused_not_a_500() {
        var refused = server.http.post("/api/v1/meetings/2026-03-10/attendees", vp, "{\"handle\": \"" + "a".repeat(33) + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(refused.json().path("field").asText()).isEqualTo("handle");
        assertThat(server.http.get("/api/v1/meetings/2026-03-10", vp).json().path("refusals")).isEmpty();
    }

    @Test
    void a_vp_checking_in_someone_else_is_still_refused_with_vps_only_and_kept() {
        var refused = server.http.post("/api/v1/meetings/2026-03-10/attendees", vp, "{\"handle\": \"" + "a".repeat(32) + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("error").asText()).isEqualTo("vps_only");
        assertThat(server.http.get("/api/v1/meetings/2026-03-10", vp).json().path("refusals").findValuesAsText("for_handle"))
                .contains("a".repeat(32));
    }

    @Test
    void an_sla_report_for_the_year_999999999_is_a_400() {
        var refused = server.http.get("/api/v1/reports/sla?from=%2B999999999-01-01&to=%2B999999999-12-31", vp);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("field").asText()).isEqualTo("from");
        assertThat(refused.json().path("message").asText()).contains("like 2026-12-24");
    }

    @Test
    void the_sla_report_page_for_the_year_999999999_is_a_400() throws IOException {
        var answer = raw.send(Request.of("GET", "/reports/sla?from=%2B999999999-01-01&to=%2B999999999-12-31")
                .header("Cookie", "eteam_session=" + vpSession.id()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    }

    @Test
    void an_sla_report_for_the_year_9999_is_answered() {
        var report = server.http.get("/api/v1/reports/sla?from=9999-12-01&to=9999-12-31&format=csv", vp);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
    }

    @Test
    void a_meeting_more_than_a_year_ahead_is_a_400() {
        var agenda = server.http.get("/api/v1/meetings/2027-03-16/agenda", vp);
        var last = server.http.get("/api/v1/meetings/%2B999999999-12-28", vp);
        var start = server.http.post("/api/v1/meetings/9999-12-28/start", server.chairToken, null);

        assertThat(agenda.status()).as(agenda.body()).isEqualTo(400);
        assertThat(agenda.json().path("message").asText()).contains("more than a year ahead");
        assertThat(last.status()).as(last.body()).isEqualTo(400);
        assertThat(start.status()).as(start.body()).isEqualTo(400);
    }

    @Test
    void a_meeting_a_year_ahead_is_answered() {
        var agenda = server.http.get("/api/v1/meetings/2027-03-09/agenda", vp);

        assertThat(agenda.status()).as(agenda.body()).isEqualTo(200);
    }

    private static int blockers() {
        return server.app.blockers().list("all", null).size();
    }

    private static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(GeneratedBadInputTest.errorShape(answer)).isNull();
        assertThat(answer.json().path("error").asText()).isEqualTo(code);
    }
}
