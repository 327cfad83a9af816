package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.bench.CrashStress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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
        var out = new StringWriter();
        var stress = new CommandLine(new CrashStress());
        stress.setOut(new PrintWriter(out, true));
        stress.setErr(new PrintWriter(out, true));

        int exit = stress.execute("--jar", Path.of("target", "eteam.jar").toAbsolutePath().toString(),
                "--dir", dir.resolve("stress").toString(), "--writers", "4", "--kills", "4", "--writes", "1000",
                "--up-ms", "4000", "--seed", String.valueOf(System.nanoTime()));

        assertThat(out.toString()).contains("lost: 0, damaged: 0, duplicated: 0, server errors: 0");
        assertThat(exit).as(out.toString()).isZero();
    }
}
