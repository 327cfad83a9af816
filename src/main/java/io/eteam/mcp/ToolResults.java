package io.eteam.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;

/// A `Tool` as the SDK describes and calls it, whatever the transport.
final class ToolResults {

    /// The one JSON mapper of this package: building one takes as long as a short tool call.
    static final ObjectMapper JSON = new ObjectMapper();

    private ToolResults() {
    }

    static McpSchema.Tool describe(EteamTools.Tool tool) {
        return McpSchema.Tool.builder(tool.name(), tool.inputSchema())
                .title(tool.title())
                .description(tool.description())
                .outputSchema(tool.outputSchema())
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title(tool.title())
                        .readOnlyHint(tool.readOnly())
                        .destructiveHint(tool.destructive())
                        .idempotentHint(tool.idempotent())
                        .openWorldHint(false)
                        .build())
                .build();
    }

    /// MCP-1, MCP-2 — the API's answer as structured content and text; a refusal as a tool error
    /// whose text is the API's sentence. Nothing thrown reaches the protocol as a stack trace.
    static McpSchema.CallToolResult call(EteamTools.Tool tool, Api api, Map<String, Object> arguments) {
        JsonNode answer;
        try {
            answer = tool.call().apply(api, JSON.valueToTree(arguments == null ? Map.of() : arguments));
        } catch (Api.Refused refused) {
            return error(refused.getMessage());
        } catch (RuntimeException e) {
            return error(EteamMcp.failed("tool " + tool.name(), e));
        }
        try {
            return McpSchema.CallToolResult.builder()
                    .structuredContent(JSON.convertValue(answer, Map.class))
                    .addTextContent(JSON.writeValueAsString(answer))
                    .build();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return error("eteam answered something that is not JSON.");
        }
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder().isError(true).addTextContent(message).build();
    }
}
