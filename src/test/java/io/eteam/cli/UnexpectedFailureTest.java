package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/// An unexpected failure ends in one sentence saying what went wrong and what to do, never a Java
/// exception's name; `--debug` adds where it happened (issue 19). The failing command is a test
/// fixture run through the real command line and its real failure handler.
class UnexpectedFailureTest {

    @TempDir
    Path home;

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the disk is full\n\tat somewhere");
        }
    }

    record Run(int exit, String err) {
    }

    Run run(String... args) {
        var cl = Main.commandLine(new Credentials(Map.of(), home.toString()), args);
        cl.addSubcommand("boom", new Boom());
        var err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void an_unexpected_failure_is_one_sentence_without_a_java_name() {
        var result = run("boom");

        assertThat(result.exit()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(result.err().lines()).containsExactly("eteam failed unexpectedly: the disk is full. Run the command again "
                + "with --debug to see where, and report it with that output if it happens again.");
    }

    @Test
    void with_debug_the_trace_follows_the_sentence() {
        var result = run("boom", "--debug");

        assertThat(result.exit()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(result.err()).startsWith("eteam failed unexpectedly: the disk is full.")
                .contains("java.lang.IllegalStateException").contains("UnexpectedFailureTest");
    }
}
