package io.eteam.support;

import io.eteam.Main;
import io.eteam.cli.Credentials;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Runs the real `eteam` command line in-process with captured output, with its config
/// directory (XDG_CONFIG_HOME) in a test folder and an environment the test controls.
public final class Cli {

    private final Map<String, String> env = new HashMap<>();
    private final Path home;

    public Cli(Path home) {
        this.home = home;
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Path configDir() {
        return Path.of(env.get("XDG_CONFIG_HOME"));
    }

    /// What one run printed and returned.
    public record Result(int exit, String out, String err) {
        public List<String> lines() {
            return out.lines().toList();
        }

        public String lastLine() {
            var lines = lines();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    public Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = Main.commandLine(new Credentials(env, home.toString()), args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
