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
        if (args.length > 0 && ClientFactory.commands().containsKey(args[0])) {
            ClientFactory.prepare();
        } else if (args.length > 0 && args[0].equals("serve")) {
            ServeCommand.prepare();
        }
        System.exit(commandLine(Credentials.fromSystem(), args).execute(args));
    }

    /// The command line to run `args` with, client commands reading credentials from
    /// `credentials`. When the first argument names a command, only that command is added:
    /// picocli reads every command's annotations as it is added, and all of them took a VP's
    /// `eteam raise` a quarter of a second. Anything else (no arguments, `--help`, a misspelt
    /// command) gets every command, for the usage and the suggestions.
    public static CommandLine commandLine(Credentials credentials, String... args) {
        var first = args.length == 0 ? "" : args[0];
        var factory = new ClientFactory(credentials);
        var cl = new CommandLine(new EteamCommand(), factory);
        var clients = ClientFactory.commands();
        boolean all = !first.equals("serve") && !first.equals("init") && !first.equals("restore") && !clients.containsKey(first);
        if (all || first.equals("serve")) {
            cl.addSubcommand("serve", new ServeCommand());
        }
        if (all || first.equals("init")) {
            cl.addSubcommand("init", new InitCommand());
        }
        if (all || first.equals("restore")) {
            cl.addSubcommand("restore", new RestoreCommand());
        }
        clients.forEach((name, command) -> {
            if (all || name.equals(first)) {
                cl.addSubcommand(name, command);
            }
        });
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
