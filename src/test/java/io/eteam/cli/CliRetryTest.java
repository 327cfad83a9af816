package io.eteam.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.support.Cli;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The CLI retries a write whose answer it never got, with the same Idempotency-Key, so the
/// server applies it once.
class CliRetryTest {

    static TestServer server;
    static String vp;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        vp = server.add("vp-retry", "vp");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long count(String title) {
        return server.app.blockers().list("all", null).stream().filter(b -> b.title().equals(title)).count();
    }

    @Test
    void a_cli_raise_whose_first_answer_is_lost_is_retried_and_creates_exactly_one_blocker() throws Exception {
        try (var proxy = new DroppingProxy(server.app.port(), 1)) {
            var raised = new Cli(home).run("raise", "Answer lost once", "--kind", "blocked", "--json",
                    "--server", proxy.url(), "--token", vp);

            assertThat(raised.exit()).as(raised.err()).isZero();
            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(count("Answer lost once")).isEqualTo(1);
            var id = server.app.blockers().list("all", null).stream()
                    .filter(b -> b.title().equals("Answer lost once")).findFirst().orElseThrow().id();
            assertThat(raised.out()).contains("\"id\" : " + id);
        }
    }

    @Test
    void a_cli_import_whose_first_answer_is_lost_is_retried_and_imports_every_row_once() throws Exception {
        var csv = home.resolve("history.csv");
        Files.writeString(csv, "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n"
                + "Imported through a drop,blocked,high,vp-retry,2026-01-05T10:00:00Z,,,\n");
        try (var proxy = new DroppingProxy(server.app.port(), 1)) {
            var imported = new Cli(home).run("import", csv.toString(), "--server", proxy.url(), "--token", server.chairToken);

            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).startsWith("Imported 1 blockers");
            assertThat(proxy.dropped()).isEqualTo(1);
            assertThat(count("Imported through a drop")).isEqualTo(1);
        }
    }

    @Test
    void a_cli_raise_started_before_the_server_listens_succeeds_once_it_is_up() throws Exception {
        int port;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (var app = App.open(TestServer.memoryDb(), Clock.systemUTC())) {
            var chair = app.people().init("chair", "Casey Chair").token();
            var raising = CompletableFuture.supplyAsync(() -> new Cli(home).run("raise", "Raised while starting",
                    "--kind", "blocked", "--server", "http://127.0.0.1:" + port, "--token", chair));
            Thread.sleep(1500);
            assertThat(raising).isNotDone();

            app.serve("127.0.0.1", port);

            var raised = raising.get(60, TimeUnit.SECONDS);
            assertThat(raised.exit()).as(raised.err()).isZero();
            assertThat(app.blockers().list("all", null)).extracting(b -> b.title()).containsExactly("Raised while starting");
        }
    }

    @Test
    void a_person_at_a_terminal_is_told_once_that_a_write_is_being_retried() throws Exception {
        try (var proxy = new DroppingProxy(server.app.port(), 2)) {
            var notices = new java.io.StringWriter();
            var api = new ApiClient(proxy.url(), vp, ClientJson.JSON,
                    new java.io.PrintWriter(notices, true));
            var body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("title", "Retried at a terminal").put("kind", "blocked");

            api.post("/api/v1/blockers", body);

            assertThat(proxy.dropped()).isEqualTo(2);
            assertThat(notices.toString().lines()).containsExactly("No answer from " + proxy.url()
                    + " yet; trying again for up to a minute (a write sent again is never applied twice).");
            assertThat(count("Retried at a terminal")).isEqualTo(1);
        }
    }

    @Test
    void import_progress_shows_the_bytes_sent_then_the_rows_the_server_is_checking_and_clears_its_line() {
        var err = new StringWriter();
        var now = new AtomicLong(0);
        var progress = ProgressLine.forImport(new PrintWriter(err), 2_500, now::get);

        progress.sent(64 * 1024, 2 * 1024 * 1024);
        now.set(500);
        progress.sent(2 * 1024 * 1024, 2 * 1024 * 1024);
        progress.waiting();
        now.set(13_600);
        progress.tick();
        progress.done();

        assertThat(err.toString())
                .contains("Sending 64.0 KB of 2.0 MB (3%)", "Sending 2.0 MB of 2.0 MB (100%)",
                        "Waiting for the server to check 2,500 rows… 0 s", "Waiting for the server to check 2,500 rows… 13 s")
                .endsWith("\r");
    }

    @Test
    void import_progress_counts_the_rows_of_a_csv_file_after_its_header() {
        var csv = "title,kind\n\"Two\nlines\",blocked\nPlain,blocked".getBytes(StandardCharsets.UTF_8);

        assertThat(ProgressLine.rows(csv)).isEqualTo(2);
        assertThat(ProgressLine.rows("title,kind\n".getBytes(StandardCharsets.UTF_8))).isZero();
    }

    /// A loopback TCP proxy to the server that, for its first `drops` connections, forwards the
    /// request but closes the client's connection as soon as the server starts answering: the
    /// server has done the work, and the client never hears of it.
    static final class DroppingProxy implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final int target;
        private final int drops;
        private final AtomicInteger connections = new AtomicInteger();
        private final AtomicInteger dropped = new AtomicInteger();

        DroppingProxy(int target, int drops) throws IOException {
            this.target = target;
            this.drops = drops;
            var accepting = new Thread(this::accept, "dropping-proxy");
            accepting.setDaemon(true);
            accepting.start();
        }

        String url() {
            return "http://127.0.0.1:" + listener.getLocalPort();
        }

        int dropped() {
            return dropped.get();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    var client = listener.accept();
                    var upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    boolean drop = connections.incrementAndGet() <= drops;
                    pipe(client.getInputStream(), upstream.getOutputStream(), upstream, false, client);
                    pipe(upstream.getInputStream(), client.getOutputStream(), client, drop, upstream);
                } catch (IOException e) {
                    return;
                }
            }
        }

        /// Copies `from` to `to` on a thread of its own; with `drop`, closes both sockets at the
        /// first byte instead.
        private void pipe(InputStream from, OutputStream to, Socket toSocket, boolean drop, Socket fromSocket) {
            var thread = new Thread(() -> {
                var buffer = new byte[8192];
                try {
                    int n;
                    while ((n = from.read(buffer)) > 0) {
                        if (drop) {
                            dropped.incrementAndGet();
                            break;
                        }
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                } catch (IOException e) {
                    // one side closed; close the other below
                } finally {
                    close(toSocket);
                    close(fromSocket);
                }
            }, "dropping-proxy-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
