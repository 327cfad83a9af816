package io.eteam.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/// What an assistant may read and attach to a conversation (MCP-4): the next meeting's agenda,
/// last week's SLA report in Markdown, the calendar, and one resource per open blocker. Each is
/// what the API answers the person the request acts for, read when it is asked for.
final class EteamResources {

    static final String JSON_TYPE = "application/json";
    static final String MARKDOWN = "text/markdown";
    static final String BLOCKER_TEMPLATE = "eteam://blockers/{id}";

    private static final Pattern BLOCKER_URI = Pattern.compile("eteam://blockers/(\\d{1,18})");

    /// One fixed resource: how it is listed and the API path its content comes from.
    private record Fixed(McpSchema.Resource resource, Function<Api, String> read) {
    }

    private static final List<Fixed> FIXED = List.of(
            new Fixed(McpSchema.Resource.builder("eteam://agenda/next", "next-agenda")
                    .title("The next meeting's agenda")
                    .description("The next E-Team meeting's stack-ranked agenda: each item's slot, the cut-off line of the"
                            + " three hours and what overflows to the meeting after.")
                    .mimeType(JSON_TYPE).build(),
                    api -> json(api.get("/api/v1/meetings/next/agenda"))),
            new Fixed(McpSchema.Resource.builder("eteam://reports/sla/last-week", "sla-last-week")
                    .title("Last week's SLA report")
                    .description("How long last week's blockers lasted against the 2.5-working-day target: the summary,"
                            + " per VP, per blocking area and the trend, in Markdown.")
                    .mimeType(MARKDOWN).build(),
                    api -> api.getText("/api/v1/reports/sla?format=md")),
            new Fixed(McpSchema.Resource.builder("eteam://calendar", "calendar")
                    .title("The working calendar")
                    .description("The calendar the SLA clock runs on: time zone, working days and hours, holidays, the"
                            + " target in working days and when the meeting is.")
                    .mimeType(JSON_TYPE).build(),
                    api -> json(api.get("/api/v1/calendar"))));

    private EteamResources() {
    }

    /// The fixed resources as the SDK reads them.
    static List<SyncResourceSpecification> fixed() {
        return FIXED.stream()
                .map(fixed -> new SyncResourceSpecification(fixed.resource(),
                        (context, request) -> read(request.uri(), fixed.resource().mimeType(), () -> fixed.read().apply(EteamMcp.api(context)))))
                .toList();
    }

    /// `eteam://blockers/{id}`: any blocker, open or not, with its history and SLA clock.
    static SyncResourceTemplateSpecification blockers() {
        var template = McpSchema.ResourceTemplate.builder(BLOCKER_TEMPLATE, "blocker")
                .title("A blocker")
                .description("One blocker with its full history (every change, refusal and decision) and its SLA clock.")
                .mimeType(JSON_TYPE).build();
        return new SyncResourceTemplateSpecification(template, (context, request) -> {
            var id = BLOCKER_URI.matcher(request.uri());
            if (!id.matches()) {
                throw McpError.RESOURCE_NOT_FOUND.apply(request.uri());
            }
            return read(request.uri(), JSON_TYPE, () -> json(EteamMcp.api(context).get("/api/v1/blockers/" + id.group(1))));
        });
    }

    /// The list a client asks for: the fixed resources, then each open blocker, asked of the API
    /// at the time of asking, so a blocker raised since appears and a resolved one is gone.
    static McpSchema.ListResourcesResult list(McpTransportContext context) {
        var resources = new ArrayList<McpSchema.Resource>();
        FIXED.forEach(fixed -> resources.add(fixed.resource()));
        for (var blocker : EteamMcp.api(context).get("/api/v1/blockers?status=open")) {
            var id = blocker.path("id").asLong();
            resources.add(McpSchema.Resource.builder("eteam://blockers/" + id, "blocker-" + id)
                    .title(blocker.path("title").asText())
                    .description("Open blocker #" + id + " raised by " + blocker.path("raised_by").asText()
                            + "; SLA " + blocker.path("sla").asText() + ", " + blocker.path("working_days").asText()
                            + " of " + blocker.path("target_days").asText() + " working days.")
                    .mimeType(JSON_TYPE).build());
        }
        return new McpSchema.ListResourcesResult(resources, null);
    }

    private static McpSchema.ReadResourceResult read(String uri, String type, java.util.function.Supplier<String> content) {
        var text = EteamMcp.answer("read of " + uri, content,
                message -> McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND).message(message).data(uri).build());
        return McpSchema.ReadResourceResult.builder(List.of(McpSchema.TextResourceContents.builder(uri, text).mimeType(type).build()))
                .build();
    }

    private static String json(JsonNode answer) {
        try {
            return ToolResults.JSON.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new Api.Refused("eteam answered something that is not JSON.");
        }
    }
}
