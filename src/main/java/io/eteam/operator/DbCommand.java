package io.eteam.operator;

import io.eteam.backup.Copy;
import io.eteam.cli.Exit;
import io.eteam.db.Database;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `eteam db`: an operator's work on a whole database, with the servers stopped.
@Command(name = "db", description = "Work on a whole database, with every server on it stopped.",
        subcommands = DbCommand.CopyCommand.class)
public final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /// `eteam db copy --from URL --to URL` (BAK-6).
    @Command(name = "copy", description = "Copy an installation into an empty database, H2 or PostgreSQL either way: "
            + "every row, id, token hash and the next ids.")
    static final class CopyCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "URL", description = "JDBC URL of the installation to copy")
        String from;

        @Option(names = "--to", required = true, paramLabel = "URL",
                description = "JDBC URL of an empty database (an H2 file is made; a PostgreSQL database must exist)")
        String to;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return Operator.run(spec.commandLine().getErr(), to, () -> {
                var copied = Copy.between(from, to, Clock.systemUTC());
                var rows = copied.rows().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
                out.println("Copied " + Database.shown(from) + " into " + Database.shown(to) + " (schema version "
                        + copied.schemaVersion() + "): " + rows + ".");
                out.flush();
                return Exit.OK;
            });
        }
    }
}
