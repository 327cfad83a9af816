package io.eteam;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.cli.Exit;
import io.eteam.cli.Version;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What `mvn package` ships in `target/eteam-VERSION.tar.gz`, unpacked and used as a person
/// installing it would: `bin/eteam` found on the PATH, directly or through a symlink, the man
/// pages read by `man`, and Tab completion from the archive's script in a real bash.
class ReleaseArchiveIT {

    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack_the_archive() throws Exception {
        var archive = Path.of("target", "eteam-" + Version.number() + ".tar.gz").toAbsolutePath();
        assertThat(archive).exists();
        var tar = run(new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), Map.of());
        assertThat(tar.exit()).as(tar.err()).isZero();
        home = unpacked.resolve("eteam-" + Version.number());
    }

    @Test
    void the_archive_holds_the_launcher_the_jar_the_manual_the_completion_scripts_and_install_notes() throws IOException {
        assertThat(home.resolve("bin/eteam")).isExecutable();
        assertThat(home.resolve("lib/eteam.jar")).isRegularFile();
        assertThat(home.resolve("man/man1")).isDirectoryContaining(p -> p.getFileName().toString().equals("eteam.1"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("eteam-raise.1"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("eteam-meeting-start.1"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("eteam-report-sla.1"));
        assertThat(home.resolve("completion/eteam.bash")).isRegularFile();
        assertThat(home.resolve("completion/eteam.zsh")).isRegularFile();
        assertThat(Files.readString(home.resolve("INSTALL"))).contains("eteam " + Version.number())
                .contains("Java 17").contains("bin/eteam").doesNotContain("${");
    }

    @Test
    void eteam_found_on_the_path_prints_the_project_version() throws Exception {
        var elsewhere = Files.createDirectories(unpacked.resolve("work"));
        var result = shell("eteam --version", elsewhere, Map.of("PATH", home.resolve("bin") + File.pathSeparator + System.getenv("PATH")));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("eteam " + Version.number()).doesNotContain("unknown");
    }

    @Test
    void eteam_runs_through_a_symlink_and_a_relative_symlink_to_that_from_another_directory() throws Exception {
        var bin = Files.createDirectories(unpacked.resolve("local/bin"));
        var link = bin.resolve("eteam");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, home.resolve("bin/eteam"));
        var other = Files.createDirectories(unpacked.resolve("other"));
        var second = other.resolve("et");
        Files.deleteIfExists(second);
        Files.createSymbolicLink(second, other.relativize(link));

        var direct = shell("eteam --version", unpacked, Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH")));
        var twice = shell("et --version", unpacked, Map.of("PATH", other + File.pathSeparator + System.getenv("PATH")));

        assertThat(direct.exit()).as(direct.err()).isZero();
        assertThat(direct.out().strip()).isEqualTo("eteam " + Version.number());
        assertThat(twice.exit()).as(twice.err()).isZero();
        assertThat(twice.out().strip()).isEqualTo("eteam " + Version.number());
    }

    @Test
    void java_home_and_java_opts_are_honoured() throws Exception {
        // No java on the PATH: only JAVA_HOME can find it; -showversion shows JAVA_OPTS reached it.
        var empty = Files.createDirectories(unpacked.resolve("empty"));
        var result = shell(home.resolve("bin/eteam") + " --version", unpacked,
                Map.of("PATH", empty.toString(), "JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", "-showversion"));

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("eteam " + Version.number());
        assertThat(result.err()).contains("Runtime Environment");
    }

    @Test
    void without_a_java_or_with_an_old_one_the_launcher_says_what_to_install() throws Exception {
        var none = shell(home.resolve("bin/eteam") + " --version", unpacked, Map.of("PATH", home.resolve("bin").toString()));

        assertThat(none.exit()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(none.err()).contains("eteam needs Java 17 or newer, and there is no java on the PATH")
                .contains("set JAVA_HOME");

        var old = Files.createDirectories(unpacked.resolve("jdk-11/bin"));
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'the old java ran'\n");
        old.resolve("java").toFile().setExecutable(true);
        Files.writeString(old.getParent().resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"11.0.2\"\n");
        var eleven = shell(home.resolve("bin/eteam") + " --version", unpacked, Map.of("JAVA_HOME", old.getParent().toString()));

        assertThat(eleven.exit()).isEqualTo(Exit.UNAVAILABLE);
        assertThat(eleven.err()).contains("eteam needs Java 17 or newer; " + old.resolve("java") + " is Java 11.0.2");
        assertThat(eleven.out()).doesNotContain("the old java ran");
    }

    @Test
    void every_man_page_is_valid_troff_and_man_shows_the_commands_and_exit_status() throws Exception {
        List<Path> pages;
        try (var files = Files.list(home.resolve("man/man1"))) {
            pages = files.sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(40);
        for (var page : pages) {
            var name = page.getFileName().toString().replaceFirst("\\.1$", "");
            assertThat(Files.readAllLines(page).get(0)).as(name)
                    .startsWith(".TH \"" + name.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\" 1 ")
                    .contains("\"eteam " + Version.number().replace("-", "\\-") + "\"");
        }
        if (onPath("groff")) {
            var args = new java.util.ArrayList<>(List.of("groff", "-man", "-Tutf8", "-ww", "-z"));
            pages.forEach(p -> args.add(p.toString()));
            var groff = run(new ProcessBuilder(args), Map.of());
            assertThat(groff.exit()).as(groff.err()).isZero();
            assertThat(groff.err()).as("groff's warnings").isEmpty();
        }
        if (onPath("man")) {
            var root = run(new ProcessBuilder("man", "-l", "-P", "cat", home.resolve("man/man1/eteam.1").toString()),
                    Map.of("MANWIDTH", "100", "LC_ALL", "C.UTF-8"));
            assertThat(root.exit()).as(root.err()).isZero();
            assertThat(root.out()).contains("NAME", "eteam - Run the E-Team's weekly blocker meeting", "SYNOPSIS", "COMMANDS",
                    "raise", "Raise a blocker (VPs and chairs).", "eteam-raise(1)", "EXIT STATUS", "not signed in, or not allowed");

            var raise = run(new ProcessBuilder("man", "-l", "-P", "cat", home.resolve("man/man1/eteam-raise.1").toString()),
                    Map.of("MANWIDTH", "100", "LC_ALL", "C.UTF-8"));
            assertThat(raise.out()).contains("eteam raise [-hV]", "--kind=KIND", "blocked, misaligned or off-track", "TITLE",
                    "SEE ALSO", "eteam(1)");
        }
    }

    @Test
    void the_archives_bash_completion_completes_mee_to_meeting() throws Exception {
        var script = home.resolve("completion/eteam.bash");
        var command = "source '" + script + "'; COMP_WORDS=(eteam mee); COMP_CWORD=1; COMP_LINE='eteam mee'; COMP_POINT=9;"
                + " _complete_eteam; printf '%s\\n' \"${COMPREPLY[@]}\"";
        var result = run(new ProcessBuilder("bash", "--norc", "--noprofile", "-c", command), Map.of());

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines().map(String::strip).filter(s -> !s.isEmpty())).containsExactly("meeting");
        assertThat(Files.readString(home.resolve("completion/eteam.zsh"))).contains("bashcompinit");
    }

    private record Result(int exit, String out, String err) {
    }

    /// `line` run by `/bin/sh` in `dir`, with this JVM's environment but for JAVA_HOME and
    /// JAVA_OPTS, and `env` on top.
    private static Result shell(String line, Path dir, Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder("/bin/sh", "-c", line).directory(dir.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("JAVA_OPTS");
        return run(builder, env);
    }

    private static Result run(ProcessBuilder builder, Map<String, String> env) throws Exception {
        builder.environment().putAll(env);
        var out = Files.createTempFile(unpacked, "out", ".txt");
        var err = Files.createTempFile(unpacked, "err", ".txt");
        var process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
