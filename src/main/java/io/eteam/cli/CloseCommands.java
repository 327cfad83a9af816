package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `eteam resolve` and `eteam withdraw`: an item leaves the agenda with a decision and an owner.
final class CloseCommands {

    private CloseCommands() {
    }

    @Command(name = "resolve", description = "Resolve a blocker with a decision and its owner (chair or the raiser). Deferrals are refused.")
    static final class Resolve extends TableCommand {

        @Parameters(paramLabel = "ID", description = "the blocker's id")
        long id;

        @Option(names = "--decision", required = true, paramLabel = "TEXT", description = "what was decided (not 'take it offline')")
        String decision;

        @Option(names = "--owner", required = true, paramLabel = "HANDLE", description = "the VP or chair accountable for the decision")
        String owner;

        @Option(names = "--due", paramLabel = "DATE", description = "when the owner acts, YYYY-MM-DD")
        String due;

        @Option(names = "--rationale", paramLabel = "TEXT", description = "the reasoning behind the decision")
        String rationale;

        @Option(names = "--overrule", paramLabel = "WHY", description = "(chair) record the decision although the deferral check refuses it, and why; kept in the history")
        String overrule;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode().put("decision", decision).put("owner", owner);
            if (due != null) {
                body.put("due", due);
            }
            if (rationale != null) {
                body.put("rationale", rationale);
            }
            if (overrule != null) {
                body.put("overrule", overrule);
            }
            var closed = api.post("/api/v1/blockers/" + id + "/resolve", body);
            if (json) {
                printJson(closed);
            } else {
                var dueText = Format.text(closed, "due");
                out().println("Resolved blocker " + id + ": " + Format.text(closed, "decision") + " — owner "
                        + Format.text(closed, "owner") + (dueText.isEmpty() ? "" : ", due " + dueText) + ".");
            }
            return Exit.OK;
        }
    }

    @Command(name = "withdraw", description = "Withdraw a blocker that no longer blocks (chair or the raiser).")
    static final class WithdrawBlocker extends TableCommand {

        @Parameters(paramLabel = "ID", description = "the blocker's id")
        long id;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it no longer blocks, e.g. 'we unblocked ourselves'")
        String reason;

        @Option(names = "--overrule", paramLabel = "WHY", description = "(chair) record the reason although the deferral check refuses it, and why; kept in the history")
        String overrule;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode().put("reason", reason);
            if (overrule != null) {
                body.put("overrule", overrule);
            }
            var closed = api.post("/api/v1/blockers/" + id + "/withdraw", body);
            if (json) {
                printJson(closed);
            } else {
                out().println("Withdrew blocker " + id + ": " + Format.text(closed, "decision"));
            }
            return Exit.OK;
        }
    }
}
