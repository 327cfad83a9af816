package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.support.TestServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam mcp` in a process of its own, as an assistant starts it, driven by the MCP Java SDK's
/// own client against a real server (MCP-1–MCP-3).
class McpStdioTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;

    static TestServer server;
    static String vp;
    static String member;
    static McpSyncClient asVp;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
        member = server.add("staff", "member");
        server.add("vp-podcasts", "vp");
        asVp = client(vp);
    }

    @AfterAll
    static void stop() {
        if (asVp != null) {
            asVp.closeGracefully();
        }
        server.close();
    }

    /// The eteam of this build's classes, as `eteam mcp` with `token`'s credentials.
    static List<String> command() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.eteam.Main", "mcp");
    }

    static McpSyncClient client(String token) {
        var command = command();
        var parameters = ServerParameters.builder(command.get(0))
                .args(command.subList(1, command.size()))
                .env(Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", token, "XDG_CONFIG_HOME", home.toString(),
                        "PATH", System.getenv("PATH")))
                .build();
        var transport = new StdioClientTransport(parameters, new JacksonMcpJsonMapper(JSON));
        transport.setStdErrorHandler(line -> { });
        var client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }

    @Test
    void every_tool_is_listed_with_its_schemas_annotations_and_a_description() {
        var tools = asVp.listTools().tools();

        assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("whoami", "list_blockers", "get_blocker",
                "raise_blocker", "resolve_blocker", "withdraw_blocker", "get_agenda", "get_meeting", "check_in", "sla_report",
                "get_calendar");
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(40);
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema()).containsEntry("type", "object");
            assertThat(tool.annotations().readOnlyHint()).isNotNull();
            assertThat(tool.annotations().destructiveHint()).isNotNull();
            assertThat(tool.annotations().idempotentHint()).isNotNull();
        });
        var raise = tools.stream().filter(t -> t.name().equals("raise_blocker")).findFirst().orElseThrow();
        assertThat(raise.inputSchema().get("required")).isEqualTo(List.of("title", "kind"));
        assertThat(raise.annotations().readOnlyHint()).isFalse();
        var list = tools.stream().filter(t -> t.name().equals("list_blockers")).findFirst().orElseThrow();
        assertThat(list.annotations().readOnlyHint()).isTrue();
    }

    @Test
    void a_blocker_raised_through_the_tool_is_the_one_the_api_shows_in_structured_content_and_text() throws Exception {
        var raised = call(asVp, "raise_blocker", Map.of("title", "Brazil label deal stuck on video rights", "kind", "blocked",
                "impact", "high", "blocking", "vp-podcasts"));

        assertThat(raised.isError()).as(String.valueOf(raised.content())).isFalse();
        var structured = JSON.valueToTree(raised.structuredContent());
        long id = structured.path("id").asLong();
        var viaApi = server.http.get("/api/v1/blockers/" + id, vp).json();
        assertThat(structured.path("title").asText()).isEqualTo(viaApi.path("title").asText()).isEqualTo("Brazil label deal stuck on video rights");
        assertThat(structured.path("raised_by").asText()).isEqualTo("vp-music");
        assertThat(JSON.readTree(text(raised))).isEqualTo(structured);

        var listed = JSON.valueToTree(call(asVp, "list_blockers", Map.of("blocking", "vp-podcasts", "text", "VIDEO rights")).structuredContent());
        assertThat(listed.path("blockers").findValuesAsText("title")).containsExactly("Brazil label deal stuck on video rights");
        var fetched = JSON.valueToTree(call(asVp, "get_blocker", Map.of("id", id)).structuredContent());
        assertThat(fetched.path("history")).isEqualTo(viaApi.path("history"));
    }

    @Test
    void a_deferral_is_refused_as_a_tool_error_with_the_apis_own_sentence() {
        long viaTool = JSON.valueToTree(call(asVp, "raise_blocker", Map.of("title", "Pricing clash", "kind", "misaligned"))
                .structuredContent()).path("id").asLong();
        long viaApi = server.http.post("/api/v1/blockers", vp, "{\"title\": \"Pricing clash too\", \"kind\": \"misaligned\"}")
                .json().path("id").asLong();
        var decision = "Let's take this offline and circle back next week";

        var refused = call(asVp, "resolve_blocker", Map.of("id", viaTool, "decision", decision, "owner", "vp-music"));
        var api = server.http.post("/api/v1/blockers/" + viaApi + "/resolve", vp,
                "{\"decision\": \"" + decision + "\", \"owner\": \"vp-music\"}");

        assertThat(api.status()).isEqualTo(422);
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).isEqualTo(api.json().path("message").asText());
        assertThat(server.http.get("/api/v1/blockers/" + viaTool, vp).json().path("status").asText()).isEqualTo("open");
    }

    @Test
    void a_member_is_refused_what_the_api_refuses_a_member() {
        var asMember = client(member);
        try {
            var refused = call(asMember, "raise_blocker", Map.of("title", "Not mine to raise", "kind", "blocked"));
            var api = server.http.post("/api/v1/blockers", member, "{\"title\": \"Not mine to raise\", \"kind\": \"blocked\"}");

            assertThat(api.status()).isEqualTo(403);
            assertThat(refused.isError()).isTrue();
            assertThat(text(refused)).isEqualTo(api.json().path("message").asText());
            var me = JSON.valueToTree(call(asMember, "whoami", Map.of()).structuredContent());
            assertThat(me.path("role").asText()).isEqualTo("member");
        } finally {
            asMember.closeGracefully();
        }
    }

    @Test
    void the_read_tools_answer_what_the_api_answers() {
        JsonNode calendar = JSON.valueToTree(call(asVp, "get_calendar", Map.of()).structuredContent());
        assertThat(calendar).isEqualTo(server.http.get("/api/v1/calendar", vp).json());
        JsonNode meeting = JSON.valueToTree(call(asVp, "get_meeting", Map.of()).structuredContent());
        assertThat(meeting.path("date").asText()).isEqualTo(server.http.get("/api/v1/meetings/next", vp).json().path("date").asText());
        var agenda = call(asVp, "get_agenda", Map.of());
        assertThat(agenda.isError()).as(String.valueOf(agenda.content())).isFalse();
        var report = call(asVp, "sla_report", Map.of());
        assertThat(report.isError()).as(String.valueOf(report.content())).isFalse();
    }

    /// The MCP SDK and Reactor load for `eteam mcp` only: the other client commands stay as fast.
    @Test
    void eteam_raise_loads_no_mcp_or_reactor_class() throws Exception {
        var loaded = home.resolve("raise-classes.log");
        var command = new ArrayList<>(command());
        command.add(1, "-Xlog:class+load=info:file=" + loaded);
        command.set(command.size() - 1, "raise");
        command.addAll(List.of("Classes loaded by a raise", "--kind", "blocked"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(home.resolve("raise.out").toFile());
        builder.environment().putAll(Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", vp, "XDG_CONFIG_HOME", home.toString()));
        var raise = builder.start();

        assertThat(raise.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(raise.exitValue()).as(Files.readString(home.resolve("raise.out"))).isZero();
        var classes = Files.readAllLines(loaded);
        assertThat(classes).anyMatch(line -> line.contains("io.eteam.cli.RaiseCommand"));
        assertThat(classes).noneMatch(line -> line.contains("io.modelcontextprotocol") || line.contains("reactor.core")
                || line.contains("io.eteam.mcp."));
    }

    @Test
    void the_process_writes_only_protocol_to_stdout_and_exits_when_stdin_closes() throws Exception {
        var builder = new ProcessBuilder(command()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", vp, "XDG_CONFIG_HOME", home.toString()));
        var process = builder.start();
        process.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        var lines = new ArrayList<String>();
        var reader = process.inputReader(StandardCharsets.UTF_8);
        lines.add(reader.readLine());

        process.getOutputStream().close();

        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("exited after stdin closed").isTrue();
        assertThat(process.exitValue()).isZero();
        reader.lines().forEach(lines::add);
        assertThat(lines).allSatisfy(line -> assertThat(JSON.readTree(line).path("jsonrpc").asText()).isEqualTo("2.0"));
        assertThat(JSON.readTree(lines.get(0)).path("result").path("serverInfo").path("name").asText()).isEqualTo("eteam");
    }
}
