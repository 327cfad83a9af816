package io.eteam;

import io.eteam.cli.CliException;
import io.eteam.cli.ClientFactory;
import io.eteam.cli.Credentials;
import io.eteam.cli.EteamCommand;
import io.eteam.cli.Exit;
import picocli.CommandLine;

/// The `eteam` executable: operator commands (serve, init) and the client commands.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine(Credentials.fromSystem()).execute(args));
    }

    /// The full command line, with client commands reading credentials from `credentials`.
    public static CommandLine commandLine(Credentials credentials) {
        var factory = new ClientFactory(credentials);
        var cl = new CommandLine(new EteamCommand(), factory);
        cl.addSubcommand("serve", new ServeCommand());
        cl.addSubcommand("init", new InitCommand());
        for (var command : ClientFactory.commands()) {
            cl.addSubcommand(command);
        }
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            var err = commandLine.getErr();
            if (e instanceof CliException failure) {
                err.println(failure.getMessage());
                err.flush();
                return failure.exitCode();
            }
            err.println("eteam failed unexpectedly: " + e);
            err.flush();
            return Exit.UNAVAILABLE;
        });
        return cl;
    }
}
