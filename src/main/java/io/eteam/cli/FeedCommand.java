package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/// `eteam feed token|revoke`: your personal calendar feed (issue 18), a URL that Google Calendar,
/// Outlook or Apple Calendar subscribe to.
@Command(name = "feed", description = "Your calendar feed: the meetings and your actions, for any calendar app.",
        subcommands = {FeedCommand.Token.class, FeedCommand.Revoke.class})
final class FeedCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "token", description = "Make your calendar feed URL (shown once, alone on the last line); your earlier one stops working.")
    static final class Token extends TableCommand {

        @Override
        int run(ApiClient api) {
            var made = (ObjectNode) api.post("/api/v1/feed-token", JSON.createObjectNode());
            // The server knows the path; the address it is reached at is the one this client uses.
            var url = api.server() + made.path("path").asText();
            if (json) {
                made.put("url", url);
                printJson(made);
            } else {
                out().println("Your calendar feed: subscribe to this URL in your calendar app (\"From URL\" / \"Subscribe\")."
                        + " Anyone with it sees your meetings and actions; shown only this once, and your earlier URL no longer works:");
                out().println(url);
            }
            return Exit.OK;
        }
    }

    @Command(name = "revoke", description = "Stop your calendar feed: its URL no longer works.")
    static final class Revoke extends TableCommand {

        @Override
        int run(ApiClient api) {
            var answer = api.delete("/api/v1/feed-token");
            if (json) {
                printJson(answer);
            } else if (answer.path("revoked").asBoolean()) {
                out().println("Your calendar feed is revoked: its URL no longer works.");
            } else {
                out().println("You had no calendar feed; nothing to revoke.");
            }
            return Exit.OK;
        }
    }
}
