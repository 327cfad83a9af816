package io.eteam.bench;

import io.eteam.Main;
import io.eteam.cli.Credentials;

/// A reference of `src/bench/cli.sh` (BENCH-7): what picocli alone costs a client command, the
/// command line `eteam` builds for its arguments (`Main.commandLine`, the root command and the
/// one named) parsed, and nothing run: no HTTP, no JSON.
public final class PicocliOnly {

    private PicocliOnly() {
    }

    public static void main(String[] args) {
        var parsed = Main.commandLine(Credentials.fromSystem(), args).parseArgs(args);
        System.out.println(parsed.subcommand().commandSpec().name());
    }
}
