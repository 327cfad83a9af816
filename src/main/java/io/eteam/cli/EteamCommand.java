package io.eteam.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/// The `eteam` command; its subcommands are attached in `io.eteam.Main`.
@Command(name = "eteam", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Run the E-Team's weekly blocker meeting: raise blockers, run the agenda, read the SLA report.",
        footer = {"", "Exit codes: 0 done, 1 refused or invalid input, 2 bad usage, 3 not signed in or not allowed, 4 server unreachable or failing."})
public final class EteamCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /// Read by the failure handler from the parse result (`Main`), on whichever command it was given.
    @picocli.CommandLine.Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "on an unexpected failure, also print where it happened (the Java stack trace)")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
