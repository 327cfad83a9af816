package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The real command line, parsing real arguments, against a real server.
class CliTest {

    static TestServer server;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    Cli cli() {
        return new Cli(home);
    }

    @Test
    void login_saves_credentials_readable_only_by_their_owner_and_whoami_uses_them() throws Exception {
        var cli = cli();
        var login = cli.run("login", "--server", server.url(), "--token", server.chairToken);

        assertThat(login.exit()).isZero();
        assertThat(login.out()).contains("Signed in to " + server.url() + " as chair (Casey Chair, chair)");
        var file = cli.configDir().resolve("eteam").resolve("credentials.json");
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        var whoami = cli.run("whoami");
        assertThat(whoami.exit()).isZero();
        assertThat(whoami.out()).startsWith("chair (Casey Chair, chair) on " + server.url());
    }

    @Test
    void a_server_address_that_is_no_http_url_is_bad_usage_for_a_read_a_write_and_a_download() {
        for (var address : new String[] {"file:/tmp", "ftp://eteam.example", "not a url", "http://exa mple"}) {
            for (var command : new String[][] {{"whoami"}, {"raise", "A title", "--kind", "blocked"}, {"backup", home.resolve("b.gz").toString()}}) {
                var args = new java.util.ArrayList<>(java.util.List.of(command));
                args.addAll(java.util.List.of("--server", address, "--token", server.chairToken));
                var run = cli().run(args.toArray(String[]::new));
                assertThat(run.exit()).as(address + " " + args).isEqualTo(Exit.USAGE);
                assertThat(run.err()).as(address + " " + args).contains("The server URL '" + address + "' is not a valid http URL.")
                        .doesNotContain("Exception");
            }
        }
    }

    @Test
    void a_chair_adds_a_vp_whose_token_is_alone_on_the_last_line_and_the_vp_raises_lists_and_shows_a_blocker() {
        var chair = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        var added = chair.run("people", "add", "vp-podcasts", "--name", "Pia Podcasts", "--role", "vp", "--team", "Podcasts");
        assertThat(added.exit()).isZero();
        var vpToken = added.lastLine();
        assertThat(vpToken).startsWith("et_").doesNotContain(" ");

        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", vpToken);
        var raised = vp.run("raise", "Podcast ads need a legal sign-off", "--kind", "blocked", "--impact", "high", "--blocking", "chair");
        assertThat(raised.exit()).isZero();
        var id = raised.lastLine();
        assertThat(id).matches("\\d+");

        var list = vp.run("blockers", "--mine");
        assertThat(list.exit()).isZero();
        assertThat(list.lines().get(0)).contains("ID", "IMPACT", "KIND", "TITLE", "RAISED BY");
        // The listing fits 100 columns, cutting the title; `show` has it whole.
        assertThat(list.out()).contains("Podcast ads need a legal").contains("vp-podcasts");
        assertThat(list.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));

        var show = vp.run("show", id);
        assertThat(show.exit()).isZero();
        assertThat(show.out()).contains("Blocker " + id + ": Podcast ads need a legal sign-off", "History:", "vp-podcasts raised");

