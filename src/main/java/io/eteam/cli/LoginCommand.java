package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import picocli.CommandLine.Command;

/// `eteam login`: checks a token against a server and saves both for later commands.
@Command(name = "login", description = "Check --server and --token and save them for later commands (file mode 0600).")
final class LoginCommand extends TableCommand {

    @Override
    public Integer call() {
        if (server == null || token == null) {
            throw new CliException(Exit.USAGE, "login needs both --server URL and --token TOKEN.");
        }
        return run(new ApiClient(server, token, JSON));
    }

    @Override
    int run(ApiClient api) {
        var me = api.get("/api/v1/me");
        credentials.save(api.server(), api.token(), JSON);
        if (json) {
            printJson(me);
        } else {
            out().println("Signed in to " + api.server() + " as " + WhoamiCommand.describe(me) + ".");
            out().println("Saved to " + credentials.file() + ".");
        }
        return Exit.OK;
    }
}
