package io.eteam.release;

import io.eteam.Main;
import io.eteam.cli.Credentials;
import io.eteam.cli.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/// Writes the release archive's man pages (`man/man1/eteam.1`, `eteam-raise.1`, ...) and
/// completion scripts (`completion/eteam.bash`, `eteam.zsh`) into a directory. Run by the
/// build before the archive is packed (pom.xml, exec-maven-plugin), in Maven's own JVM.
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    /// `DIR [TIMESTAMP]`: where to write, and the build's time (ISO-8601, e.g. Maven's
    /// `maven.build.timestamp`), whose date the pages carry (default today).
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ReleaseFiles DIR [YYYY-MM-DD...]");
        }
        var date = args.length > 1 && args[1].length() >= 10 ? args[1].substring(0, 10) : LocalDate.now().toString();
        write(Path.of(args[0]), date);
    }

    /// Writes every page and script under `dir`, replacing older ones.
    public static void write(Path dir, String date) throws IOException {
        // No arguments: the tree of every command, as `eteam --help` and completion build it.
        var root = Main.commandLine(new Credentials(Map.of(), dir.toString())).getCommandSpec();
        var man = Files.createDirectories(dir.resolve("man").resolve("man1"));
        writePages(root, man, "eteam " + Version.number(), date);
        var completion = Files.createDirectories(dir.resolve("completion"));
        var script = AutoComplete.bash("eteam", root.commandLine());
        // One script for both shells: it turns on zsh's bashcompinit itself (CompletionCommand).
        Files.writeString(completion.resolve("eteam.bash"), script, StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("eteam.zsh"), script, StandardCharsets.UTF_8);
    }

    private static void writePages(CommandSpec spec, Path man, String version, String date) throws IOException {
        Files.writeString(man.resolve(ManPage.name(spec) + ".1"), ManPage.of(spec, version, date), StandardCharsets.UTF_8);
        for (var sub : ManPage.visibleSubcommands(spec)) {
            writePages(sub, man, version, date);
        }
    }
}
