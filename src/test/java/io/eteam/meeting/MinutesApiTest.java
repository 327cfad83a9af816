package io.eteam.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.demo.MutableClock;
import io.eteam.support.Cli;
import io.eteam.support.Http;
import io.eteam.support.TestServer;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The minutes of a meeting run through the real server and CLI, with the clock moved by hand.
/// Tuesday 1 December 2026 in Stockholm (UTC+1): the meeting is scheduled 13:00–16:00 (12:00Z–15:00Z).
/// Six blockers are raised on Monday; in default order they are A (high, 15 min), E (high, 60),
/// B (medium, 10), F (medium, 60), C (low, 5), G (low, 60), and G does not fit.
///
/// 11:50Z vp-music checks in, 11:55Z the member staff is refused at the door, 11:56Z the chair checks in
/// vp-ads. 12:02Z the chair starts. 12:14Z A resolved (12 min). 12:20Z a deferral on E is refused.
/// 12:25Z B withdrawn by its raiser (11 min). 12:31Z C resolved, with a hostile title and a two-line
/// decision (6 min). 12:33Z X, raised during the meeting, is resolved: it was not on the agenda.
/// 12:40Z F resolved by the chair overruling the deferral check (9 min). 14:50Z the meeting ends with
/// E and G open; 15:10Z E is resolved after the end.
class MinutesApiTest {

    static final String DATE = "2026-12-01";
    static final String HOSTILE = "Pipes | and *stars* <script>alert(1)</script> [x](http://evil.example) # no heading";
    static final String HOSTILE_DECISION = "Move in March | no cost\n| injected | row |";
    static final ObjectMapper JSON = new ObjectMapper();

    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    static TestServer server;
    static String vp;
    static String vp2;
    static String member;
    static long a;
    static long b;
    static long c;
    static long e;
    static long f;
    static long g;
    static long x;
    static Http.Response beforeStart;
    static Http.Response whileRunning;
    static Cli.Result cliWhileRunning;
    static Http.Response lastBeforeAnyEnded;
    static Http.Response refusedDeferral;
    static Http.Response json;
    static Http.Response markdown;

    @TempDir
    static Path home;

