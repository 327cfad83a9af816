package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.JarServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The packaged CLI in a real pseudo-terminal (util-linux `script`) and in a pipe: colour and
/// progress for a person watching, none for a script reading, and `NO_COLOR` obeyed.
class TerminalIT {

    private static final String ESC = "\u001b[";

    @TempDir
    static Path dir;

    static JarServer server;
    static Map<String, String> env;

    @BeforeAll
    static void a_server_with_a_met_a_breached_and_an_open_breached_blocker() throws Exception {
        var db = "jdbc:h2:" + dir.resolve("db").resolve("eteam");
        var token = JarServer.init(dir, Map.of("ETEAM_DB", db));
        server = JarServer.serve(dir, "serve", Map.of("ETEAM_DB", db)).awaitHealthy();
        env = Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", token, "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "TERM", "xterm");
        var csv = dir.resolve("history.csv");
        Files.writeString(csv, """
                title,kind,impact,raised_by,raised_at,resolved_at,decision,owner
                Payments wait for a security review,blocked,high,ana,2026-01-05T09:00:00Z,2026-01-05T12:00:00Z,Legal signs the review today,ana
                Pricing pulls two ways,misaligned,medium,ana,2026-01-05T09:00:00Z,2026-01-20T12:00:00Z,We ship the lower price,ana
                Hiring freeze stalls the data team,blocked,low,ana,2026-01-05T09:00:00Z,,,
                """);
        var imported = pipe("import", csv.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void on_a_terminal_the_sla_column_is_coloured_and_the_columns_line_up_as_without_colour() throws Exception {
        var coloured = terminal(Map.of(), "blockers", "--status", "all");
        var noColor = terminal(Map.of("NO_COLOR", "1"), "blockers", "--status", "all");
        var piped = pipe("blockers", "--status", "all");

        assertThat(coloured.exit()).as(coloured.out()).isZero();
        assertThat(coloured.out()).contains(ESC + "32mmet" + ESC + "0m", ESC + "1;31mBREACHED" + ESC + "0m");
        assertThat(noColor.out()).contains("met", "BREACHED").doesNotContain(ESC);
        assertThat(piped.out()).contains("met", "BREACHED").doesNotContain(ESC);
        assertThat(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(noColor.out()).isEqualTo(piped.out());
        var lines = piped.out().lines().toList();
        int sla = lines.get(0).indexOf("SLA");
        assertThat(lines.subList(1, lines.size())).hasSize(3)
                .allSatisfy(line -> assertThat(line.substring(sla)).matches("(met|BREACHED)"));
    }

    @Test
    void a_backup_shows_its_progress_on_a_terminal_and_nothing_in_a_pipe() throws Exception {
        var onTerminal = terminal(Map.of(), "backup", dir.resolve("on-terminal.backup").toString());
        var inPipe = pipe("backup", dir.resolve("in-pipe.backup").toString());

        assertThat(onTerminal.exit()).as(onTerminal.out()).isZero();
        assertThat(onTerminal.out()).contains("\rWaiting for the server to prepare the backup… 0 s").contains("\rReceiving ")
                .contains("Saved ");
        assertThat(inPipe.exit()).as(inPipe.err()).isZero();
        assertThat(inPipe.err()).isEmpty();
        assertThat(inPipe.out()).startsWith("Saved ").doesNotContain("\r");
    }

    @Test
    void the_deferrals_export_shows_its_progress_only_on_a_terminal() throws Exception {
        var onTerminal = terminal(Map.of(), "deferrals", "export", "--output", dir.resolve("on-terminal.tsv").toString());
        var inPipe = pipe("deferrals", "export");

        assertThat(onTerminal.exit()).as(onTerminal.out()).isZero();
        assertThat(onTerminal.out()).contains("\rWaiting for the server to gather the refusals and overrules… 0 s");
        assertThat(inPipe.exit()).as(inPipe.err()).isZero();
        assertThat(inPipe.err()).isEmpty();
        assertThat(inPipe.out()).doesNotContain("Waiting", "\r");
    }

    private record Result(int exit, String out, String err) {
    }

    /// `eteam ARGS` in a pseudo-terminal of its own: standard output and error both go to it,
    /// and come back here as one text, with the terminal's line ends made plain.
    private static Result terminal(Map<String, String> more, String... args) throws Exception {
        var line = new StringBuilder();
        for (var word : command(args)) {
            line.append('\'').append(word.replace("'", "'\\''")).append("' ");
        }
        var result = run(new ProcessBuilder("script", "-q", "-e", "-c", line.toString(), "/dev/null"), more);
        return new Result(result.exit(), result.out().replace("\r\n", "\n"), result.err());
    }

    /// `eteam ARGS` with standard output and error in pipes, as a script runs it.
    private static Result pipe(String... args) throws Exception {
        return run(new ProcessBuilder(command(args)), Map.of());
    }

    private static List<String> command(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "eteam.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(ProcessBuilder builder, Map<String, String> more) throws Exception {
        var all = new HashMap<>(env);
        all.putAll(more);
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(all);
        var out = Files.createTempFile(dir, "out", ".txt");
        var err = Files.createTempFile(dir, "err", ".txt");
        var process = builder.directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
