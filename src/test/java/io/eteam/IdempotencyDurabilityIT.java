package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.JarServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Runs the packaged jar, kills it with SIGKILL while a client writes with Idempotency-Keys,
/// restarts it on the same database and retries every write: none is applied twice.
class IdempotencyDurabilityIT {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Write(String key, String title, HttpResponse<String> answer) {
        String body() {
            return "{\"title\": \"" + title + "\", \"kind\": \"blocked\"}";
        }
    }

    @Test
    void every_write_retried_with_its_key_after_kill_minus_9_is_applied_exactly_once() throws Exception {
        var env = Map.of("ETEAM_DB", "jdbc:h2:file:" + dir.resolve("eteam"));
        var token = JarServer.init(dir, env);

        var first = JarServer.serve(dir, "serve", env);
        var server = first.process();
        var base = first.url();
        var writes = new CopyOnWriteArrayList<Write>();
        try {
            first.awaitHealthy();
            var writer = new Thread(() -> {
                for (int i = 0; ; i++) {
                    var write = new Write(UUID.randomUUID().toString(), "Keyed " + i, null);
                    try {
                        writes.add(new Write(write.key(), write.title(), post(base, token, write)));
                    } catch (IOException | InterruptedException killed) {
                        writes.add(write);
                        return;
                    }
                }
            });
            writer.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (writes.size() < 20 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(30));
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
            writer.join(30_000);
        } finally {
            server.destroyForcibly();
        }

        var again = JarServer.serve(dir, "serve-again", env, first.port());
        var restarted = again.process();
        try {
            again.awaitHealthy();
            assertThat(writes.size()).isGreaterThanOrEqualTo(20);
            for (var write : writes) {
                var retry = post(base, token, write);
                if (write.answer() != null) {
                    assertThat(retry.statusCode()).isEqualTo(201);
                    assertThat(retry.body()).isEqualTo(write.answer().body());
                    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
                } else {
                    // The write the kill cut off: never applied (201 now), applied and answered
                    // (replayed), or applied with its answer lost (409); once in every case.
                    assertThat(retry.statusCode()).as(retry.body()).isIn(201, 409);
                }
            }
            var listed = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/blockers?status=all"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (var write : writes) {
                assertThat(occurrences(listed, "\"title\":\"" + write.title() + "\"")).as(write.title()).isEqualTo(1);
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> post(String base, String token, Write write) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/blockers"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", write.key())
                .POST(HttpRequest.BodyPublishers.ofString(write.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
