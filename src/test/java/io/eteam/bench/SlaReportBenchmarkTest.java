package io.eteam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.blocker.Status;
import io.eteam.support.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

/// The benchmark's command, run small: it generates a history, reuses it, and prints both
/// timings with their targets. (The figures themselves come from the full run in the README.)
class SlaReportBenchmarkTest {

    @Test
    void a_small_history_is_generated_once_then_reused_and_both_timings_are_printed() {
        var db = TestServer.memoryDb();
        var first = run("--db", db, "--blockers", "3000", "--years", "2", "--warmup", "0", "--runs", "1");

        assertThat(first).contains("3,000 of 3,000 blockers written")
                .contains("plain read (jOOQ Result)")
                .contains("SLA report (SlaService.report)")
                .containsPattern("report / plain read: \\d+\\.\\d\\d \\(target at most 2\\.0\\)")
                .containsPattern("report median: \\d+ ms \\(target under 1,000 ms\\)");

        var second = run("--db", db, "--blockers", "3000", "--years", "2", "--warmup", "0", "--runs", "1");
        assertThat(second).contains("reused (3000 blockers already there)");

        try (var app = App.open(db, Clock.systemUTC())) {
            var all = app.blockers().list("all", null);
            assertThat(all).hasSize(3000);
            assertThat(all).allSatisfy(b -> {
                if (b.status() != Status.OPEN) {
                    assertThat(b.resolvedAt()).isAfterOrEqualTo(b.raisedAt());
                }
            });
            assertThat(all).anyMatch(b -> b.status() == Status.OPEN).anyMatch(b -> b.status() == Status.WITHDRAWN);
            assertThat(app.blockers().history(all.get(0).id())).extracting(e -> e.action()).startsWith("raised");
        }
    }

    @Test
    void a_database_holding_another_number_of_blockers_is_refused_and_left_alone() {
        var db = TestServer.memoryDb();
        run("--db", db, "--blockers", "500", "--years", "1", "--warmup", "0", "--runs", "1");

        var out = new StringWriter();
        var err = new StringWriter();
        var cl = new CommandLine(new SlaReportBenchmark()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = cl.execute("--db", db, "--blockers", "600", "--warmup", "0", "--runs", "1");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("holds 500 blockers, not 600");
    }

    private static String run(String... args) {
        var out = new StringWriter();
        var cl = new CommandLine(new SlaReportBenchmark()).setOut(new PrintWriter(out));
        assertThat(cl.execute(args)).isZero();
        return out.toString();
    }
}