        var json = vp.run("show", id, "--json");
        assertThat(json.out()).contains("\"raised_by\" : \"vp-podcasts\"");
    }

    @Test
    void a_member_raising_a_blocker_exits_3_with_one_sentence_on_stderr() {
        var memberToken = server.add("staff-one", "member");
        var member = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", memberToken);

        var refused = member.run("raise", "Please decide", "--kind", "blocked");

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("Only VPs raise blockers: staff-one is a member. Ask your VP to raise it.");
    }

    @Test
    void invalid_input_exits_1_and_names_the_field() {
        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-invalid", "vp"));

        var refused = vp.run("raise", "Something", "--kind", "stuck");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("kind must be blocked, misaligned or off-track.");
    }

    @Test
    void bad_usage_exits_2() {
        var missingKind = cli().run("raise", "A title");
        assertThat(missingKind.exit()).isEqualTo(2);
        assertThat(missingKind.err()).contains("--kind");
    }

    @Test
    void without_credentials_a_client_command_exits_3_and_says_how_to_sign_in() {
        var result = cli().run("blockers");
        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.err()).contains("eteam login --server URL --token TOKEN");
    }

    @Test
    void a_wrong_token_exits_3() {
        var read = cli().run("whoami", "--server", server.url(), "--token", "et_wrong");
        var write = cli().run("raise", "Wrong token", "--kind", "blocked", "--server", server.url(), "--token", "et_wrong");

        assertThat(read.exit()).isEqualTo(3);
        assertThat(write.exit()).isEqualTo(3);
        assertThat(write.err()).as("a write's refusal in the API's words, as a read's").contains("That token is not valid")
                .isEqualTo(read.err());
    }

    @Test
    void version_prints_the_projects_version_from_the_pom() throws Exception {
        var pom = Files.readString(Path.of("pom.xml"));
        var matcher = java.util.regex.Pattern.compile("<artifactId>eteam</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(matcher.find()).isTrue();

        var result = cli().run("--version");

        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).isEqualTo("eteam " + matcher.group(1));
    }

    @Test
    void an_unreachable_server_exits_4_naming_its_address_and_what_to_check() {
        var result = cli().run("blockers", "--server", "http://127.0.0.1:1", "--token", "et_x");
        assertThat(result.exit()).isEqualTo(4);
        assertThat(result.err()).startsWith("Cannot reach the eteam server at http://127.0.0.1:1; is it running?")
                .contains("Check the address (--server, ETEAM_SERVER, or what 'eteam login' saved)")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void people_list_shows_roles_and_deactivate_stops_a_token_at_once() {
        var chair = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        var leaverToken = chair.run("people", "add", "leaver", "--name", "Lee Leaver", "--role", "vp").lastLine();

        assertThat(chair.run("people", "list").out()).containsPattern("leaver\\s+Lee Leaver\\s+vp\\s+yes");
        assertThat(chair.run("people", "deactivate", "leaver").exit()).isZero();

        var leaver = cli().run("whoami", "--server", server.url(), "--token", leaverToken);
        assertThat(leaver.exit()).isEqualTo(3);
        assertThat(chair.run("people", "list").out()).containsPattern("leaver\\s+Lee Leaver\\s+vp\\s+no");
    }

    @Test
    void people_token_prints_a_new_token_alone_on_the_last_line_and_the_old_one_stops_working() {
        var chair = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        var oldToken = server.add("forgetful", "vp");

        var reissued = chair.run("people", "token", "forgetful");

        assertThat(reissued.exit()).isZero();
        var newToken = reissued.lastLine();
        assertThat(cli().run("whoami", "--server", server.url(), "--token", newToken).exit()).isZero();
        assertThat(cli().run("whoami", "--server", server.url(), "--token", oldToken).exit()).isEqualTo(3);
    }

    @Test
    void a_vp_cannot_add_people_and_exits_3() {
        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-eager", "vp"));
        var refused = vp.run("people", "add", "friend", "--name", "Fran Friend", "--role", "vp");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("Only a chair may add people");
    }

    @Test
    void an_empty_list_says_so_in_a_sentence() {
        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-quiet", "vp"));
        assertThat(vp.run("blockers", "--mine").out().strip()).isEqualTo("No open blockers raised by you.");
    }

    @Test
    void resolving_with_a_deferral_exits_1_with_the_message_and_a_real_decision_closes_it() {
        var chair = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.chairToken);
        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-resolver", "vp"));
        var id = vp.run("raise", "Offline downloads in Brazil", "--kind", "misaligned").lastLine();

        var refused = chair.run("resolve", id, "--decision", "Let's take this offline", "--owner", "vp-resolver");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).contains("take this offline").endsWith("Record what was decided and name who does what by when.");
        assertThat(chair.run("show", id).out()).contains("Status     open", "tried to defer (refused)");

        var resolved = chair.run("resolve", id, "--decision", "Ship offline mode in Brazil on March 3", "--owner", "vp-resolver", "--due", "2027-03-03");
        assertThat(resolved.exit()).isZero();
        assertThat(resolved.out()).contains("Resolved blocker " + id + ": Ship offline mode in Brazil on March 3 — owner vp-resolver, due 2027-03-03.");
        assertThat(chair.run("show", id).out()).contains("Status     resolved", "Owner      vp-resolver", "chair resolved");
    }

    @Test
    void withdrawing_prints_the_reason_and_a_second_close_exits_1() {
        var vp = cli().env("ETEAM_SERVER", server.url()).env("ETEAM_TOKEN", server.add("vp-withdrawer", "vp"));
        var id = vp.run("raise", "Waiting on design review", "--kind", "blocked").lastLine();

        var withdrawn = vp.run("withdraw", id, "--reason", "We unblocked ourselves");
        assertThat(withdrawn.exit()).isZero();
        assertThat(withdrawn.out()).contains("Withdrew blocker " + id + ": We unblocked ourselves");

        var again = vp.run("withdraw", id, "--reason", "Still unblocked");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already withdrawn");
    }
}
