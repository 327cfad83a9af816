package io.eteam.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/// A failure that is not the API's refusal (a bug, a broken connection library) reaches the
/// assistant as a plain sentence with the protocol's own error code, never the exception's text,
/// for tools, resources and prompts alike.
class StdioFailureTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SECRET = "SECRET internal detail at io.eteam.Something";

    /// An API whose every answer fails as no refusal does.
    static final Api BROKEN = new Api() {
        @Override
        public JsonNode get(String path) {
            throw new IllegalStateException(SECRET);
        }

        @Override
        public JsonNode post(String path, JsonNode body) {
            throw new IllegalStateException(SECRET);
        }

        @Override
        public String getText(String path) {
            throw new IllegalStateException(SECRET);
        }
    };

    @Test
    void a_failure_is_told_without_its_text() throws Exception {
        var requests = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"whoami\",\"arguments\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/read\",\"params\":{\"uri\":\"eteam://calendar\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"prompts/get\",\"params\":{\"name\":\"prepare_for_tuesday\",\"arguments\":{}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"resources/list\"}");
        var out = new ByteArrayOutputStream();

        StdioServer.serve(BROKEN, "test", new ByteArrayInputStream(String.join("\n", requests).getBytes(StandardCharsets.UTF_8)), out);

        var answers = out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
        assertThat(answers).hasSize(5);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("SECRET").doesNotContain("IllegalStateException");
        assertThat(answers.get(1).path("result").path("isError").asBoolean()).isTrue();
        assertThat(answers.get(1).path("result").path("content").get(0).path("text").asText()).isEqualTo(EteamMcp.FAILED);
        for (var answer : answers.subList(2, 4)) {
            assertThat(answer.path("error").path("code").asInt()).as(answer.toString()).isEqualTo(-32603);
            assertThat(answer.path("error").path("message").asText()).isEqualTo(EteamMcp.FAILED);
        }
        assertThat(answers.get(4).path("error").path("message").asText()).isEqualTo(EteamMcp.FAILED);
    }
}
