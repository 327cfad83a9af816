package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A token as people paste it (issue 19): a line break or spaces around it are dropped; one with a
/// space, a control character or a non-ASCII letter inside is refused in one sentence, never
/// with a Java exception's name.
class PastedTokenTest {

    static TestServer server;
    static String vp;

    @TempDir
    static Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-music", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_token_pasted_with_a_line_break_or_spaces_around_it_signs_in_and_is_saved_without_them() {
        var cli = new Cli(home.resolve("pasted"));
        var login = cli.run("login", "--server", server.url(), "--token", "  " + vp + "\r\n");
        assertThat(login.exit()).as(login.err()).isZero();
        assertThat(cli.run("whoami").out()).contains("vp-music");

        var byEnv = new Cli(home.resolve("env")).env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", vp + "\n").run("whoami");
        assertThat(byEnv.exit()).as(byEnv.err()).isZero();
    }

    @Test
    void a_token_with_a_space_a_control_character_or_a_foreign_letter_inside_is_refused_in_one_sentence() {
        for (var bad : new String[] {vp.substring(0, 6) + " " + vp.substring(6), vp + "\nX-Evil: 1", "é" + vp, vp + "\u0000", " \n "}) {
            var result = new Cli(home.resolve("bad")).run("login", "--server", server.url(), "--token", bad);
            assertThat(result.exit()).as(bad).isEqualTo(Exit.USAGE);
            assertThat(result.err().lines().count()).as(result.err()).isEqualTo(1);
            assertThat(result.err()).contains("token").doesNotContain("Exception").doesNotContain("java.");
        }
    }
}
