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
            // One sentence for people; the trace only when asked for (issue 19).
            err.println("eteam failed unexpectedly" + detail(e) + ". Run the command again with --debug to see where,"
                    + " and report it with that output if it happens again.");
            if (debugging(parseResult)) {
                e.printStackTrace(err);
            }
            err.flush();
            return Exit.UNAVAILABLE;
        });
        return cl;
    }

    /// The failure's own words when it has some, without the Java class that carried them.
    private static String detail(Exception e) {
        var message = e.getMessage();
        if (message == null || message.isBlank()) {
            return "";
        }
        var line = message.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    /// True when `--debug` was given to the command that ran or to any command above it.
    private static boolean debugging(CommandLine.ParseResult parseResult) {
        for (var result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
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
