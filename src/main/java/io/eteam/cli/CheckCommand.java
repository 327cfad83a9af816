package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `eteam check TEXT`: what the deferral check says of a decision before it is recorded; exit 1
/// for a deferral, so a script can test a text the way the server will.
@Command(name = "check", description = "Check whether a decision text decides or defers (exit 1 for a deferral). Changes nothing.")
final class CheckCommand extends TableCommand {

    @Parameters(paramLabel = "TEXT", description = "the decision or reason, as you would record it")
    String text;

    @Override
    int run(ApiClient api) {
        var verdict = api.post("/api/v1/deferral-check", JSON.createObjectNode().put("text", text));
        boolean deferral = verdict.path("deferral").asBoolean();
        if (json) {
            printJson(verdict);
        } else if (deferral) {
            out().println("Deferral: '" + Format.text(verdict, "phrase") + "' — " + Format.text(verdict, "hint"));
        } else {
            out().println("Decision: nothing in it puts the decision off.");
        }
        out().flush();
        return deferral ? Exit.REFUSED : Exit.OK;
    }
}
