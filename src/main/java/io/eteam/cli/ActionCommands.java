package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `eteam actions` and `eteam done`: the decisions' follow-through (issue 18).
final class ActionCommands {

    private ActionCommands() {
    }

    @Command(name = "actions", description = "List the actions the decisions gave their owners (default: open and overdue ones).")
    static final class Actions extends TableCommand {

        @Option(names = "--mine", description = "only actions you own")
        boolean mine;

        @Option(names = "--overdue", description = "only actions past their due date and not done")
        boolean overdue;

        @Option(names = "--owner", paramLabel = "HANDLE", description = "only actions this person owns")
        String owner;

        @Option(names = "--all", description = "done ones too")
        boolean all;

        @Override
        int run(ApiClient api) {
            var whose = mine ? api.get("/api/v1/me").path("handle").asText() : owner;
            // Overdue first, then open (done ones too with --all): each status is asked for by
            // name, so the server never sends the years of done actions only to be dropped here.
            var statuses = overdue ? List.of("overdue") : all ? List.of("overdue", "open", "done") : List.of("overdue", "open");
            var shown = new ArrayList<JsonNode>();
            for (var status : statuses) {
                var path = "/api/v1/actions?status=" + status + (whose == null ? "" : "&owner=" + ApiClient.encode(whose));
                api.get(path).path("actions").forEach(shown::add);
            }
            if (json) {
                var list = JSON.createObjectNode();
                list.putArray("actions").addAll(shown);
                printJson(list);
                return Exit.OK;
            }
            if (shown.isEmpty()) {
                out().println("No " + (overdue ? "overdue " : all ? "" : "open ") + "actions" + (whose == null ? "." : " owned by " + whose + "."));
                return Exit.OK;
            }
            var table = new Table(List.of("ID", "DUE", "STATUS", "OWNER", "DECISION"), 8, 10, 8, 12, 50).fit(100, 4)
                    .colour(terminal().colour(), 2);
            for (var a : shown) {
                table.row(a.path("id").asLong(), Format.text(a, "due"), Format.text(a, "status"), Format.text(a, "owner"),
                        Format.text(a, "decision"));
            }
            table.print(out());
            return Exit.OK;
        }
    }

    @Command(name = "escalate", description = "Raise an overdue action again as a blocker, blocked by its owner and "
            + "repeating the original (VPs and chairs). Prints the new blocker's id alone on the last line.")
    static final class Escalate extends TableCommand {

        @Parameters(paramLabel = "ID", description = "the overdue action's id (its blocker's)")
        long id;

        @Option(names = "--impact", paramLabel = "IMPACT", description = "high (default), medium or low")
        String impact;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            if (impact != null) {
                body.put("impact", impact);
            }
            var raised = api.post("/api/v1/actions/" + id + "/blocker", body);
            if (json) {
                printJson(raised);
                return Exit.OK;
            }
            out().println("Raised blocker " + raised.path("id").asLong() + ": " + Format.text(raised, "title")
                    + " (blocked by " + Format.text(raised, "blocking") + ", repeating blocker " + id + ").");
            out().println(raised.path("id").asLong());
            return Exit.OK;
        }
    }

    @Command(name = "done", description = "Mark an action done (its owner or a chair).")
    static final class Done extends TableCommand {

        @Parameters(paramLabel = "ID", description = "the action's id (its blocker's)")
        long id;

        @Option(names = "--note", paramLabel = "TEXT", description = "what was done")
        String note;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            if (note != null) {
                body.put("note", note);
            }
            var done = api.post("/api/v1/actions/" + id + "/done", body);
            if (json) {
                printJson(done);
            } else {
                out().println("Action " + id + " done: " + Format.text(done, "decision") + " (owner " + Format.text(done, "owner") + ").");
            }
            return Exit.OK;
        }
    }
}
