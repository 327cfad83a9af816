package io.eteam.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/// The tools, each a thin call of the HTTP API (MCP-1) with what a model needs to use it well
/// (MCP-2). Transports (stdio here, HTTP later) turn a `Tool` into the SDK's specification.
public final class EteamTools {

    /// One tool: its protocol description and what it does with its arguments.
    public record Tool(String name, String title, String description, Map<String, Object> inputSchema,
                       Map<String, Object> outputSchema, boolean readOnly, boolean destructive, boolean idempotent,
                       BiFunction<Api, JsonNode, JsonNode> call) {
    }

    private static final ObjectMapper JSON = ToolResults.JSON;

    private EteamTools() {
    }

    /// Every tool, in the order a client lists them.
    public static List<Tool> all() {
        var tools = new ArrayList<Tool>();
        tools.add(new Tool("whoami", "Who am I",
                "Who the assistant acts as in eteam: handle, name, role (chair, vp or member) and team. Only VPs and chairs attend"
                        + " the E-Team meeting and may raise blockers.",
                object(Map.of()), PERSON, true, false, true,
                (api, args) -> api.get("/api/v1/me")));
        tools.add(new Tool("list_blockers", "List blockers",
                "Blockers raised to the E-Team, newest first, each with its SLA clock (working days open against the 2.5-day"
                        + " target, and sla: met, breached, at_risk or open). Filter by status (default open), who raised it, the"
                        + " VP whose team it blocks (blocking), its team, kind, SLA status, or words in its title or detail.",
                object(Map.of(
                        "status", enumeration("open, resolved, withdrawn or all (default open)", "open", "resolved", "withdrawn", "all"),
                        "raised_by", text("handle of the VP who raised it"),
                        "blocking", text("handle of the VP whose team it blocks"),
                        "team", text("the team it blocks, e.g. Podcasts (matched without case)"),
                        "kind", enumeration("the kind of blocker", "blocked", "misaligned", "off-track"),
                        "sla", enumeration("SLA status", "met", "breached", "at_risk", "open"),
                        "text", text("words to find in the title or detail (without case)"))),
                wrapper("blockers", BLOCKER), true, false, true,
                EteamTools::listBlockers));
        tools.add(new Tool("get_blocker", "Get a blocker",
                "One blocker with its full history (every change, refusal and decision) and its SLA clock.",
                object(Map.of("id", integer("the blocker's id")), "id"),
                BLOCKER, true, false, true,
                (api, args) -> api.get("/api/v1/blockers/" + args.path("id").asLong())));
        tools.add(new Tool("raise_blocker", "Raise a blocker",
                "Raises a blocker for the next E-Team meeting (VPs and chairs only). Give a short title that says what is"
                        + " blocked and by what; kind is blocked (a team cannot proceed), misaligned (two teams disagree) or"
                        + " off-track (a plan is slipping); impact high, medium or low; blocking is the handle of the VP whose"
                        + " team it blocks. Answers the new blocker.",
                object(Map.of(
                        "title", text("what is blocked and by what, one line"),
                        "kind", enumeration("blocked, misaligned or off-track", "blocked", "misaligned", "off-track"),
                        "impact", enumeration("high, medium or low (default medium)", "high", "medium", "low"),
                        "detail", text("more context: who, what was tried"),
                        "minutes", integer("minutes of meeting time it needs (default 10)"),
                        "blocking", text("handle of the VP whose team it blocks"),
                        "team", text("the team it blocks, when not your own (its SLA clock runs on that team's calendar)")),
                        "title", "kind"),
                BLOCKER, false, false, false,
                (api, args) -> api.post("/api/v1/blockers", pick(args, "title", "kind", "impact", "detail", "minutes", "blocking", "team"))));
        tools.add(new Tool("resolve_blocker", "Resolve a blocker",
                "Records the E-Team's decision on a blocker (its raiser or a chair). The decision must be an actual decision"
                        + " with an owner and, best, a due date: deferring it (taking it offline, waiting, scheduling another"
                        + " meeting) is refused, with a sentence saying why. Answers the resolved blocker.",
                object(Map.of(
                        "id", integer("the blocker's id"),
                        "decision", text("what was decided, e.g. 'Legal clears the video rights by Friday; we launch Brazil on 1 March'"),
                        "owner", text("handle of the VP who owns carrying it out"),
                        "due", text("when it is due, YYYY-MM-DD"),
                        "rationale", text("why this decision")), "id", "decision", "owner"),
                BLOCKER, false, false, false,
                (api, args) -> api.post("/api/v1/blockers/" + args.path("id").asLong() + "/resolve",
                        pick(args, "decision", "owner", "due", "rationale"))));
        tools.add(new Tool("withdraw_blocker", "Withdraw a blocker",
                "Withdraws a blocker that no longer blocks anyone (its raiser or a chair), with the reason. A reason that only"
                        + " defers the blocker is refused. Answers the withdrawn blocker.",
                object(Map.of(
                        "id", integer("the blocker's id"),
                        "reason", text("why it no longer blocks anyone")), "id", "reason"),
                BLOCKER, false, true, false,
                (api, args) -> api.post("/api/v1/blockers/" + args.path("id").asLong() + "/withdraw", pick(args, "reason"))));
        tools.add(new Tool("get_agenda", "Get the agenda",
                "A meeting's stack-ranked agenda: each item with its time slot, whether it is above the cut-off line of the"
                        + " three hours, and what overflows to the next meeting. Breached blockers come first, then by impact.",
                object(Map.of("date", text("the meeting's date, YYYY-MM-DD, or next (default)"))),
                object(Map.of()), true, false, true,
                (api, args) -> api.get("/api/v1/meetings/" + date(args) + "/agenda")));
        tools.add(new Tool("get_meeting", "Get a meeting",
                "A meeting: its date, start and end, status (scheduled, running or ended) and who has checked in.",
                object(Map.of("date", text("the meeting's date, YYYY-MM-DD, or next (default)"))),
                object(Map.of()), true, false, true,
                (api, args) -> api.get("/api/v1/meetings/" + date(args))));
        tools.add(new Tool("check_in", "Check in",
                "Checks a VP in at the meeting room on the meeting's day: only VPs attend, in person, no proxies. Without a"
                        + " handle, checks in the person the assistant acts as; a chair may check in a VP by handle.",
                object(Map.of(
                        "date", text("the meeting's date, YYYY-MM-DD, or next (default)"),
                        "handle", text("the VP to check in (chairs only; default yourself)"))),
                object(Map.of()), false, false, true,
                (api, args) -> api.post("/api/v1/meetings/" + date(args) + "/attendees", pick(args, "handle"))));
        tools.add(new Tool("sla_report", "SLA report",
                "How long blockers lasted against the 2.5-working-day target, for an ISO week (e.g. 2026-W49; default last"
                        + " week) or a range of dates: the summary, per VP, per blocking area and the trend.",
                object(Map.of(
                        "week", text("ISO week, YYYY-Www"),
                        "from", text("first day, YYYY-MM-DD (with to)"),
                        "to", text("last day, YYYY-MM-DD (with from)"))),
                object(Map.of()), true, false, true,
                EteamTools::slaReport));
        tools.add(new Tool("get_calendar", "Get the calendar",
                "The working calendar the SLA clock runs on: time zone, working days and hours, holidays, the target in working"
                        + " days and when the meeting is. A team may have its own.",
                object(Map.of("team", text("a team's calendar instead of the installation's"))),
                object(Map.of()), true, false, true,
                (api, args) -> api.get("/api/v1/calendar" + query(Map.of("team", args.path("team").asText(""))))));
        return tools;
    }

