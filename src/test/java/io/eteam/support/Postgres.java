package io.eteam.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/// A throwaway PostgreSQL 15 server from Debian's binaries, for tests that run where they are
/// installed (`apt-get install -y postgresql-15`). Its data lives in a temporary directory,
/// without fsync, and is deleted when it stops. PostgreSQL refuses to run as root, so as root
/// it runs as the `postgres` user, in a directory that user owns.
public final class Postgres implements AutoCloseable {

    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path dir;
    private final int port;

    private Postgres(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /// True where the binaries are installed.
    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    public static Postgres start() {
        try {
            var dir = Files.createTempDirectory("eteam-pg");
            if (ROOT) {
                var postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.getFileAttributeView(dir, PosixFileAttributeView.class).setOwner(postgres);
            }
            int port;
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            var data = dir.resolve("data");
            run(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
            var postgres = new Postgres(dir, port);
            postgres.resume();
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start PostgreSQL: " + e.getMessage(), e);
        }
    }

    /// Stops the server as an operator restarting it would (`pg_ctl stop -m fast`: sessions are
    /// ended), keeping its data; `resume` starts it again on the same port.
    public void pause() {
        run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop");
    }

    public void resume() {
        run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-l", dir.resolve("log").toString(),
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /// A new, empty database on this server, by its JDBC URL.
    public String createDatabase(String name) {
        try (var connection = DriverManager.getConnection(url("postgres")); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    @Override
    public void close() {
        try {
            run(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary directory: the system cleans up what is left.
            }
        }
    }

    private static void run(String... command) {
        var line = new ArrayList<String>();
        if (ROOT) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            var process = new ProcessBuilder(line).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
