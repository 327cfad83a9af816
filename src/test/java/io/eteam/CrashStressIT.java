package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.bench.CrashStress;
import io.eteam.support.Postgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// The short form of the crash-safety proof the README reports in full: the packaged server,
/// concurrent writers, SIGKILL at random moments, and not one acknowledged write lost, damaged
/// or applied twice. A single loss fails the build.
class CrashStressIT {

    @TempDir
    Path dir;

    @Test
    void no_acknowledged_write_is_lost_damaged_or_duplicated_across_kill_minus_9_under_concurrent_writers() {
        assertNothingLost();
    }

    /// The eteam server is killed, not the database: PostgreSQL keeps running throughout.
    @Test
    void on_postgresql_no_acknowledged_write_is_lost_damaged_or_duplicated_across_kill_minus_9() {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        try (var postgres = Postgres.start()) {
            assertNothingLost("--db", postgres.createDatabase("crash_stress"));
        }
    }

    private void assertNothingLost(String... more) {
        var out = new StringWriter();
        var stress = new CommandLine(new CrashStress());
        stress.setOut(new PrintWriter(out, true));
        stress.setErr(new PrintWriter(out, true));
        var args = new ArrayList<>(List.of("--jar", Path.of("target", "eteam.jar").toAbsolutePath().toString(),
                "--dir", dir.resolve("stress").toString(), "--writers", "4", "--kills", "4", "--writes", "1000",
                "--up-ms", "4000", "--seed", String.valueOf(System.nanoTime())));
        args.addAll(List.of(more));

        int exit = stress.execute(args.toArray(String[]::new));

        assertThat(out.toString()).as("the servers' log:%n%s", errorsLogged()).contains("lost: 0, damaged: 0, duplicated: 0, server errors: 0");
        assertThat(exit).as(out.toString()).isZero();
    }

    /// What the servers logged as errors, with their stack traces, for a failure to show.
    private String errorsLogged() {
        try {
            var log = Files.readString(dir.resolve("stress").resolve("server.log"));
            int first = log.indexOf(" ERROR ");
            return first < 0 ? "(no errors)" : log.substring(Math.max(0, log.lastIndexOf('\n', first) + 1), Math.min(log.length(), first + 8000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
