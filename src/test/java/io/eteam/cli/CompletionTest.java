package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam completion bash|zsh`: the script, sourced by a real bash, completes commands,
/// subcommands and options as a user pressing Tab would get them.
class CompletionTest {

    @TempDir
    static Path home;

    static Path script;

    @BeforeAll
    static void write_the_script() throws IOException {
        var bash = new Cli(home).run("completion", "bash");
        assertThat(bash.exit()).as(bash.err()).isZero();
        script = home.resolve("eteam-completion.bash");
        Files.writeString(script, bash.out());
    }

    /// What bash offers for the words typed so far (the last one being completed). Called outside
    /// a real Tab press, the script's `compopt` says so on stderr, which is left out.
    static List<String> complete(String... words) throws IOException, InterruptedException {
        var line = String.join(" ", words);
        var array = new StringBuilder();
        for (var word : words) {
            array.append('\'').append(word).append("' ");
        }
        var command = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + line + "'; COMP_POINT=" + line.length() + "; _complete_eteam; printf '%s\\n' \"${COMPREPLY[@]}\"";
        var process = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void bash_completes_a_command_from_its_first_letters() throws Exception {
        assertThat(complete("eteam", "webh")).containsExactly("webhooks");
        assertThat(complete("eteam", "esc")).containsExactly("escalate");
        assertThat(complete("eteam", "")).contains("raise", "resolve", "agenda", "serve", "minutes", "feed", "completion");
    }

    @Test
    void bash_completes_subcommands_and_options() throws Exception {
        assertThat(complete("eteam", "webhooks", "")).contains("add", "list", "remove", "digest");
        assertThat(complete("eteam", "raise", "--rep")).containsExactly("--repeats");
        assertThat(complete("eteam", "calendar", "set", "--follow")).containsExactly("--follow-up-minutes");
    }

    @Test
    void zsh_gets_the_same_script_which_turns_on_zshs_bash_completion_and_another_shell_is_refused() {
        var zsh = new Cli(home).run("completion", "zsh");
        assertThat(zsh.exit()).isZero();
        assertThat(zsh.out()).contains("bashcompinit").contains("complete -F _complete_eteam");
        var fish = new Cli(home).run("completion", "fish");
        assertThat(fish.exit()).isEqualTo(Exit.USAGE);
        assertThat(fish.err()).contains("bash and zsh");
    }
}
