package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/// Where a client command finds its server and token: flags, then `ETEAM_SERVER` /
/// `ETEAM_TOKEN`, then what `eteam login` saved in `$XDG_CONFIG_HOME/eteam/credentials.json`
/// (or `~/.config/eteam/credentials.json`), a file only its owner can read.
public final class Credentials {

    private final Map<String, String> env;
    private final String home;

    public Credentials(Map<String, String> env, String home) {
        this.env = env;
        this.home = home;
    }

    public static Credentials fromSystem() {
        return new Credentials(System.getenv(), System.getProperty("user.home"));
    }

    public Path file() {
        var xdg = env.get("XDG_CONFIG_HOME");
        var base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("eteam").resolve("credentials.json");
    }

    /// The server URL and token to use, or a failure saying how to sign in.
    Session resolve(String server, String token, ClientJson json) {
        var saved = load(json);
        var url = server(server, saved);
        var tok = first(token, env.get("ETEAM_TOKEN"), saved == null ? null : text(saved, "token"));
        if (url == null || tok == null) {
            throw new CliException(Exit.DENIED, "Not signed in: run 'eteam login --server URL --token TOKEN', or pass --server and --token.");
        }
        return new Session(url, tok);
    }

    /// The server a command will most likely talk to (as [#resolve] picks it), or null; never fails.
    String likelyServer(String given) {
        try {
            return server(given, given != null || env.get("ETEAM_SERVER") != null ? null : load(ClientJson.JSON));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /// `--server`, else `ETEAM_SERVER`, else the saved one (null: none).
    private String server(String given, ObjectNode saved) {
        return first(given, env.get("ETEAM_SERVER"), saved == null ? null : text(saved, "server"));
    }

    /// Saves credentials with mode 0600, replacing the file atomically.
    void save(String server, String token, ClientJson json) {
        var file = file();
        try {
            Files.createDirectories(file.getParent());
            var tmp = Files.createTempFile(file.getParent(), "credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            var node = json.createObjectNode().put("server", server).put("token", token);
            Files.write(tmp, json.prettyBytes(node));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CliException(Exit.REFUSED, "Could not save credentials to " + file + ": " + e.getMessage());
        }
    }

    private ObjectNode load(ClientJson json) {
        var file = file();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode node;
            try (var in = Files.newInputStream(file)) {
                node = json.readTree(in);
            }
            return node instanceof ObjectNode o ? o : null;
        } catch (IOException e) {
            throw new CliException(Exit.USAGE, "The credentials file " + file + " is unreadable; run 'eteam login' again.");
        }
    }

    private static String text(ObjectNode node, String field) {
        var value = node.get(field);
        return value == null || !value.isTextual() ? null : value.textValue();
    }

    private static String first(String... values) {
        for (var v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /// A server to talk to and the token to show it.
    public record Session(String server, String token) {
    }
}
