package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.support.Http;
import io.eteam.support.JarServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The packaged server on a real, tiny file system that fills up as people use it: a 4 MB
/// tmpfs mounted in a mount namespace of the server's own (`unshare`, no root needed where the
/// kernel allows user namespaces). Once the disk is full, every request is answered 503 with
/// the API's error shape and a sentence saying what happened, never a 500.
class DiskFullIT {

    @TempDir
    static Path dir;

    @Test
    void when_the_databases_disk_fills_up_writes_and_then_reads_are_answered_503_with_a_sentence() throws Exception {
        Assumptions.assumeTrue(onPath("unshare"), "util-linux's unshare is not installed");
        var disk = Files.createDirectories(dir.resolve("disk"));
        int port = JarServer.freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jar = Path.of("target", "eteam.jar").toAbsolutePath().toString();
        var db = "jdbc:h2:" + disk.resolve("eteam");
        var script = "mount -t tmpfs -o size=4m tmpfs '" + disk + "' || exit 97\n"
                + "ETEAM_DB='" + db + "' '" + java + "' -jar '" + jar + "' init --handle ana --name Ana > init.out 2> init.err || exit 98\n"
                + "exec env ETEAM_DB='" + db + "' '" + java + "' -jar '" + jar + "' serve --port " + port + " --host 127.0.0.1\n";
        var server = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script).directory(dir.toFile())
                .redirectOutput(dir.resolve("serve.out").toFile()).redirectError(dir.resolve("serve.err").toFile()).start();
        try {
            var http = new Http("http://127.0.0.1:" + port);
            awaitHealthy(server, http);
            var lines = Files.readAllLines(dir.resolve("init.out"));
            var token = lines.get(lines.size() - 1);

            Http.Response refused = null;
            for (int i = 0; i < 3_000 && refused == null; i++) {
                var answer = http.post("/api/v1/blockers", token, raise(i));
                if (answer.status() != 201) {
                    refused = answer;
                }
            }
            assertThat(refused).as("the 4 MB disk filled up").isNotNull();
            var read = http.get("/api/v1/blockers/1", token);

            for (var answer : List.of(refused, read)) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(503);
                assertThat(answer.error()).isEqualTo("unavailable");
                assertThat(answer.json().path("message").asText()).isEqualTo("The eteam server's disk is full: it cannot save"
                        + " anything until whoever runs it makes room (and restarts it). Try again after that.");
            }
            assertThat(Files.readString(dir.resolve("serve.err"))).contains("The database's disk is full: POST /api/v1/blockers")
                    .doesNotContain("Unexpected failure");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /// A blocker with 4000 characters of detail that does not compress.
    private static String raise(int i) throws Exception {
        var detail = new StringBuilder();
        while (detail.length() < 3_960) {
            detail.append(UUID.randomUUID());
        }
        return new ObjectMapper().createObjectNode().put("title", "Blocker " + i).put("kind", "blocked")
                .put("detail", detail.toString()).toString();
    }

    private static void awaitHealthy(Process server, Http http) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                int exit = server.exitValue();
                var err = Files.readString(dir.resolve("serve.err")).strip();
                Assumptions.assumeTrue(exit != 97 && !err.contains("unshare failed"),
                        "this machine lets no user namespace mount a file system: " + err);
                throw new AssertionError("the server exited with " + exit + ": " + Files.readString(dir.resolve("serve.err"))
                        + (Files.exists(dir.resolve("init.err")) ? Files.readString(dir.resolve("init.err")) : ""));
            }
            try {
                if (http.get("/api/v1/health", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer within 90 s");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
