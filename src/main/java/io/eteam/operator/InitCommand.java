package io.eteam.operator;

import io.eteam.App;
import io.eteam.db.Database;
import io.eteam.cli.Exit;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `eteam init`: creates the database and its first chair.
@Command(name = "init", description = "Create the database and its first chair; prints the chair's token alone on the last line.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--handle", required = true, paramLabel = "HANDLE", description = "the first chair's handle")
    String handle;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the first chair's full name")
    String name;

    @Option(names = "--db", defaultValue = "${env:ETEAM_DB:-" + Database.DEFAULT_URL + "}", paramLabel = "URL",
            description = "JDBC URL (default an H2 file under ./data, or ETEAM_DB)")
    String db;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        return Operator.run(err, db, () -> {
            try (var app = App.open(db, Clock.systemUTC())) {
                var issued = app.people().init(handle, name);
                out.println("Created chair " + issued.person().handle() + " (" + issued.person().name() + ") in " + Database.shown(db) + ".");
                out.println("Start the server with 'eteam serve', then sign in with 'eteam login --server http://localhost:7070 --token TOKEN'.");
                out.println("The token, shown only this once:");
                out.println(issued.token());
                out.flush();
                return Exit.OK;
            }
        });
    }
}
