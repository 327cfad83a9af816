package io.eteam.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/// The packaged jar (`target/eteam.jar`) run as an operator runs it, each command in a process
/// of its own with its output in `dir`: `eteam init`, and `eteam serve` until it is closed.
public final class JarServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Http http;

    private JarServer(Process process, int port) {
        this.process = process;
        this.port = port;
        this.http = new Http(url());
    }

    /// Runs `eteam init` on the database in `env`'s `ETEAM_DB` and answers the chair's token.
    public static String init(Path dir, Map<String, String> env) throws IOException, InterruptedException {
        var out = dir.resolve("init.out");
        var process = builder(dir, "init", env, "init", "--handle", "ana", "--name", "Ana Chair").redirectOutput(out.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("eteam init failed: " + Files.readString(dir.resolve("init.err")));
        }
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        return lines.get(lines.size() - 1);
    }

    /// Starts `eteam serve` on a free port of 127.0.0.1 with `more` arguments, its output in
    /// `dir/NAME.out` and `NAME.err`; answers at once (see `awaitHealthy`).
    public static JarServer serve(Path dir, String name, Map<String, String> env, String... more) throws IOException {
        return serve(dir, name, env, freePort(), more);
    }

    /// As `serve`, on `port` (a server started again where clients know it).
    public static JarServer serve(Path dir, String name, Map<String, String> env, int port, String... more) throws IOException {
        var args = new ArrayList<>(List.of("serve", "--port", String.valueOf(port), "--host", "127.0.0.1"));
        args.addAll(List.of(more));
        var process = builder(dir, name, env, args.toArray(String[]::new)).redirectOutput(dir.resolve(name + ".out").toFile()).start();
        return new JarServer(process, port);
    }

    /// A server started some other way (through the launcher, say) on `port` of 127.0.0.1.
    public static JarServer of(Process process, int port) {
        return new JarServer(process, port);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Http http() {
        return http;
    }

    public Process process() {
        return process;
    }

    /// Waits until `/api/v1/health` answers 200, for at most 60 s.
    public JarServer awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("eteam serve exited with " + process.exitValue());
            }
            try {
                if (http.get("/api/v1/health", null).status() == 200) {
                    return this;
                }
            } catch (IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("eteam serve did not answer /api/v1/health within 60 s");
    }

    /// Stops the server as `kill` does (SIGTERM) and waits for it.
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ProcessBuilder builder(Path dir, String name, Map<String, String> env, String... args) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "eteam.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().putAll(env);
        return builder;
    }
}
