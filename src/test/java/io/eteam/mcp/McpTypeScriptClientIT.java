package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.eteam.demo.MutableClock;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// eteam's MCP server as a client nobody here wrote sees it: `src/test/mcp-client/client-test.mjs`
/// drives `target/eteam mcp` over stdio and `/mcp` over Streamable HTTP with the official
/// TypeScript SDK (npm `@modelcontextprotocol/sdk`), against this real server and its people, and
/// checks every tool, resource and prompt against the HTTP API's own answers.
///
/// The clock stands at 11:00 in Stockholm on Tuesday 1 December 2026, the meeting's day (so a VP
/// may check in), while the client runs: the answers it compares do not move between requests.
/// Needs Node 20 and `npm ci --prefix src/test/mcp-client`; skipped without the latter unless
/// `ETEAM_REQUIRE_NODE_TESTS` is set, as CI sets it.
class McpTypeScriptClientIT {

    static final Path CLIENT = Path.of("src", "test", "mcp-client");
    static final Path NODE_MODULES = CLIENT.resolve("node_modules");
    static final long TIMEOUT_MINUTES = 5;
    static final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    static TestServer server;
    static String vp;
    static String podcasts;
    static String member;
    static String deactivated;

    @BeforeAll
    static void start() {
        if (!Files.isDirectory(NODE_MODULES)) {
            return; // the test says why it is skipped
        }
        server = TestServer.start(clock, TestServer.unthrottled());
        vp = server.add("vp-music", "vp");
        podcasts = server.add("vp-podcasts", "vp");
        member = server.add("staff", "member");
        deactivated = server.add("vp-leaving", "vp");
        assertThat(server.http.delete("/api/v1/people/vp-leaving", server.chairToken).status()).isEqualTo(200);

        // Last week: one blocker cleared within the target, one breached, for the SLA report.
        long met = raise(vp, "{\"title\": \"Label renewal waits on Finance's sign-off\", \"kind\": \"blocked\"}");
        long breached = raise(podcasts, "{\"title\": \"Studio bookings clash with Music's\", \"kind\": \"misaligned\"}");
        clock.set(Instant.parse("2026-11-24T10:00:00Z"));
        resolve(vp, met, "vp-music");
        clock.set(Instant.parse("2026-11-27T14:00:00Z"));
        resolve(podcasts, breached, "vp-podcasts");

        // Open for Tuesday: the VP's own (breached by then) and the chair's, blocking another team.
        clock.set(Instant.parse("2026-11-26T09:00:00Z"));
        raise(vp, "{\"title\": \"Brazil launch waits on the label's video rights\", \"kind\": \"blocked\", \"impact\": \"high\","
                + " \"blocking\": \"vp-podcasts\", \"detail\": \"Legal has not cleared the video rights.\"}");
        raise(server.chairToken, "{\"title\": \"Ads and Podcasts disagree on the pricing model\", \"kind\": \"misaligned\","
                + " \"blocking\": \"vp-podcasts\"}");

        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
    }

    static long raise(String token, String body) {
        var raised = server.http.post("/api/v1/blockers", token, body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    static void resolve(String token, long id, String owner) {
        var resolved = server.http.post("/api/v1/blockers/" + id + "/resolve", token,
                "{\"decision\": \"Finance signs the renewal; the label gets the contract on Friday\", \"owner\": \"" + owner + "\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void the_typescript_sdk_client_finds_every_tool_resource_and_prompt_answering_what_the_api_answers() throws Exception {
        if (!Files.isDirectory(NODE_MODULES)) {
            var missing = NODE_MODULES + " is missing: run `npm ci --prefix " + CLIENT + "` (Node 20) first.";
            var required = System.getenv("ETEAM_REQUIRE_NODE_TESTS");
            if (required != null && !required.isBlank()) {
                fail(missing + " ETEAM_REQUIRE_NODE_TESTS is set, so this test may not be skipped.");
            }
            Assumptions.abort(missing);
        }
        var launcher = Path.of("target", "eteam").toAbsolutePath();
        assertThat(launcher).as("the launcher `mvn package` builds").isExecutable();

        var builder = new ProcessBuilder("node", CLIENT.resolve("client-test.mjs").toString()).redirectErrorStream(true);
        var env = builder.environment();
        env.put("ETEAM_URL", server.url());
        env.put("ETEAM_CHAIR_TOKEN", server.chairToken);
        env.put("ETEAM_VP_TOKEN", vp);
        env.put("ETEAM_VP_HANDLE", "vp-music");
        env.put("ETEAM_MEMBER_TOKEN", member);
        env.put("ETEAM_DEACTIVATED_TOKEN", deactivated);
        env.put("ETEAM_COMMAND", launcher.toString());
        // `eteam mcp` runs on this JDK, not whichever java is first on the PATH.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        var client = builder.start();

        var timedOut = new AtomicBoolean();
        var watchdog = new Thread(() -> {
            try {
                if (!client.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    timedOut.set(true);
                    client.descendants().forEach(ProcessHandle::destroyForcibly);
                    client.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mcp-client-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        var failures = new ArrayList<String>();
        var last = "";
        try (var lines = client.inputReader(StandardCharsets.UTF_8)) {
            for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[mcp-client] " + line);
                if (line.startsWith("FAIL")) {
                    failures.add(line);
                }
                last = line;
            }
        } catch (IOException e) {
            failures.add("reading the client's output failed: " + e.getMessage());
        }
        int exit = client.waitFor();

        assertThat(timedOut).as("client-test.mjs ran longer than %d minutes and was stopped", TIMEOUT_MINUTES).isFalse();
        assertThat(exit).as("client-test.mjs exited %d; %s%s", exit, last, failures.isEmpty() ? "" : "\n" + String.join("\n", failures))
                .isZero();
        assertThat(last).matches("mcp-client: \\d+ passed, 0 failed");
    }
}
