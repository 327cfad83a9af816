package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.Main;
import io.eteam.support.Cli;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/// `eteam NAME ...` builds only the command NAME (see `Main.commandLine`); these pin that the
/// names it goes by are the commands' own and that help and suggestions still see every command.
class CommandNamesTest {

    @TempDir
    Path home;

    @Test
    void every_client_command_is_listed_under_the_name_its_annotation_gives_it() {
        ClientFactory.commands().forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getName()).isEqualTo(name));
    }

    @Test
    void a_command_line_for_one_command_holds_that_command_only_and_one_for_help_holds_all() {
        var credentials = new Credentials(Map.of(), home.toString());

        assertThat(Main.commandLine(credentials, "raise", "Title", "--kind", "blocked").getSubcommands())
                .containsOnlyKeys("raise");
        assertThat(Main.commandLine(credentials, "serve").getSubcommands()).containsOnlyKeys("serve");
        assertThat(Main.commandLine(credentials, "--help").getSubcommands())
                .containsKeys("serve", "init")
                .containsKeys(ClientFactory.commands().keySet().toArray(String[]::new));
    }

    @Test
    void help_lists_every_command_and_a_misspelt_one_gets_suggestions_and_exit_2() {
        var cli = new Cli(home);

        var help = cli.run("--help");
        assertThat(help.exit()).isZero();
        for (var name : ClientFactory.commands().keySet()) {
            assertThat(help.out()).contains("  " + name + " ");
        }
        assertThat(help.out()).contains("  serve ").contains("  init ");

        var misspelt = cli.run("raies", "Title");
        assertThat(misspelt.exit()).isEqualTo(Exit.USAGE);
        assertThat(misspelt.err()).contains("Did you mean: eteam raise");
    }

    @Test
    void bad_usage_is_one_sentence_and_where_help_is_not_the_whole_usage_nor_java_text() {
        var cli = new Cli(home);

        var notANumber = cli.run("show", "abc");
        var badDecimal = cli.run("calendar", "set", "--target-days", "abc");

        assertThat(notANumber.exit()).isEqualTo(Exit.USAGE);
        assertThat(notANumber.err().lines().toList())
                .containsExactly("Invalid value for positional parameter at index 0 (ID): 'abc' is not a long", "See 'eteam show --help'.");
        assertThat(badDecimal.exit()).isEqualTo(Exit.USAGE);
        assertThat(badDecimal.err()).startsWith("Invalid value for option '--target-days': cannot convert 'abc' to BigDecimal\n")
                .doesNotContain("java.").doesNotContain("Usage:");
    }
}
