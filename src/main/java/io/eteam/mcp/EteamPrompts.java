package io.eteam.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/// Conversations a person starts from their assistant's prompt menu (MCP-5), each filled with
/// what the API answers them now, so the model begins from eteam's facts and rules.
final class EteamPrompts {

    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final Pattern ID = Pattern.compile("#?\\s*(\\d{1,18})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private EteamPrompts() {
    }

    static List<SyncPromptSpecification> all() {
        return List.of(
                prompt(McpSchema.Prompt.builder("prepare_for_tuesday")
                        .title("Prepare for Tuesday")
                        .description("My open blockers (raised by me or blocking my team), their SLA clocks and where each"
                                + " falls on the next meeting's agenda, to prepare what the meeting must decide.")
                        .arguments(List.of()).build(),
                        (api, args) -> prepareForTuesday(api)),
                prompt(McpSchema.Prompt.builder("weekly_sla_summary")
                        .title("Weekly SLA summary")
                        .description("Drafts the week's SLA summary for the E-Team from the SLA report: how many blockers met"
                                + " the 2.5-working-day target, the breaches, the trend.")
                        .arguments(List.of(McpSchema.PromptArgument.builder("week")
                                .description("ISO week, e.g. 2026-W49 (default: last week)").required(false).build()))
                        .build(),
                        EteamPrompts::weeklySlaSummary),
                prompt(McpSchema.Prompt.builder("write_a_decision")
                        .title("Write a decision")
                        .description("Turns the meeting's discussion of a blocker into a decision with an owner and a due date"
                                + " that eteam will accept: never a deferral.")
                        .arguments(List.of(
                                McpSchema.PromptArgument.builder("blocker_id").description("the blocker's id").required(true).build(),
                                McpSchema.PromptArgument.builder("discussion")
                                        .description("what was said about it in the meeting").required(false).build()))
                        .build(),
                        EteamPrompts::writeADecision));
    }

    private static String prepareForTuesday(Api api) {
        var me = api.get("/api/v1/me");
        var handle = me.path("handle").asText();
        var agenda = api.get("/api/v1/meetings/next/agenda");
        var zone = zone(agenda.path("meeting").path("zone").asText("UTC"));
        var text = new StringBuilder();
        text.append("Help me prepare for the next E-Team meeting, ").append(agenda.path("meeting").path("date").asText())
                .append(". I am ").append(me.path("name").asText(handle)).append(" (").append(handle).append(", ")
                .append(me.path("role").asText()).append(").\n\n");
        int mine = 0;
        for (var blocker : api.get("/api/v1/blockers?status=open")) {
            if (!handle.equals(blocker.path("raised_by").asText()) && !handle.equals(blocker.path("blocking").asText())) {
                continue;
            }
            mine++;
            text.append("- #").append(blocker.path("id").asLong()).append(' ').append(blocker.path("title").asText())
                    .append(" — ").append(blocker.path("kind").asText()).append(", ").append(blocker.path("impact").asText())
                    .append(" impact; raised by ").append(blocker.path("raised_by").asText());
            if (!blocker.path("blocking").asText("").isEmpty()) {
                text.append(", blocking ").append(blocker.path("blocking").asText());
            }
            text.append("; open ").append(blocker.path("working_days").asText()).append(" of ")
                    .append(blocker.path("target_days").asText()).append(" working days, SLA ")
                    .append(blocker.path("sla").asText()).append("; ").append(placeOnAgenda(agenda, blocker.path("id").asLong(), zone))
                    .append(".\n");
        }
        if (mine == 0) {
            text.append("I have no open blockers, raised by me or blocking my team.\n");
        }
        text.append("\nThe meeting has three hours; items below the cut-off line overflow to the meeting after, and no team"
                + " should stay blocked more than 2.5 working days. For each of my blockers: what must the meeting decide,"
                + " who must be in the room (VPs only, in person), which will breach the SLA before the meeting, and what I"
                + " should bring. Nothing may be taken offline: every item ends with a decision, an owner and a due date.");
        return text.toString();
    }