    @BeforeAll
    static void runTheMeeting() {
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        vp2 = server.add("vp-ads", "vp");
        member = server.add("staff", "member");
        a = raise(vp, "Label deal blocks Brazil", "high", null);
        e = raise(vp, "Data centre exit", "high", 60);
        b = raise(vp2, "Pricing clash with Ads", "medium", null);
        f = raise(vp2, "Hiring freeze", "medium", 60);
        c = raise(vp, HOSTILE, "low", null);
        g = raise(vp, "Office move", "low", 60);

        at("2026-12-01T11:50:00Z");
        beforeStart = minutes(DATE, server.chairToken);
        lastBeforeAnyEnded = minutes("last", server.chairToken);
        assertThat(server.http.post(meeting("/attendees"), vp, "{}").status()).isEqualTo(201);
        at("2026-12-01T11:55:00Z");
        assertThat(server.http.post(meeting("/attendees"), member, "{}").status()).isEqualTo(403);
        at("2026-12-01T11:56:00Z");
        assertThat(server.http.post(meeting("/attendees"), server.chairToken, "{\"handle\": \"vp-ads\"}").status()).isEqualTo(201);
        at("2026-12-01T12:02:00Z");
        assertThat(server.http.post(meeting("/start"), server.chairToken, "{}").status()).isEqualTo(200);
        at("2026-12-01T12:05:00Z");
        x = raise(vp, "Raised in the room", "low", null);
        whileRunning = minutes(DATE, vp);
        cliWhileRunning = cli(vp).run("minutes", "--date", DATE);

        at("2026-12-01T12:14:00Z");
        resolve(server.chairToken, a, "{\"decision\": \"Ship Brazil with the label's terms\", \"owner\": \"vp-music\", "
                + "\"due\": \"2026-12-15\", \"rationale\": \"Cheaper than waiting\"}", 200);
        at("2026-12-01T12:20:00Z");
        refusedDeferral = server.http.post("/api/v1/blockers/" + e + "/resolve", server.chairToken,
                "{\"decision\": \"Let's take this offline and circle back next week\", \"owner\": \"vp-music\"}");
        at("2026-12-01T12:25:00Z");
        assertThat(server.http.post("/api/v1/blockers/" + b + "/withdraw", vp2, "{\"reason\": \"We unblocked ourselves\"}")
                .status()).isEqualTo(200);
        at("2026-12-01T12:31:00Z");
        resolve(server.chairToken, c, "{\"decision\": " + quote(HOSTILE_DECISION) + ", \"owner\": \"vp-ads\"}", 200);
        at("2026-12-01T12:33:00Z");
        resolve(server.chairToken, x, "{\"decision\": \"Fund it from Q3\", \"owner\": \"vp-music\"}", 200);
        at("2026-12-01T12:40:00Z");
        resolve(server.chairToken, f, "{\"decision\": \"Let's take this offline\", \"owner\": \"vp-ads\", "
                + "\"overrule\": \"The board already decided\"}", 200);
        at("2026-12-01T14:50:00Z");
        assertThat(server.http.post(meeting("/end"), server.chairToken, "{}").status()).isEqualTo(200);
        at("2026-12-01T15:10:00Z");
        resolve(server.chairToken, e, "{\"decision\": \"Exit the data centre in June\", \"owner\": \"vp-music\"}", 200);

        json = minutes(DATE, member);
        markdown = server.http.get(meeting("/minutes?format=md"), member);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    static String meeting(String rest) {
        return "/api/v1/meetings/" + DATE + rest;
    }

    static long raise(String token, String title, String impact, Integer minutes) {
        var body = "{\"title\": " + quote(title) + ", \"kind\": \"blocked\", \"impact\": \"" + impact + "\""
                + (minutes == null ? "" : ", \"minutes\": " + minutes) + "}";
        var raised = server.http.post("/api/v1/blockers", token, body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    static void resolve(String token, long id, String body, int status) {
        var answer = server.http.post("/api/v1/blockers/" + id + "/resolve", token, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    static Http.Response minutes(String date, String token) {
        return server.http.get("/api/v1/meetings/" + date + "/minutes", token);
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Cli cli(String token) {
        return new Cli(home).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", token);
    }

    static JsonNode item(long id) {
        for (var i : json.json().path("items")) {
            if (i.path("blocker_id").asLong() == id) {
                return i;
            }
        }
        throw new AssertionError("no item " + id + " in " + json.body());
    }

    @Test
    void the_minutes_name_who_attended_and_who_was_refused_at_the_door() {
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        var m = json.json();
        assertThat(m.path("attendees").findValuesAsText("handle")).containsExactly("vp-music", "vp-ads");
        assertThat(m.path("attendees").get(1).path("checked_in_by").asText()).isEqualTo("chair");
        assertThat(m.path("attendees").get(0).path("checked_in_at").asText()).isEqualTo("2026-12-01T11:50:00Z");
        var refused = m.path("refused_at_the_door");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("actor").asText()).isEqualTo("staff");
        assertThat(refused.get(0).path("reason").asText()).startsWith("The E-Team is VPs only");
    }

    @Test
    void each_agenda_item_has_its_outcome_in_the_order_it_closed_then_what_was_left_open_as_overflow() {
        var items = json.json().path("items");
        assertThat(items.findValuesAsText("blocker_id"))
                .containsExactly(String.valueOf(a), String.valueOf(b), String.valueOf(c), String.valueOf(f),
                        String.valueOf(e), String.valueOf(g));
        assertThat(items.findValuesAsText("outcome"))
                .containsExactly("resolved", "withdrawn", "resolved", "resolved", "overflow", "overflow");
        assertThat(items.findValuesAsText("rank")).containsExactly("1", "3", "5", "4", "2", "6");

        var first = item(a);
        assertThat(first.path("decision").asText()).isEqualTo("Ship Brazil with the label's terms");
        assertThat(first.path("owner").asText()).isEqualTo("vp-music");
        assertThat(first.path("due").asText()).isEqualTo("2026-12-15");
        assertThat(first.path("rationale").asText()).isEqualTo("Cheaper than waiting");
        assertThat(first.path("recorded_by").asText()).isEqualTo("chair");
        assertThat(first.path("title").asText()).isEqualTo("Label deal blocks Brazil");

        var withdrawn = item(b);
        assertThat(withdrawn.path("reason").asText()).isEqualTo("We unblocked ourselves");
        assertThat(withdrawn.path("decision").isNull()).isTrue();
        assertThat(withdrawn.path("owner").isNull()).isTrue();
        assertThat(withdrawn.path("recorded_by").asText()).isEqualTo("vp-ads");

        assertThat(item(f).path("overrule").asText()).isEqualTo("The board already decided");
        // Resolved after the end: the minutes keep it as the meeting left it.
        assertThat(item(e).path("decision").isNull()).isTrue();
        assertThat(items.findValuesAsText("blocker_id")).doesNotContain(String.valueOf(x));
    }

    @Test
    void each_item_took_from_the_previous_outcome_or_the_start_to_its_own_and_overflow_took_none() {
        var m = json.json();
        assertThat(m.path("meeting").path("started_at").asText()).isEqualTo("2026-12-01T12:02:00Z");
        assertThat(m.path("meeting").path("ended_at").asText()).isEqualTo("2026-12-01T14:50:00Z");
        assertThat(m.path("meeting").path("took_seconds").asLong()).isEqualTo(168 * 60);
        assertThat(m.path("items").findValuesAsText("took_seconds"))
                .containsExactly("720", "660", "360", "540", "null", "null");
        assertThat(item(a).path("came_up_at").asText()).isEqualTo("2026-12-01T12:02:00Z");
        assertThat(item(a).path("closed_at").asText()).isEqualTo("2026-12-01T12:14:00Z");
        assertThat(item(b).path("came_up_at").asText()).isEqualTo("2026-12-01T12:14:00Z");
        // X, not on the agenda, closed at 12:33 between C and F: F's time runs from C's close.
        assertThat(item(f).path("came_up_at").asText()).isEqualTo("2026-12-01T12:31:00Z");
        assertThat(item(g).path("came_up_at").isNull()).isTrue();
        assertThat(m.path("after_last_outcome_seconds").asLong()).isEqualTo(130 * 60);
    }

    @Test
    void a_deferral_refused_in_the_room_and_a_chairs_overrule_are_in_the_minutes_with_their_text() {
        assertThat(refusedDeferral.status()).isEqualTo(422);
        var refused = json.json().path("refused_deferrals");
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).path("blocker_id").asLong()).isEqualTo(e);
        assertThat(refused.get(0).path("title").asText()).isEqualTo("Data centre exit");
        assertThat(refused.get(0).path("by").asText()).isEqualTo("chair");
        assertThat(refused.get(0).path("at").asText()).isEqualTo("2026-12-01T12:20:00Z");
        assertThat(refused.get(0).path("field").asText()).isEqualTo("decision");
        assertThat(refused.get(0).path("text").asText()).isEqualTo("Let's take this offline and circle back next week");
        assertThat(refused.get(0).path("phrase").asText()).isNotBlank();

        var overrules = json.json().path("overrules");
        assertThat(overrules).hasSize(1);
        assertThat(overrules.get(0).path("blocker_id").asLong()).isEqualTo(f);
        assertThat(overrules.get(0).path("text").asText()).isEqualTo("Let's take this offline");
        assertThat(overrules.get(0).path("overrule").asText()).isEqualTo("The board already decided");
    }

    @Test
    void minutes_are_refused_with_409_until_the_meeting_has_ended() {
        assertThat(beforeStart.status()).isEqualTo(409);
        assertThat(beforeStart.error()).isEqualTo("conflict");
        assertThat(beforeStart.json().path("message").asText())
                .isEqualTo("The meeting of 2026-12-01 has not been held yet; its minutes are ready once a chair has started and ended it.");
        assertThat(whileRunning.status()).isEqualTo(409);
        assertThat(whileRunning.json().path("message").asText()).isEqualTo("The meeting of 2026-12-01 is still running; "
                + "its minutes are ready once a chair ends it ('eteam meeting end --date 2026-12-01').");
        assertThat(cliWhileRunning.exit()).isEqualTo(1);
        assertThat(cliWhileRunning.err()).startsWith("The meeting of 2026-12-01 is still running");
        assertThat(lastBeforeAnyEnded.status()).isEqualTo(404);
        assertThat(lastBeforeAnyEnded.json().path("message").asText()).startsWith("No meeting has ended yet");
    }

    @Test
    void a_day_that_is_not_a_meeting_day_is_400_and_a_meeting_that_was_never_held_is_404() {
        var wednesday = minutes("2026-12-02", vp);
        assertThat(wednesday.status()).isEqualTo(400);
        assertThat(wednesday.json().path("message").asText()).isEqualTo("2026-12-02 is a Wednesday; the E-Team meets on Tuesdays.");
        var neverHeld = minutes("2026-11-24", vp);
        assertThat(neverHeld.status()).isEqualTo(404);
        assertThat(neverHeld.error()).isEqualTo("not_found");
        assertThat(neverHeld.json().path("message").asText())
                .isEqualTo("No meeting was held on 2026-11-24: nobody started it, so it has no minutes.");
        assertThat(minutes("not-a-date", vp).status()).isEqualTo(400);
        assertThat(minutes("2030-01-01", vp).status()).isEqualTo(400);
        assertThat(minutes(DATE, null).status()).isEqualTo(401);
        assertThat(server.http.get(meeting("/minutes?format=pdf"), vp).status()).isEqualTo(400);
    }

    @Test
    void the_markdown_holds_the_same_minutes_and_the_last_ended_meeting_is_the_default() {
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.contentType()).startsWith("text/markdown");
        var md = markdown.body();
        assertThat(md).startsWith("# Minutes of the E-Team meeting, Tue 1 Dec 2026\n");
        assertThat(md).contains("Held 13:02–15:50 (2 h 48 min), scheduled 13:00–16:00. Times in Europe/Stockholm.");
        assertThat(md).contains("| VP-MUSIC Name (vp-music) | vp | 12:50 | vp-music |",
                "| VP-ADS Name (vp-ads) | vp | 12:56 | chair |");
        assertThat(md).contains("| 12:55 | staff | staff | The E-Team is VPs only");
        assertThat(md).contains("| 1 | " + a + " | Label deal blocks Brazil | resolved | Ship Brazil with the label's terms"
                + " (why: Cheaper than waiting) | vp-music | 2026-12-15 | 13:02 | 13:14 | 12 min |");
        assertThat(md).contains("| 3 | " + b + " | Pricing clash with Ads | withdrawn | We unblocked ourselves | – | – | 13:14 | 13:25 | 11 min |");
        assertThat(md).contains("| 2 | " + e + " | Data centre exit | overflow | left open | – | – | – | – | – |");
        assertThat(md).contains("2 items were left open and go to the next meeting. After the last outcome 2 h 10 min passed until the end.");
        assertThat(md).contains("## Refused deferrals (1)", "Let's take this offline and circle back next week");
        assertThat(md).contains("## Overruled by a chair (1)", "The board already decided");

        var byAccept = server.http.exchange(server.http.request("GET", meeting("/minutes"), member,
                HttpRequest.BodyPublishers.noBody()).header("Accept", "text/markdown").build());
        assertThat(byAccept.body()).isEqualTo(md);
        var cli = cli(member).run("minutes");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).isEqualTo(md);
        assertThat(cli(member).run("minutes", "--date", DATE, "--format", "md").out()).isEqualTo(md);
    }

    @Test
    void the_cli_prints_the_apis_json_with_format_json_or_json() throws Exception {
        var byFormat = cli(member).run("minutes", "--date", DATE, "--format", "json");
        assertThat(byFormat.exit()).isZero();
        assertThat(JSON.readTree(byFormat.out())).isEqualTo(json.json());
        assertThat(JSON.readTree(cli(member).run("minutes", "--json").out())).isEqualTo(json.json());
        var bad = cli(member).run("minutes", "--format", "pdf");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--format must be md or json.");
    }

    @Test
    void titles_and_decisions_with_markdown_or_pipes_cannot_break_the_table() {
        var md = markdown.body();
        var row = md.lines().filter(l -> l.startsWith("| 5 | " + c + " |")).toList();
        assertThat(row).hasSize(1);
        // Ten columns: eleven pipes that are not escaped, however many the texts hold.
        assertThat(unescapedPipes(row.get(0))).isEqualTo(11);
        assertThat(row.get(0)).contains("Pipes \\| and \\*stars\\* \\<script\\>alert(1)\\</script\\> \\[x\\](http://evil.example) \\# no heading");
        assertThat(row.get(0)).contains("Move in March \\| no cost \\| injected \\| row \\|");
        assertThat(md).doesNotContain("<script>").doesNotContain("\n| injected");
        for (var line : md.lines().filter(l -> l.startsWith("|")).toList()) {
            assertThat(unescapedPipes(line)).as(line).isGreaterThan(1);
        }
        // The JSON carries the text as typed.
        assertThat(item(c).path("title").asText()).isEqualTo(HOSTILE);
        assertThat(item(c).path("decision").asText()).isEqualTo(HOSTILE_DECISION);
    }

    static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    @Test
    void last_names_the_meeting_that_ended_last() {
        var last = minutes("last", member);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.json()).isEqualTo(json.json());
    }
}
