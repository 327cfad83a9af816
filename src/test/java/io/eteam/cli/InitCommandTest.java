package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void init_prints_the_first_chairs_token_alone_on_the_last_line_and_refuses_a_second_time() {
        var db = "jdbc:h2:file:" + dir.resolve("eteam");
        var cli = new Cli(dir);

        var first = cli.run("init", "--handle", "ana", "--name", "Ana Andersson", "--db", db);
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Created chair ana (Ana Andersson)");
        assertThat(first.lastLine()).startsWith("et_").hasSizeGreaterThan(40);

        var second = cli.run("init", "--handle", "bo", "--name", "Bo Berg", "--db", db);
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains("already has people");
    }

    @Test
    void init_refuses_an_invalid_handle_with_exit_1() {
        var result = new Cli(dir).run("init", "--handle", "Ana Andersson", "--name", "Ana", "--db", "jdbc:h2:mem:init-invalid");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("handle must be 2 to 32 lowercase letters");
    }
}
