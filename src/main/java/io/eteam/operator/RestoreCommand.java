package io.eteam.operator;

import io.eteam.backup.Restore;
import io.eteam.cli.Exit;
import io.eteam.db.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `eteam restore`: an operator puts a backup back, with the server stopped.
@Command(name = "restore", description = "Put back a backup made by 'eteam backup', with the server stopped: all of it or nothing.")
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a backup file written by 'eteam backup'")
    Path file;

    @Option(names = "--db", defaultValue = "${env:ETEAM_DB:-" + Database.DEFAULT_URL + "}", paramLabel = "URL",
            description = "JDBC URL (default an H2 file under ./data, or ETEAM_DB)")
    String db;

    @Option(names = "--force", description = "replace everything in a database that already has people")
    boolean force;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return Operator.run(err, db, () -> {
            var restored = Restore.into(db, file, force);
            var rows = restored.rows().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.println("Restored " + file.getFileName() + " (taken " + restored.header().createdAt() + " at schema version "
                    + restored.header().schemaVersion() + ") into " + Database.shown(db) + ": " + rows + ".");
            out.flush();
            return Exit.OK;
        });
    }
}
