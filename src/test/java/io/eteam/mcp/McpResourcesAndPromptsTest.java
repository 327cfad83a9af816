package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.support.TestServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The resources and prompts (MCP-4, MCP-5) as the MCP Java SDK's client sees them over stdio
/// (`eteam mcp` in a process of its own) and over HTTP (`/mcp`): the same content as the API.
class McpResourcesAndPromptsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static TestServer server;
    static String vp;
    static long mine;
    static long blockingMe;
    static long resolved;
    static McpSyncClient overStdio;
    static McpSyncClient overHttp;

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir Path home) {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
        var other = server.add("vp-podcasts", "vp");
        mine = raise(vp, "{\"title\": \"Brazil label deal stuck on video rights\", \"kind\": \"blocked\", \"impact\": \"high\"}");
        blockingMe = raise(other, "{\"title\": \"Podcast ads need the music catalogue\", \"kind\": \"blocked\", \"blocking\": \"vp-music\"}");
        raise(other, "{\"title\": \"Studio booking clash\", \"kind\": \"misaligned\"}");
        resolved = raise(vp, "{\"title\": \"Already settled\", \"kind\": \"blocked\"}");
        var decided = server.http.post("/api/v1/blockers/" + resolved + "/resolve", vp,
                "{\"decision\": \"Finance funds the second studio from Q1\", \"owner\": \"vp-music\", \"due\": \"2027-01-15\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        var command = McpStdioTest.command();
        var stdio = new StdioClientTransport(ServerParameters.builder(command.get(0))
                .args(command.subList(1, command.size()))
                .env(Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", vp, "XDG_CONFIG_HOME", home.toString(),
                        "PATH", System.getenv("PATH")))
                .build(), new JacksonMcpJsonMapper(JSON));
        stdio.setStdErrorHandler(line -> { });
        overStdio = McpClient.sync(stdio).requestTimeout(Duration.ofSeconds(30)).build();
        overStdio.initialize();
        overHttp = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url())
                        .endpoint("/mcp")
                        .jsonMapper(new JacksonMcpJsonMapper(JSON))
                        .addHttpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + vp))
                        .build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        overHttp.initialize();
    }

    @AfterAll
    static void stop() {
        if (overStdio != null) {
            overStdio.closeGracefully();
        }
        if (overHttp != null) {
            overHttp.closeGracefully();
        }
        server.close();
    }

    static long raise(String token, String body) {
        var raised = server.http.post("/api/v1/blockers", token, body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().path("id").asLong();
    }

    /// Named, and not closed after each case (JUnit closes an `AutoCloseable` argument by default).
    static Stream<Named<McpSyncClient>> clients() {
        return Stream.of(Named.of("stdio", overStdio), Named.of("http", overHttp));
    }

    static String read(McpSyncClient client, String uri) {
        var contents = client.readResource(new McpSchema.ReadResourceRequest(uri)).contents();
        assertThat(contents).hasSize(1);
        return ((McpSchema.TextResourceContents) contents.get(0)).text();
    }

    static String prompt(McpSyncClient client, String name, Map<String, Object> arguments) {
        var result = client.getPrompt(new McpSchema.GetPromptRequest(name, arguments));
        assertThat(result.messages()).hasSize(1);
        assertThat(result.messages().get(0).role()).isEqualTo(McpSchema.Role.USER);
        return ((McpSchema.TextContent) result.messages().get(0).content()).text();
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void the_list_has_the_agenda_the_report_the_calendar_and_each_open_blocker_but_no_closed_one(McpSyncClient client) {
        var resources = client.listResources().resources();

        var open = server.http.get("/api/v1/blockers?status=open", vp).json().findValuesAsText("id");
        assertThat(resources).extracting(McpSchema.Resource::uri).containsExactlyElementsOf(Stream.concat(
                Stream.of("eteam://agenda/next", "eteam://reports/sla/last-week", "eteam://calendar"),
                open.stream().map(id -> "eteam://blockers/" + id)).toList());
        assertThat(resources).extracting(McpSchema.Resource::uri).doesNotContain("eteam://blockers/" + resolved);
        assertThat(resources).filteredOn(r -> r.uri().equals("eteam://blockers/" + mine)).singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Brazil label deal stuck on video rights"));
        assertThat(resources).filteredOn(r -> r.uri().equals("eteam://reports/sla/last-week")).singleElement()
                .satisfies(r -> assertThat(r.mimeType()).isEqualTo("text/markdown"));
        assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                .containsExactly("eteam://blockers/{id}");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void a_blocker_raised_after_the_client_connected_is_listed_at_once(McpSyncClient client) {
        long id = raise(vp, "{\"title\": \"Raised while connected " + System.nanoTime() + "\", \"kind\": \"off-track\"}");

        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri).contains("eteam://blockers/" + id);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void each_resource_reads_as_the_api_answers(McpSyncClient client) throws Exception {
        assertThat(JSON.readTree(read(client, "eteam://blockers/" + mine)))
                .isEqualTo(server.http.get("/api/v1/blockers/" + mine, vp).json());
        assertThat(JSON.readTree(read(client, "eteam://blockers/" + resolved)).path("status").asText()).isEqualTo("resolved");
        assertThat(JSON.readTree(read(client, "eteam://calendar"))).isEqualTo(server.http.get("/api/v1/calendar", vp).json());
        assertThat(JSON.readTree(read(client, "eteam://agenda/next")))
                .isEqualTo(server.http.get("/api/v1/meetings/next/agenda", vp).json());
        assertThat(read(client, "eteam://reports/sla/last-week"))
                .isEqualTo(server.http.get("/api/v1/reports/sla?format=md", vp).body())
                .startsWith("#");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void a_blocker_that_does_not_exist_is_a_resource_not_found(McpSyncClient client) {
        assertThatThrownBy(() -> read(client, "eteam://blockers/999999"))
                .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().code()).isEqualTo(-32002));
        assertThatThrownBy(() -> read(client, "eteam://blockers/not-a-number")).isInstanceOf(McpError.class);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void the_prompts_are_listed_with_their_arguments(McpSyncClient client) {
        var prompts = client.listPrompts().prompts();

        assertThat(prompts).extracting(McpSchema.Prompt::name).containsExactlyInAnyOrder("prepare_for_tuesday", "weekly_sla_summary", "write_a_decision");
        var decision = prompts.stream().filter(p -> p.name().equals("write_a_decision")).findFirst().orElseThrow();
        assertThat(decision.arguments()).extracting(McpSchema.PromptArgument::name, McpSchema.PromptArgument::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("blocker_id", true), org.assertj.core.groups.Tuple.tuple("discussion", false));
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void prepare_for_tuesday_names_my_blockers_with_their_sla_and_place_on_the_agenda(McpSyncClient client) {
        var text = prompt(client, "prepare_for_tuesday", Map.of());

        JsonNode agenda = server.http.get("/api/v1/meetings/next/agenda", vp).json();
        assertThat(text).contains("#" + mine + " Brazil label deal stuck on video rights", "#" + blockingMe + " Podcast ads need the music catalogue")
                .contains(agenda.path("meeting").path("date").asText())
                .doesNotContain("Studio booking clash", "Already settled");
        var mineOnAgenda = agenda.path("items").findParents("blocker_id").stream()
                .filter(item -> item.path("blocker_id").asLong() == mine).findFirst().orElseThrow();
        assertThat(text).contains("agenda item " + mineOnAgenda.path("rank").asInt() + " at ");
        assertThat(text).containsPattern("#" + mine + " [^\\n]*SLA (open|at_risk|breached|met)");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void weekly_sla_summary_carries_the_weeks_report(McpSyncClient client) {
        var report = server.http.get("/api/v1/reports/sla?format=md&week=2026-W48", vp).body();

        assertThat(prompt(client, "weekly_sla_summary", Map.of("week", "2026-W48"))).endsWith(report);
        assertThatThrownBy(() -> prompt(client, "weekly_sla_summary", Map.of("week", "last tuesday")))
                .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().message()).contains("ISO week"));
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("clients")
    void write_a_decision_carries_the_blocker_and_the_rule_against_deferrals(McpSyncClient client) {
        var text = prompt(client, "write_a_decision", Map.of("blocker_id", String.valueOf(mine), "discussion", "Legal says two weeks"));

        assertThat(text).contains("Brazil label deal stuck on video rights", "Legal says two weeks", "deferral", "resolve_blocker", "owner");
        assertThatThrownBy(() -> prompt(client, "write_a_decision", Map.of("blocker_id", "999999")))
                .isInstanceOfSatisfying(McpError.class, e -> assertThat(e.getJsonRpcError().message())
                        .isEqualTo(server.http.get("/api/v1/blockers/999999", vp).json().path("message").asText()));
    }
}
