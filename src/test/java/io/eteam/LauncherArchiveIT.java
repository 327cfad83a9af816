package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.JarServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The launcher (`target/eteam`) keeps a run's AppCDS archive only when the run was worth
/// copying (`ClassArchive`): a server that served with its model loaded, a client command that
/// did its work; never `--help`, `--version` or a failed start, whose archive would hold too
/// few classes and slow every later start. Each test runs a copy of the launcher beside a link
/// to the built jar, so the archives are written into its own folder.
class LauncherArchiveIT {

    @TempDir
    Path dir;

    @Test
    void help_and_a_failed_start_leave_no_archive_and_a_server_that_served_leaves_the_one_the_next_start_uses() throws Exception {
        install();
        assertThat(launch("serve", "--help").exit).isZero();
        assertThat(launch("serve", "--db", "jdbc:nonsense:x").exit).isNotZero();
        assertThat(launch("serve", "--help").exit).isZero();

        assertThat(dir.resolve("eteam-serve.jsa")).doesNotExist();
        assertThat(files("eteam-serve.jsa.")).noneMatch(name -> name.endsWith(".ready"));

        var db = "jdbc:h2:file:" + dir.resolve("db/eteam");
        assertThat(launch("init", "--handle", "ana", "--name", "Ana Chair", "--db", db).exit).isZero();
        long pid;
        try (var first = serve(db)) {
            pid = first.process().pid();
            awaitFile(dir.resolve("eteam-serve.jsa." + pid + ".new.ready"));
        }
        assertThat(dir.resolve("eteam-serve.jsa." + pid + ".new")).isRegularFile();

        try (var second = serve(db)) {
            assertThat(dir.resolve("eteam-serve.jsa")).isRegularFile();
            assertThat(Files.size(dir.resolve("eteam-serve.jsa"))).isGreaterThan(20L << 20);
            assertThat(files("eteam-serve.jsa." + pid)).isEmpty();
        }
    }

    @Test
    void a_client_command_that_did_its_work_leaves_the_client_archive_and_help_does_not() throws Exception {
        install();
        assertThat(launch("--help").exit).isZero();
        assertThat(launch("raise", "--help").exit).isZero();
        assertThat(launch("--version").exit).isZero();
        assertThat(launch("whoami", "--server", "http://127.0.0.1:" + JarServer.freePort(), "--token", "x").exit).isNotZero();
        assertThat(launch("--version").exit).isZero();
        assertThat(dir.resolve("eteam.jsa")).doesNotExist();

        var db = "jdbc:h2:file:" + dir.resolve("db/eteam");
        var init = launch("init", "--handle", "ana", "--name", "Ana Chair", "--db", db);
        var token = init.out.strip().lines().reduce((a, b) -> b).orElseThrow();
        try (var server = serve(db)) {
            var whoami = launch("whoami", "--server", server.url(), "--token", token);
            assertThat(whoami.exit).as(whoami.err).isZero();
            assertThat(whoami.out).contains("ana");
            assertThat(launch("--version").exit).isZero();
            assertThat(dir.resolve("eteam.jsa")).isRegularFile();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    /// A copy of the launcher and a link to the built jar, as `package` leaves them in `target/`.
    private void install() throws IOException {
        Files.copy(Path.of("target", "eteam"), dir.resolve("eteam"));
        Files.createSymbolicLink(dir.resolve("eteam.jar"), Path.of("target", "eteam.jar").toAbsolutePath());
    }

    private ProcessBuilder launcher(List<String> args) {
        var command = new ArrayList<>(List.of("sh", dir.resolve("eteam").toString()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ETEAM_SERVER");
        builder.environment().remove("ETEAM_TOKEN");
        return builder;
    }

    private Run launch(String... args) throws Exception {
        var out = Files.createTempFile(dir, "out", ".txt");
        var err = Files.createTempFile(dir, "err", ".txt");
        var process = launcher(List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("eteam %s finished", String.join(" ", args)).isTrue();
        var run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /// `eteam serve` through the launcher on a free port, once it answers its health check;
    /// closing it stops it with SIGTERM, as an operator does, and the JVM writes its archive.
    private JarServer serve(String db) throws Exception {
        int port = JarServer.freePort();
        var process = launcher(List.of("serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--db", db))
                .redirectOutput(dir.resolve("serve-" + port + ".out").toFile())
                .redirectError(dir.resolve("serve-" + port + ".err").toFile())
                .start();
        var server = JarServer.of(process, port);
        try {
            return server.awaitHealthy();
        } catch (AssertionError e) {
            server.close();
            throw e;
        }
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("%s appeared within 60 s", file.getFileName()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private List<String> files(String prefix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(prefix)).toList();
        }
    }
}
