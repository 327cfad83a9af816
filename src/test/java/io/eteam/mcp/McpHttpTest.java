package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.support.RawHttp;
import io.eteam.support.TestServer;
import io.eteam.web.Limits;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// `/mcp` on the server (Streamable HTTP, stateless), driven by the MCP Java SDK's own client:
/// the same tools as `eteam mcp`, behind the same bearer tokens, refusing foreign origins.
class McpHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";

    static TestServer server;
    static String vp;
    static McpSyncClient asVp;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
        asVp = client(vp);
    }

    @AfterAll
    static void stop() {
        asVp.closeGracefully();
        server.close();
    }

    static McpSyncClient client(String token) {
        var transport = HttpClientStreamableHttpTransport.builder(server.url())
                .endpoint("/mcp")
                .jsonMapper(new JacksonMcpJsonMapper(JSON))
                .addHttpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization", "Bearer " + token))
                .build();
        var client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    static McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return asVp.callTool(McpSchema.CallToolRequest.builder(tool).arguments(arguments).build());
    }

    static HttpResponse<String> post(String token, String origin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(server.url() + "/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_tools_are_the_same_as_over_stdio_and_answer_what_the_api_answers() {
        assertThat(asVp.listTools().tools()).extracting(McpSchema.Tool::name)
                .containsExactlyElementsOf(EteamTools.all().stream().map(EteamTools.Tool::name).toList());

        var me = JSON.valueToTree(call("whoami", Map.of()).structuredContent());
        assertThat(me).isEqualTo(server.http.get("/api/v1/me", vp).json());
        var raised = JSON.valueToTree(call("raise_blocker", Map.of("title", "Raised over HTTP", "kind", "blocked")).structuredContent());
        assertThat(raised.path("title").asText()).isEqualTo("Raised over HTTP");
        assertThat(server.http.get("/api/v1/blockers/" + raised.path("id").asLong(), vp).json().path("raised_by").asText()).isEqualTo("vp-music");
    }

    @Test
    void a_deferral_is_refused_with_the_apis_sentence() {
        long id = JSON.valueToTree(call("raise_blocker", Map.of("title", "Deferred over HTTP", "kind", "blocked")).structuredContent()).path("id").asLong();

        var refused = call("resolve_blocker", Map.of("id", id, "decision", "Let's take this offline", "owner", "vp-music"));

        assertThat(refused.isError()).isTrue();
        var api = server.http.post("/api/v1/blockers/" + id + "/resolve", vp, "{\"decision\": \"Let's take this offline\", \"owner\": \"vp-music\"}");
        assertThat(((McpSchema.TextContent) refused.content().get(0)).text()).isEqualTo(api.json().path("message").asText());
    }

    @Test
    void without_a_token_with_a_wrong_one_or_a_deactivated_persons_it_is_401_with_a_json_rpc_error() throws Exception {
        var leaving = server.add("vp-leaving", "vp");
        assertThat(post(leaving, null).statusCode()).isEqualTo(200);
        assertThat(server.http.delete("/api/v1/people/vp-leaving", server.chairToken).status()).isEqualTo(200);

        for (var token : new String[] {null, "et_wrong", leaving}) {
            var refused = post(token, null);
            assertThat(refused.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            var body = JSON.readTree(refused.body());
            assertThat(body.path("jsonrpc").asText()).isEqualTo("2.0");
            assertThat(body.path("error").path("message").asText()).startsWith(token == null ? "Sign in" : "That token is not valid");
            assertThat(refused.body()).doesNotContain("stackTrace").doesNotContain("Exception");
        }
    }

    /// What the SDK would answer with its exception serialised, stack trace and all (java-sdk
    /// #577, #955), the gate answers first, as a JSON-RPC error.
    @Test
    void a_request_the_protocol_cannot_take_is_a_json_rpc_error_without_a_stack_trace() throws Exception {
        var cases = Map.of(
                "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ", "application/json, text/event-stream",
                "not json at all", "application/json, text/event-stream",
                INITIALIZE, "application/json",
                "[1, 2, 3]", "application/json, text/event-stream");
        for (var entry : cases.entrySet()) {
            var refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/mcp"))
                    .header("Content-Type", "application/json")
                    .header("Accept", entry.getValue())
                    .header("Authorization", "Bearer " + vp)
                    .POST(HttpRequest.BodyPublishers.ofString(entry.getKey())).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).as(entry.getKey()).isBetween(400, 499);
            assertThat(refused.body()).as(entry.getKey()).doesNotContain("stackTrace").doesNotContain("Exception").doesNotContain("at io.");
            assertThat(JSON.readTree(refused.body()).path("error").path("message").asText()).as(entry.getKey()).isNotBlank();
        }
    }

    /// A page on a domain an attacker re-points at this server sends its own domain as both
    /// `Origin` and `Host`, which match each other but name no host this server answers to.
    @Test
    void a_browser_request_naming_a_foreign_host_gets_403_as_dns_rebinding_would() throws Exception {
        var rebound = raw("evil.example.com", "http://evil.example.com", vp, INITIALIZE);
        var local = raw("localhost", "http://localhost", vp, INITIALIZE);
        var assistant = raw("evil.example.com", null, vp, INITIALIZE);

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.json().path("error").path("message").asText()).contains("not a name of this server");
        assertThat(local.status()).isEqualTo(200);
        assertThat(assistant.status()).as("no Origin: not a browser, which DNS rebinding needs").isEqualTo(200);
    }

    @Test
    void a_browser_on_a_name_given_with_serve_name_is_served() throws Exception {
        try (var named = TestServer.start(Clock.systemUTC(), Limits.DEFAULT.named(List.of("eteam.example")))) {
            var token = named.add("vp-named", "vp");
            int port = URI.create(named.url()).getPort();
            var request = RawHttp.Request.of("POST", "/mcp").header("Host", "eteam.example").header("Origin", "http://eteam.example")
                    .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                    .header("Authorization", "Bearer " + token).body(INITIALIZE, RawHttp.Framing.LENGTH);

            assertThat(new RawHttp(port).send(request).status()).isEqualTo(200);
        }
    }

    /// A POST with the `Host` and `Origin` given, which Java's HTTP clients will not send as given.
    static RawHttp.Answer raw(String host, String origin, String token, String body) throws Exception {
        var request = RawHttp.Request.of("POST", "/mcp").header("Host", host).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("Authorization", "Bearer " + token);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return new RawHttp(URI.create(server.url()).getPort()).send(request.body(body, RawHttp.Framing.LENGTH));
    }

    @Test
    void a_foreign_origin_gets_403_and_this_servers_own_passes() throws Exception {
        var foreign = post(vp, "https://evil.example");
        var own = post(vp, server.url());

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).path("error").path("message").asText()).contains("not this server");
        assertThat(own.statusCode()).isEqualTo(200);
    }
}
