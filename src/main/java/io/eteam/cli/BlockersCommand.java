package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `eteam blockers`: the list a VP checks between Tuesdays.
@Command(name = "blockers", description = "List blockers (default: open ones).")
final class BlockersCommand extends TableCommand {

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
            description = "open (default), resolved, withdrawn or all")
    String status;

    @Option(names = "--mine", description = "only blockers you raised")
    boolean mine;

    @Override
    int run(ApiClient api) {
        var path = "/api/v1/blockers?status=" + ApiClient.encode(status);
        if (mine) {
            path += "&raised_by=" + ApiClient.encode(api.get("/api/v1/me").path("handle").asText());
        }
        var blockers = api.get(path);
        if (json) {
            printJson(blockers);
            return Exit.OK;
        }
        if (blockers.isEmpty()) {
            out().println("No " + (status.equals("all") ? "" : status + " ") + "blockers" + (mine ? " raised by you." : "."));
            return Exit.OK;
        }
        var table = new Table(List.of("ID", "IMPACT", "KIND", "TITLE", "RAISED BY", "BLOCKING", "STATUS", "DAYS", "SLA"),
                8, 6, 10, 36, 12, 12, 9, 0, 8).fit(100, 3).colour(terminal().colour(), 8);
        for (JsonNode b : blockers) {
            table.row(b.path("id").asLong(), Format.text(b, "impact"), Format.text(b, "kind"), Format.text(b, "title"),
                    Format.text(b, "raised_by"), Format.text(b, "blocking"), Format.text(b, "status"),
                    Format.text(b, "working_days") + "/" + Format.text(b, "target_days"), Format.sla(b));
        }
        table.print(out());
        return Exit.OK;
    }
}
