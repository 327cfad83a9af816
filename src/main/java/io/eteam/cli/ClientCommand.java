package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// A command that talks to an eteam server: it resolves the server and token, calls the
/// API; most print what it answers (see `TableCommand`).
abstract class ClientCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", description = "eteam server, e.g. http://localhost:7070 (else ETEAM_SERVER, else what login saved)")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (else ETEAM_TOKEN, else what login saved)")
    String token;

    Credentials credentials = Credentials.fromSystem();

    private Terminal terminal;

    @Override
    public Integer call() {
        var session = credentials.resolve(server, token, JSON);
        // A person at a terminal is told when a write is being retried; a script is not.
        var notices = terminal().err() ? spec.commandLine().getErr() : null;
        int exit = run(new ApiClient(session.server(), session.token(), JSON, notices));
        if (exit == Exit.OK) {
            ClassArchive.worthKeeping();
        }
        return exit;
    }

    abstract int run(ApiClient api);

    /// Whether a person watches this command's output and errors, and may see colour.
    Terminal terminal() {
        if (terminal == null) {
            terminal = Terminal.ofSystem();
        }
        return terminal;
    }

    /// A progress line on standard error for a long exchange (`ProgressLine`), or null when
    /// standard error is not a terminal.
    ProgressLine progress(String work) {
        return terminal().err() ? new ProgressLine(spec.commandLine().getErr(), work, System::currentTimeMillis) : null;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void printJson(JsonNode node) {
        out().println(JSON.pretty(node));
        out().flush();
    }
}
