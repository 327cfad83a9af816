package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.support.Cli;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam serve` refusing to start: one plain sentence naming what is in the way, exit 4.
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void a_port_in_use_is_named_as_the_port_and_the_database_is_left_closed() throws Exception {
        var db = "jdbc:h2:file:" + dir.resolve("eteam");
        try (var taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            var refused = new Cli(dir).run("serve", "--host", "127.0.0.1", "--port", String.valueOf(taken.getLocalPort()), "--db", db);

            assertThat(refused.exit()).isEqualTo(Exit.UNAVAILABLE);
            assertThat(refused.err()).contains("The port is already in use").doesNotContain("database");
        }
        // Closed again: another process could open it now, as this one does.
        try (var app = App.open(db, Clock.systemUTC())) {
            assertThat(app.people().isEmpty()).isTrue();
        }
    }

    @Test
    void a_name_that_is_not_a_host_is_bad_usage_and_nothing_starts() {
        var refused = new Cli(dir).run("serve", "--port", "0", "--db", "jdbc:h2:file:" + dir.resolve("eteam"),
                "--name", "eteam.example,https://eteam.example/");

        assertThat(refused.exit()).isEqualTo(Exit.USAGE);
        assertThat(refused.err()).contains("'https://eteam.example/' is not one");
        assertThat(dir.resolve("eteam.mv.db")).doesNotExist();
    }
}
