package io.eteam;

import io.eteam.cli.CliException;
import io.eteam.cli.ClientFactory;
import io.eteam.cli.Credentials;
import io.eteam.cli.EteamCommand;
import io.eteam.cli.Exit;
import picocli.CommandLine;

/// The `eteam` executable: operator commands (serve, init, restore) and the client commands.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        HeadStart.begin(args);
        System.exit(commandLine(Credentials.fromSystem(), args).execute(args));
    }

    /// The command line to run `args` with, client commands reading credentials from
    /// `credentials`, holding the commands `CommandTree` picks for them.
    public static CommandLine commandLine(Credentials credentials, String... args) {
        var cl = new CommandLine(new EteamCommand(), new ClientFactory(credentials));
        CommandTree.add(cl, args);
        cl.setParameterExceptionHandler(Main::badUsage);
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

    /// Bad usage: the problem in one sentence (without the Java exception picocli appends to a
    /// value it could not convert), then suggestions for a misspelt word or where help is; not
    /// the whole usage text, which buried the one line that mattered.
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        var command = e.getCommandLine();
        var err = command.getErr();
        err.println(e.getMessage().replaceAll(" \\((java|picocli)\\.[^)]*\\)", ""));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        }
        err.flush();
        return Exit.USAGE;
    }
}
