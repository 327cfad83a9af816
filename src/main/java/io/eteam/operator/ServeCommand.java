package io.eteam.operator;

import io.eteam.App;
import io.eteam.cli.ClassArchive;
import io.eteam.cli.Exit;
import io.eteam.db.Database;
import io.eteam.demo.Demo;
import io.eteam.web.Limits;
import io.eteam.web.Origins;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `eteam serve`: runs the server until the process is stopped.
@Command(name = "serve", description = "Run the eteam server.")
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "${env:ETEAM_PORT:-7070}", paramLabel = "PORT",
            description = "HTTP port (default 7070, or ETEAM_PORT)")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "address to listen on (default all interfaces; 127.0.0.1 for this machine only)")
    String host;

    @Option(names = "--db", defaultValue = "${env:ETEAM_DB:-" + Database.DEFAULT_URL + "}", paramLabel = "URL",
            description = "JDBC URL (default an H2 file under ./data, or ETEAM_DB)")
    String db;

    @Option(names = "--behind-proxy",
            description = "take each request's address from the reverse proxy's X-Forwarded-For or Forwarded header; only when nothing but the proxy can reach this port")
    boolean behindProxy;

    @Option(names = "--name", split = ",", paramLabel = "HOST", defaultValue = "${env:ETEAM_NAMES}",
            description = "a DNS name browsers reach this server by (repeatable, or comma-separated in ETEAM_NAMES); a browser's request to /mcp naming a host that is not one of these, localhost or an IP address is refused (DNS rebinding)")
    List<String> names = new ArrayList<>();

    @Option(names = "--demo",
            description = "serve a fictional E-Team with twelve weeks of history from a temporary in-memory database, and print how to sign in")
    boolean demo;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Demo.SignIn signIn = null;
        for (var name : names) {
            if (Origins.hostName(name) == null) {
                err.println("--name (or ETEAM_NAMES) takes host names such as eteam.example, without a scheme or a path; '"
                        + name + "' is not one.");
                err.flush();
                return Exit.USAGE;
            }
        }
        if (demo) {
            if (spec.commandLine().getParseResult().hasMatchedOption("--db")) {
                err.println("--demo runs on its own temporary database; leave out --db.");
                err.flush();
                return Exit.USAGE;
            }
            db = Demo.temporaryDatabase();
        }
        App app;
        try {
            if (demo) {
                out.println("Playing twelve weeks of a fictional E-Team into a temporary database...");
                out.flush();
                signIn = Demo.seed(db, Clock.systemUTC().instant());
            }
            app = App.opening(db, Clock.systemUTC());
        } catch (RuntimeException e) {
            err.println(Operator.explain(e, db));
            err.flush();
            return Exit.UNAVAILABLE;
        }
        try {
            var limits = Limits.DEFAULT.named(names);
            app.serve(host, port, behindProxy ? limits.behindAProxy() : limits).awaitOpen();
        } catch (RuntimeException e) {
            app.close();
            err.println(Operator.explain(e, db));
            err.flush();
            return Exit.UNAVAILABLE;
        }
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "eteam-shutdown"));
        var url = "http://localhost:" + app.port();
        if (signIn != null) {
            out.println(Demo.instructions(url, signIn));
        } else {
            out.println("eteam is serving on " + url + " (database " + Database.shown(db) + ")");
        }
        // The launcher keeps this run's class archive only from here: a server that serves.
        app.whenModelLoaded(ClassArchive::worthKeeping);
        if (app.people().isEmpty()) {
            out.println("Nobody can sign in yet: stop the server and run 'eteam init --handle HANDLE --name NAME' first.");
        }
        out.flush();
        stopped.await();
        return Exit.OK;
    }
}