    private static JsonNode listBlockers(Api api, JsonNode args) {
        var status = args.path("status").asText("open");
        var all = api.get("/api/v1/blockers" + query(Map.of("status", status, "raised_by", args.path("raised_by").asText(""))));
        var kept = JSON.createArrayNode();
        for (var blocker : all) {
            if (matches(blocker, "blocking", args) && matches(blocker, "team", args) && matches(blocker, "kind", args)
                    && matches(blocker, "sla", args) && mentions(blocker, args.path("text").asText(""))) {
                kept.add(blocker);
            }
        }
        var result = JSON.createObjectNode();
        result.set("blockers", kept);
        return result;
    }

    private static JsonNode slaReport(Api api, JsonNode args) {
        var params = new LinkedHashMap<String, String>();
        params.put("week", args.path("week").asText(""));
        params.put("from", args.path("from").asText(""));
        params.put("to", args.path("to").asText(""));
        params.put("format", "json");
        return api.get("/api/v1/reports/sla" + query(params));
    }

    private static boolean matches(JsonNode blocker, String field, JsonNode args) {
        var wanted = args.path(field).asText("");
        return wanted.isEmpty() || wanted.equalsIgnoreCase(blocker.path(field).asText(""));
    }

    private static boolean mentions(JsonNode blocker, String words) {
        if (words.isBlank()) {
            return true;
        }
        var haystack = (blocker.path("title").asText("") + "\n" + blocker.path("detail").asText("")).toLowerCase(Locale.ROOT);
        return haystack.contains(words.strip().toLowerCase(Locale.ROOT));
    }

    private static String date(JsonNode args) {
        var date = args.path("date").asText("");
        return date.isBlank() ? "next" : URLEncoder.encode(date.strip(), StandardCharsets.UTF_8);
    }

    /// `?name=value&...` of the values that are not empty, or nothing.
    private static String query(Map<String, String> params) {
        var query = new StringBuilder();
        params.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /// The named arguments that were given, as the API's request body.
    private static ObjectNode pick(JsonNode args, String... names) {
        var body = JSON.createObjectNode();
        for (var name : names) {
            if (args.hasNonNull(name)) {
                body.set(name, args.get(name));
            }
        }
        return body;
    }

    private static final Map<String, Object> PERSON = object(Map.of(
            "handle", text("the person's handle"),
            "name", text("their name"),
            "role", enumeration("chair, vp or member", "chair", "vp", "member")), "handle", "role");

    private static final Map<String, Object> BLOCKER = object(Map.of(
            "id", integer("the blocker's id"),
            "title", text("what is blocked"),
            "status", enumeration("open, resolved or withdrawn", "open", "resolved", "withdrawn"),
            "sla", text("met, breached, at_risk or open")), "id", "title", "status");

    private static Map<String, Object> wrapper(String name, Map<String, Object> item) {
        var array = new LinkedHashMap<String, Object>();
        array.put("type", "array");
        array.put("items", item);
        return object(Map.of(name, array), name);
    }

    private static Map<String, Object> object(Map<String, Object> properties, String... required) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (required.length > 0) {
            schema.put("required", List.of(required));
        }
        return schema;
    }

    private static Map<String, Object> text(String description) {
        return Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> integer(String description) {
        return Map.of("type", "integer", "description", description);
    }

    private static Map<String, Object> enumeration(String description, String... values) {
        return Map.of("type", "string", "description", description, "enum", List.of(values));
    }
}
