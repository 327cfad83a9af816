package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.JarServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
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

        var server = serve(db);
        var acknowledged = new ArrayList<Long>();
        try {
            var http = server.http();
            for (int i = 0; i < 40; i++) {
                var made = http.post("/api/v1/blockers", token, "{\"title\": \"Blocker " + i + "\", \"kind\": \"blocked\"}");
                assertThat(made.status()).isEqualTo(201);
                acknowledged.add(made.json().path("id").asLong());
            }
        } finally {
            server.process().destroyForcibly();
            server.process().waitFor(10, TimeUnit.SECONDS);
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

        var server = serve(db);
        var made = server.http().post("/api/v1/blockers", token, "{\"title\": \"Before the stop\", \"kind\": \"blocked\"}");
        assertThat(made.status()).isEqualTo(201);
        server.process().destroy();
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

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
            var server = serve(db).process();
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

    private String init(String db) throws IOException, InterruptedException {
        return JarServer.init(dir, Map.of("ETEAM_DB", db));
    }

    private JarServer serve(String db) throws IOException, InterruptedException {
        return JarServer.serve(dir, "serve", Map.of("ETEAM_DB", db)).awaitHealthy();
    }
}
