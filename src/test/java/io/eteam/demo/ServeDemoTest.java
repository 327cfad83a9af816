package io.eteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam serve --demo` blocks while it serves, so its seeding and its printout are tested in
/// `DemoTest`; here, what it refuses before it starts.
class ServeDemoTest {

    @TempDir
    Path dir;

    @Test
    void serve_demo_refuses_a_database_of_ones_own_with_exit_2() {
        var result = new Cli(dir).run("serve", "--demo", "--db", "jdbc:h2:mem:not-for-fiction", "--port", "0");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("--demo runs on its own temporary database; leave out --db.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void serve_help_describes_the_demo() {
        var result = new Cli(dir).run("serve", "--help");

        assertThat(result.out()).contains("--demo").contains("fictional E-Team");
    }
}