    /// Where a blocker falls: its slot above the line, its place in the overflow, or nowhere.
    private static String placeOnAgenda(JsonNode agenda, long id, ZoneId zone) {
        for (var item : agenda.path("items")) {
            if (item.path("blocker_id").asLong() == id) {
                return "agenda item " + item.path("rank").asInt() + " at " + time(item.path("starts_at").asText(), zone)
                        + ", above the cut-off line";
            }
        }
        for (var item : agenda.path("overflow")) {
            if (item.path("blocker_id").asLong() == id) {
                return "below the cut-off line (rank " + item.path("rank").asInt() + "): it overflows to the meeting after";
            }
        }
        return "not on this agenda";
    }

    private static String weeklySlaSummary(Api api, Map<String, String> args) {
        var week = args.getOrDefault("week", "").strip();
        if (!week.isEmpty() && !WEEK.matcher(week).matches()) {
            throw invalid("week is an ISO week such as 2026-W49, not '" + week + "'.");
        }
        var report = api.getText("/api/v1/reports/sla?format=md"
                + (week.isEmpty() ? "" : "&week=" + URLEncoder.encode(week, StandardCharsets.UTF_8)));
        return "Draft the E-Team's weekly SLA summary from the report below, for the co-presidents to send to the VPs. Lead"
                + " with how many blockers were cleared within the 2.5-working-day target and how many breached it; name each"
                + " breach, whose team it blocked and how long it lasted; say how the trend moves against the weeks before;"
                + " end with one concrete recommendation. Plain language, under 200 words, no tables; use only the figures in"
                + " the report.\n\n" + report;
    }

    private static String writeADecision(Api api, Map<String, String> args) {
        var id = ID.matcher(args.getOrDefault("blocker_id", "").strip());
        if (!id.matches()) {
            throw invalid("blocker_id is the blocker's number, e.g. 42.");
        }
        var blocker = api.get("/api/v1/blockers/" + id.group(1));
        var text = new StringBuilder();
        text.append("Help me write the E-Team's decision on blocker #").append(blocker.path("id").asLong()).append(": ")
                .append(blocker.path("title").asText()).append('\n');
        if (!blocker.path("detail").asText("").isBlank()) {
            text.append("Detail: ").append(blocker.path("detail").asText()).append('\n');
        }
        text.append("Kind ").append(blocker.path("kind").asText()).append(", impact ").append(blocker.path("impact").asText())
                .append(", raised by ").append(blocker.path("raised_by").asText());
        if (!blocker.path("blocking").asText("").isEmpty()) {
            text.append(", blocking ").append(blocker.path("blocking").asText());
        }
        text.append("; status ").append(blocker.path("status").asText()).append(".\n");
        var discussion = args.getOrDefault("discussion", "").strip();
        text.append(discussion.isEmpty() ? "\nI will tell you what was said in the meeting.\n" : "\nWhat was said:\n" + discussion + "\n");
        text.append("\nA decision says what will happen, who owns carrying it out (one VP, by handle) and by when (a date,"
                + " YYYY-MM-DD). eteam refuses any deferral as a decision: taking it offline, waiting or revisiting later,"
                + " scheduling another meeting, asking someone to look into it or come back with options. If the discussion"
                + " did not reach a decision, say what is missing and offer two or three concrete decisions the room could"
                + " take now. Answer with the decision, the owner, the due date and a one-line rationale; once I agree,"
                + " record it with the resolve_blocker tool (id ").append(blocker.path("id").asLong()).append(").");
        return text.toString();
    }

    private static SyncPromptSpecification prompt(McpSchema.Prompt prompt, BiFunction<Api, Map<String, String>, String> text) {
        return new SyncPromptSpecification(prompt, (context, request) -> {
            var args = new HashMap<String, String>();
            if (request.arguments() != null) {
                request.arguments().forEach((name, value) -> args.put(name, value == null ? "" : String.valueOf(value)));
            }
            var content = EteamMcp.answer("prompt " + prompt.name(), () -> text.apply(EteamMcp.api(context), args),
                    EteamPrompts::invalid);
            return McpSchema.GetPromptResult.builder(List.of(McpSchema.PromptMessage.builder(McpSchema.Role.USER,
                    new McpSchema.TextContent(content)).build()))
                    .description(prompt.description()).build();
        });
    }

    private static McpError invalid(String message) {
        return EteamMcp.error(McpSchema.ErrorCodes.INVALID_PARAMS, message);
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static String time(String instant, ZoneId zone) {
        try {
            return TIME.format(Instant.parse(instant).atZone(zone));
        } catch (RuntimeException e) {
            return instant;
        }
    }
}
