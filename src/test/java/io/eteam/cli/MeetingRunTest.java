package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.blocker.Status;
import io.eteam.demo.MutableClock;
import io.eteam.meeting.MeetingStatus;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam meeting run` in a real pseudo-terminal: tmux runs the real CLI in a 120×40 window,
/// the test presses keys as the chair would and reads the screen as the chair sees it, while
/// the server's own state (and changes made through the API, as a browser makes them) must
/// agree. Then the same command in a pipe, which prints plain lines.
class MeetingRunTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path home;

    MutableClock clock;
    TestServer server;
    String vp;
    String socket;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void a_tuesday_with_three_blockers() {
        // Tuesday 1 December 2026, before the 13:00 meeting.
        clock = new MutableClock(Instant.parse("2026-12-01T11:00:00Z"));
        server = TestServer.start(clock);
        vp = server.add("vp-music", "vp");
        server.add("vp-ads", "vp");
        ids.add(raise("Label deal blocks Brazil", "high"));
        ids.add(raise("Pricing clash with Ads", "medium"));
        ids.add(raise("Office move", "low"));
        clock.set(Instant.parse("2026-12-01T11:30:00Z"));
        socket = "eteam-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void stop() throws Exception {
        tmux("kill-server");
        server.close();
    }

    long raise(String title, String impact) {
        return server.http.post("/api/v1/blockers", vp,
                "{\"title\": \"" + title + "\", \"kind\": \"blocked\", \"impact\": \"" + impact + "\"}").json().path("id").asLong();
    }

    @Test
    void the_chair_runs_the_meeting_from_the_terminal_and_the_api_sees_every_step() throws Exception {
        open(server.chairToken);
        var first = await(s -> s.contains("PLANNED") && s.contains("NOW  #"));
        assertThat(first).contains("Label deal blocks Brazil", "NEXT", "Pricing clash with Ads", "Office move",
                "IN THE ROOM: nobody has checked in yet", "? keys");

        keys("?");
        assertThat(await(s -> s.contains("Keys (chairs"))).contains("push the current item to overflow");
        keys("?");

        keys("s");
        var running = await(s -> s.contains("RUNNING") && s.matches("(?s).*\\d\\d:\\d\\d left.*"));
        assertThat(running).contains("Started the meeting.");
        assertThat(server.app.meetings().get("2026-12-01").status()).isEqualTo(MeetingStatus.RUNNING);

        keys("i");
        await(s -> s.contains("IN THE ROOM (1): chair"));

        // The first item's SLA clock is shown next to its countdown.
        assertThat(screen()).containsPattern("SLA [0-9.]+ of 2.5 working days");

        keys("+");
        await(s -> s.contains("Added a minute to #" + ids.get(0)) && s.contains("min +1"));
        assertThat(live().path("current").path("added_minutes").asInt()).isEqualTo(1);

        keys("n");
        var moved = await(s -> s.contains("NOW  #" + ids.get(1)));
        assertThat(moved).contains("Moved on: #" + ids.get(0));
        assertThat(live().path("next").get(1).path("item").path("blocker_id").asLong()).isEqualTo(ids.get(0));

        // A deferral is checked as it is typed and refused in place; nothing changes.
        keys("r");
        await(s -> s.contains("Resolve #" + ids.get(1) + " — Decision:"));
        literal("Let's take this offline");
        assertThat(await(s -> s.contains("Deferral:"))).containsIgnoringCase("offline");
        keys("Enter");
        literal("vp-ads");
        keys("Enter", "Enter");
        await(s -> s.contains("not a decision") || s.contains("deferral"));
        assertThat(server.app.blockers().get(ids.get(1)).status()).isEqualTo(Status.OPEN);
        assertThat(screen()).contains("Decision: Let's take this offline");

        // The chair rewrites it: the owner is kept.
        keys("C-u");
        literal("Ads keeps its price; Music matches it by Friday");
        await(s -> s.contains("Reads as a decision."));
        keys("Enter", "Enter");
        literal("2026-12-04");
        keys("Enter");
        var resolved = await(s -> s.contains("Resolved #" + ids.get(1)) && s.contains("DECIDED (1)"));
        assertThat(resolved).contains("Ads keeps its price; Music matches it by Friday (vp-ads, due 2026-12-04)");
        // The README's picture of the terminal view is this screen.
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        java.nio.file.Files.writeString(Path.of("target", "screenshots", "meeting-run.txt"), resolved);
        var closed = server.app.blockers().get(ids.get(1));
        assertThat(closed.status()).isEqualTo(Status.RESOLVED);
        assertThat(closed.owner()).isEqualTo("vp-ads");

        // What a browser does shows in the terminal: the next item is resolved through the API.
        var current = live().path("current").path("item").path("blocker_id").asLong();
        assertThat(current).isEqualTo(ids.get(2));
        server.http.post("/api/v1/blockers/" + current + "/withdraw", server.chairToken, "{\"reason\": \"The move is cancelled\"}");
        await(s -> s.contains("DECIDED (2)") && s.contains("NOW  #" + ids.get(0)));

        // Esc leaves a form without recording anything; an arrow key in it does not.
        keys("w");
        await(s -> s.contains("Withdraw #" + ids.get(0) + " — Reason:"));
        literal("Obsolete");
        keys("Left");
        assertThat(await(s -> s.contains("Reason: Obsolete"))).doesNotContain("Cancelled");
        keys("Escape");
        await(s -> s.contains("Cancelled; nothing was recorded."));
        assertThat(server.app.blockers().get(ids.get(0)).status()).isEqualTo(Status.OPEN);

        keys("o");
        var pushed = await(s -> s.contains("Pushed #" + ids.get(0)));
        assertThat(pushed).contains("pushed", "No item is open on the agenda.");
        assertThat(live().path("next").get(0).path("overflow").asBoolean()).isTrue();

        keys("e");
        await(s -> s.contains("End the meeting"));
        literal("yes");
        keys("Enter");
        await(s -> s.contains("ENDED") && s.contains("Ended the meeting."));
        assertThat(server.app.meetings().get("2026-12-01").status()).isEqualTo(MeetingStatus.ENDED);

        keys("q");
        awaitExit();
    }

    @Test
    void a_vp_follows_but_is_refused_what_only_chairs_may_do() throws Exception {
        open(vp);
        await(s -> s.contains("NOW  #" + ids.get(0)));
        keys("s");
        assertThat(await(s -> s.contains("Only a chair"))).contains("start a meeting");
        assertThat(server.app.meetings().get("2026-12-01").status()).isEqualTo(MeetingStatus.PLANNED);

        // Started elsewhere, the terminal follows.
        server.http.post("/api/v1/meetings/2026-12-01/start", server.chairToken, "{}");
        await(s -> s.contains("RUNNING"));
        keys("C-c");
        awaitExit();
    }

    @Test
    void in_a_pipe_it_prints_plain_lines_as_the_meeting_changes_and_stops_when_it_ends() throws Exception {
        server.http.post("/api/v1/meetings/2026-12-01/start", server.chairToken, "{}");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.eteam.Main", "meeting", "run");
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("ETEAM_SERVER", server.url(), "ETEAM_TOKEN", vp,
                "XDG_CONFIG_HOME", home.toString()));
        var process = builder.start();
        var printed = new StringBuffer();
        var reader = new Thread(() -> {
            try (var in = process.getInputStream()) {
                int b;
                var bytes = new java.io.ByteArrayOutputStream();
                while ((b = in.read()) >= 0) {
                    bytes.write(b);
                    printed.setLength(0);
                    printed.append(bytes.toString(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        reader.start();
        try {
            awaitPrinted(printed, "NOW  #" + ids.get(0));
            server.http.post("/api/v1/blockers/" + ids.get(0) + "/withdraw", server.chairToken, "{\"reason\": \"Signed yesterday\"}");
            awaitPrinted(printed, "NOW  #" + ids.get(1));
            server.http.post("/api/v1/meetings/2026-12-01/end", server.chairToken, "{}");
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ends with the meeting").isTrue();
            reader.join(10_000);
            var out = printed.toString();
            assertThat(process.exitValue()).as(out).isZero();
            assertThat(out).doesNotContain("\u001b[").doesNotContain("? keys")
                    .contains("NOW  #" + ids.get(0) + "  Label deal blocks Brazil")
                    .contains("NOW  #" + ids.get(1))
                    .contains("– #" + ids.get(0) + " Label deal blocks Brazil — Signed yesterday (withdrawn)")
                    .contains("The meeting has ended.");
        } finally {
            process.destroyForcibly();
        }
    }

    static void awaitPrinted(StringBuffer printed, String text) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!printed.toString().contains(text)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Never printed " + text + "; printed:\n" + printed);
            }
            Thread.sleep(50);
        }
    }

    com.fasterxml.jackson.databind.JsonNode live() {
        return server.http.get("/api/v1/meetings/2026-12-01/live", server.chairToken).json();
    }

    /// Starts `eteam meeting run` in a fresh tmux server, in a 120×40 window.
    void open(String token) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = String.join(" ", "exec", quote(java), "-cp", quote(System.getProperty("java.class.path")),
                "io.eteam.Main", "meeting", "run");
        tmux("new-session", "-d", "-x", "120", "-y", "40",
                "-e", "ETEAM_SERVER=" + server.url(), "-e", "ETEAM_TOKEN=" + token,
                "-e", "XDG_CONFIG_HOME=" + home, "-e", "TERM=xterm-256color", command);
    }

    void keys(String... keys) throws Exception {
        var args = new ArrayList<>(List.of("send-keys", "-t", "0"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        Thread.sleep(150);
    }

    void literal(String text) throws Exception {
        tmux("send-keys", "-t", "0", "-l", text);
        Thread.sleep(150);
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "0");
    }

    String await(Predicate<String> seen) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        String last = "";
        while (System.nanoTime() < until) {
            last = screen();
            if (seen.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The screen never showed what was expected; it shows:\n" + last);
    }

    void awaitExit() throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            // With its only window gone, the tmux server exits too.
            if (!tmux("list-panes", "-a").contains("0:0.0")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("eteam meeting run did not quit:\n" + screen());
    }

    String tmux(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
