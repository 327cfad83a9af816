package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;

/// `eteam whoami`: who the saved (or given) token belongs to.
@Command(name = "whoami", description = "Show who you are signed in as, and where.")
final class WhoamiCommand extends TableCommand {

    @Override
    int run(ApiClient api) {
        var me = api.get("/api/v1/me");
        if (json) {
            printJson(me);
        } else {
            out().println(describe(me) + " on " + api.server());
        }
        return Exit.OK;
    }

    static String describe(JsonNode person) {
        var team = Format.text(person, "team");
        return Format.text(person, "handle") + " (" + Format.text(person, "name") + ", "
                + Format.text(person, "role") + (team.isEmpty() ? "" : ", " + team) + ")";
    }
}
