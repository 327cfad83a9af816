package io.eteam;

import io.eteam.cli.ClientFactory;
import io.eteam.cli.CompletionCommand;
import io.eteam.operator.DbCommand;
import io.eteam.operator.InitCommand;
import io.eteam.operator.RestoreCommand;
import io.eteam.operator.ServeCommand;
import java.util.Set;
import picocli.CommandLine;

/// Which commands a run of `eteam` builds. picocli reads every command's annotations as it is
/// added, and all twenty of them took a VP's `eteam raise` a quarter of a second: when the
/// first argument names a command, only that command is added. Anything else (no arguments,
/// `--help`, a misspelt command) gets every command, for the usage and the suggestions, and so
/// does `completion`, which writes them all into the shell's script.
final class CommandTree {

    private static final Set<String> OPERATOR = Set.of("serve", "init", "restore", "db");

    private CommandTree() {
    }

    static void add(CommandLine cl, String... args) {
        var first = args.length == 0 ? "" : args[0];
        var clients = ClientFactory.commands();
        boolean all = !OPERATOR.contains(first) && !clients.containsKey(first);
        if (all) {
            cl.addSubcommand("completion", new CompletionCommand());
        }
        if (all || first.equals("serve")) {
            cl.addSubcommand("serve", new ServeCommand());
        }
        if (all || first.equals("init")) {
            cl.addSubcommand("init", new InitCommand());
        }
        if (all || first.equals("restore")) {
            cl.addSubcommand("restore", new RestoreCommand());
        }
        if (all || first.equals("db")) {
            cl.addSubcommand("db", new DbCommand());
        }
        clients.forEach((name, command) -> {
            if (all || name.equals(first)) {
                cl.addSubcommand(name, command);
            }
        });
    }
}
