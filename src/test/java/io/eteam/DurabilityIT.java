package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Http;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Runs the packaged jar as a user would and kills the server with SIGKILL right after it
/// acknowledged writes: every acknowledged blocker must be in the database afterwards.
class DurabilityIT {

    @TempDir
    Path dir;

    @Test
    void every_acknowledged_blocker_survives_kill_minus_9_of_the_server() throws Exception {
        var db = "jdbc:h2:file:" + dir.resolve("eteam");
        var token = init(db);

        int port = freePort();
        var server = start("serve", "--port", String.valueOf(port), "--host", "127.0.0.1", "--db", db);
        var acknowledged = new ArrayList<Long>();
        try {
            var http = new Http("http://127.0.0.1:" + port);
            waitForHealth(http);
            for (int i = 0; i < 40; i++) {
                var made = http.post("/api/v1/blockers", token, "{\"title\": \"Blocker " + i + "\", \"kind\": \"blocked\"}");
                assertThat(made.status()).isEqualTo(201);
                acknowledged.add(made.json().path("id").asLong());
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }

        try (var app = App.open(db, Clock.systemUTC())) {
            var stored = app.blockers().list("all", null).stream().map(b -> b.id()).toList();
            assertThat(stored).containsAll(acknowledged);
        }
    }

    @Test
    void a_server_stopped_by_sigterm_closes_its_database_cleanly_and_keeps_every_write() throws Exception {
        var db = "jdbc:h2:file:" + dir.resolve("eteam");
        var token = init(db);

        int port = freePort();
        var server = start("serve", "--port", String.valueOf(port), "--host", "127.0.0.1", "--db", db);
        var http = new Http("http://127.0.0.1:" + port);
        waitForHealth(http);
        var made = http.post("/api/v1/blockers", token, "{\"title\": \"Before the stop\", \"kind\": \"blocked\"}");
        assertThat(made.status()).isEqualTo(201);
        server.destroy();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // H2 writes a trace file only when something failed, such as its own exit hook closing
        // the database under the server's connections before the server closed them.
        assertThat(dir.resolve("eteam.trace.db")).doesNotExist();
        assertThat(Files.readString(dir.resolve("serve.err"))).doesNotContain("Exception");
        try (var app = App.open(db, Clock.systemUTC())) {
            assertThat(app.blockers().get(made.json().path("id").asLong()).title()).isEqualTo("Before the stop");
        }
    }

    @Test
    void a_server_stopped_while_its_deferral_model_loads_exits_cleanly() throws Exception {
        var db = "jdbc:h2:file:" + dir.resolve("eteam");
        init(db);
        for (int round = 0; round < 8; round++) {
            int port = freePort();
            var server = start("serve", "--port", String.valueOf(port), "--host", "127.0.0.1", "--db", db);
            waitForHealth(new Http("http://127.0.0.1:" + port));
            // The model starts loading once the server answers; stop it in the middle of that.
            Thread.sleep(round * 150L);
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();

            // 143: stopped by SIGTERM after the shutdown hooks ran; a crash in native code exits
            // 134 and leaves an hs_err_pid file in the working directory.
            assertThat(server.exitValue()).as("exit status, round " + round).isEqualTo(143);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
            }
        }
    }

    /// Runs `eteam init` on `db` and answers the chair's token, printed alone on the last line.
    private String init(String db) throws IOException, InterruptedException {
        var init = run("init", "--handle", "ana", "--name", "Ana Chair", "--db", db);
        assertThat(init.exitValue()).isZero();
        var lines = Files.readAllLines(dir.resolve("init.out"), StandardCharsets.UTF_8);
        return lines.get(lines.size() - 1);
    }

    private Process run(String... args) throws IOException, InterruptedException {
        var process = builder(args).redirectOutput(dir.resolve(args[0] + ".out").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private Process start(String... args) throws IOException {
        return builder(args).redirectOutput(dir.resolve(args[0] + ".out").toFile()).start();
    }

    private ProcessBuilder builder(String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "eteam.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectError(dir.resolve(args[0] + ".err").toFile());
    }

    private static void waitForHealth(Http http) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (http.get("/api/v1/health", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the server did not answer /api/v1/health within 30 s");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
