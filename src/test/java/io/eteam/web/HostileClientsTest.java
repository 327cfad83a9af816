package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eteam.App;
import io.eteam.people.NewPerson;
import io.eteam.people.Tokens;
import io.eteam.support.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Clients that try to wear the server out: slow bodies and heads, many connections from one
/// address, guessed tokens. Real server, real sockets; attackers come from other loopback
/// addresses (127.0.0.2 and up) than the signed-in client, so per-address limits show.
class HostileClientsTest {

    /// Fewer threads than the slow-body test opens connections, and time-outs of a second, so
    /// that each cut-off shows within seconds; the idle timeout stays long so that it is never
    /// what cuts a connection here.
    static final Limits LIMITS = new Limits(12, Duration.ofSeconds(30), Duration.ofSeconds(1), 1024,
            Duration.ofSeconds(1), 8, 5, Duration.ofSeconds(30), 1000, false, List.of());

    static final ObjectMapper JSON = new ObjectMapper();

    static App app;
    static int port;
    static String chair;
    static long blockerId;

    @BeforeAll
    static void start() {
        app = App.open(TestServer.memoryDb(), Clock.systemUTC()).serve("127.0.0.1", 0, LIMITS);
        port = app.port();
        chair = app.people().init("chair", "Casey Chair").token();
        var vp = app.people().add(app.people().get("chair"), new NewPerson("vp", "Val Pe", "vp", null)).token();
        var raised = send("127.0.0.1", "POST", "/api/v1/blockers", vp, """
                {"title": "Label deal blocks the Brazil launch", "kind": "blocked"}""");
        assertThat(raised.status()).isEqualTo(201);
        blockerId = raised.json().path("id").asLong();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void an_anonymous_slow_body_does_not_hold_a_thread() throws Exception {
        var slow = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 3 * LIMITS.threads(); i++) {
                var socket = connect("127.0.0." + (10 + i % 10));
                slow.add(socket);
                write(socket, "POST /api/v1/blockers HTTP/1.1\r\nHost: eteam\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 70000\r\n\r\n{\"ti");
            }

            long started = System.nanoTime();
            var signedIn = send("127.0.0.1", "GET", "/api/v1/blockers/" + blockerId, chair, null);
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(signedIn.status()).isEqualTo(200);
            assertThat(millis).as("signed-in read with %s slow bodies open", slow.size()).isLessThan(1000);
            for (var socket : slow) {
                var answer = readToEnd(socket, Duration.ofSeconds(3));
                assertThat(answer.status()).isEqualTo(401);
                assertThat(answer.headers()).containsEntry("connection", "close");
                assertThat(answer.closed()).as("the server ends the connection instead of waiting for the body").isTrue();
            }
        } finally {
            closeAll(slow);
        }
    }

    @Test
    void a_signed_in_slow_body_is_cut_off_by_the_minimum_data_rate() throws Exception {
        try (var socket = connect("127.0.0.60")) {
            write(socket, "POST /api/v1/blockers HTTP/1.1\r\nHost: eteam\r\nAuthorization: Bearer " + chair
                    + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{");
            long started = System.nanoTime();
            var answer = trickle(socket, Duration.ofSeconds(6));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(millis).as("cut off after").isLessThan(4000);
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.error()).isEqualTo("request_timeout");
            assertThat(answer.closed()).isTrue();
        }
        assertThat(send("127.0.0.1", "GET", "/api/v1/health", null, null).status()).isEqualTo(200);
    }

    @Test
    void a_slow_header_is_cut_off() throws Exception {
        try (var socket = connect("127.0.0.30")) {
            write(socket, "GET /api/v1/health HTTP/1.1\r\nHost: eteam\r\nX-Slow: ");
            long started = System.nanoTime();
            var answer = trickle(socket, Duration.ofSeconds(6));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer.closed()).isTrue();
            assertThat(millis).as("cut off after").isBetween(LIMITS.headerTimeout().toMillis() - 100, 4000L);
            assertThat(answer.status()).as("no answer to a head that never ended").isZero();
        }
    }

    @Test
    void too_many_bad_tokens_from_one_address_get_429_with_retry_after() {
        for (int i = 0; i < LIMITS.refusalBurst(); i++) {
            var refused = send("127.0.0.40", "GET", "/api/v1/me", "et_guess" + i, null);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.error()).isEqualTo("unauthenticated");
        }

        var throttled = send("127.0.0.40", "GET", "/api/v1/me", "et_guess-again", null);
        var evenAGoodOne = send("127.0.0.40", "GET", "/api/v1/me", chair, null);
        var signInForm = send("127.0.0.40", "POST", "/login", null, "token=" + chair);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.error()).isEqualTo("too_many_requests");
        assertThat(throttled.json().path("message").asText()).contains("try again in");
        assertThat(Long.parseLong(throttled.headers().get("retry-after")))
                .isBetween(1L, LIMITS.refusalRefill().toSeconds());
        assertThat(evenAGoodOne.status()).as("a throttled address's tokens are not looked at").isEqualTo(429);
        assertThat(signInForm.status()).isEqualTo(429);
        assertThat(signInForm.headers()).containsKey("retry-after");
    }

    @Test
    void wrong_tokens_sent_to_mcp_count_against_the_address_like_the_apis() {
        var ping = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}";
        for (int i = 0; i < LIMITS.refusalBurst(); i++) {
            var refused = send("127.0.0.46", "POST", "/mcp", "et_guess" + i, ping);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().path("error").path("message").asText()).contains("not valid");
        }

        var throttled = send("127.0.0.46", "POST", "/mcp", chair, ping);
        var api = send("127.0.0.46", "GET", "/api/v1/me", chair, null);

        assertThat(throttled.status()).as("a throttled address's tokens are not looked at").isEqualTo(429);
        assertThat(throttled.json().path("error").path("message").asText()).contains("try again in");
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isBetween(1L, LIMITS.refusalRefill().toSeconds());
        assertThat(api.status()).isEqualTo(429);
        assertThat(send("127.0.0.47", "POST", "/mcp", chair, ping).status()).as("another address").isNotEqualTo(429);
    }

    @Test
    void a_good_token_from_another_address_is_not_throttled() {
        for (int i = 0; i <= LIMITS.refusalBurst(); i++) {
            send("127.0.0.41", "GET", "/api/v1/me", "et_guess" + i, null);
        }
        assertThat(send("127.0.0.41", "GET", "/api/v1/me", chair, null).status()).isEqualTo(429);

        var elsewhere = send("127.0.0.42", "GET", "/api/v1/blockers/" + blockerId, chair, null);
        var here = send("127.0.0.1", "GET", "/api/v1/me", chair, null);

        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(here.status()).isEqualTo(200);
    }

    @Test
    void a_client_naming_other_addresses_in_x_forwarded_for_is_still_throttled_by_its_own() throws Exception {
        for (int i = 0; i <= LIMITS.refusalBurst(); i++) {
            me(port, "127.0.0.45", "198.51.100." + i, "et_guess" + i);
        }
        assertThat(me(port, "127.0.0.45", "198.51.100.200", chair).status()).isEqualTo(429);
    }

    @Test
    void behind_a_proxy_refused_sign_ins_count_against_the_browser_the_proxy_names() throws Exception {
        try (var proxied = App.open(TestServer.memoryDb(), Clock.systemUTC()).serve("127.0.0.1", 0, LIMITS.behindAProxy())) {
            var token = proxied.people().init("chair", "Casey Chair").token();
            for (int i = 0; i <= LIMITS.refusalBurst(); i++) {
                me(proxied.port(), "127.0.0.44", "198.51.100.7", "et_guess" + i);
            }

            assertThat(me(proxied.port(), "127.0.0.44", "198.51.100.7", token).status()).as("the guessing browser").isEqualTo(429);
            assertThat(me(proxied.port(), "127.0.0.44", "198.51.100.8", token).status()).as("another browser behind the same proxy").isEqualTo(200);
        }
    }

    /// `GET /api/v1/me` from the local address `from`, with `X-Forwarded-For: forwardedFor`.
    static Answer me(int port, String from, String forwardedFor, String token) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            write(socket, "GET /api/v1/me HTTP/1.1\r\nHost: eteam\r\nConnection: close\r\nX-Forwarded-For: " + forwardedFor
                    + "\r\nAuthorization: Bearer " + token + "\r\n\r\n");
            return readToEnd(socket, Duration.ofSeconds(10));
        }
    }

    @Test
    void a_refused_sign_in_is_logged_without_the_token() {
        var token = Tokens.generate();
        var formToken = Tokens.generate();
        var log = new ByteArrayOutputStream();
        var err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            assertThat(send("127.0.0.43", "GET", "/api/v1/me", token, null).status()).isEqualTo(401);
            assertThat(send("127.0.0.43", "POST", "/login", null, "token=" + formToken).status()).isEqualTo(401);
        } finally {
            System.setErr(err);
        }

        var lines = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("127.0.0.43")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Refused sign-in from 127.0.0.43 on GET /api/v1/me: a bearer token");
        assertThat(lines.get(1)).contains("Refused sign-in from 127.0.0.43 on POST /login: a token on the sign-in form");
        assertThat(log.toString(StandardCharsets.UTF_8))
                .doesNotContain(token, Tokens.hash(token), token.substring(3, 20))
                .doesNotContain(formToken, Tokens.hash(formToken), formToken.substring(3, 20));
    }

    @Test
    void connections_per_address_are_bounded() throws Exception {
        var held = new ArrayList<Socket>();
        try {
            for (int i = 0; i < LIMITS.connectionsPerAddress(); i++) {
                held.add(connect("127.0.0.50"));
            }
            // Each one answers, so all of them have been accepted before the next is tried.
            for (var socket : held) {
                write(socket, "GET /api/v1/health HTTP/1.1\r\nHost: eteam\r\n\r\n");
                assertThat(readHead(socket).status()).isEqualTo(200);
            }

            try (var over = connect("127.0.0.50")) {
                assertThat(readToEnd(over, Duration.ofSeconds(2)).closed()).as("one more is closed at once").isTrue();
            }
            assertThat(send("127.0.0.51", "GET", "/api/v1/health", null, null).status())
                    .as("another address").isEqualTo(200);

            held.remove(0).close();
            assertThat(healthAnswersWithin("127.0.0.50", Duration.ofSeconds(3)))
                    .as("a closed connection frees its place").isTrue();
        } finally {
            closeAll(held);
        }
    }

    // ---- a small HTTP/1.1 client over plain sockets, bound to a chosen loopback address ----

    record Answer(int status, Map<String, String> headers, String body, boolean closed) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }

        String error() {
            var json = json();
            return json == null ? null : json.path("error").asText(null);
        }
    }

    static Socket connect(String from) throws IOException {
        var socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        return socket;
    }

    static void write(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /// One complete request from `from`, on a connection of its own, read to the server's close.
    static Answer send(String from, String method, String path, String token, String body) {
        try (var socket = connect(from)) {
            var bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: eteam\r\nConnection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: ").append(body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                        .append("\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            write(socket, head + "\r\n");
            socket.getOutputStream().write(bytes);
            return readToEnd(socket, Duration.ofSeconds(10));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Sends one more byte every 200 ms until the server answers or closes, or `most` passes.
    static Answer trickle(Socket socket, Duration most) throws IOException {
        long deadline = System.nanoTime() + most.toNanos();
        socket.setSoTimeout(200);
        var in = socket.getInputStream();
        while (System.nanoTime() < deadline) {
            try {
                socket.getOutputStream().write('a');
                socket.getOutputStream().flush();
            } catch (IOException closed) {
                return new Answer(0, Map.of(), "", true);
            }
            try {
                int first = in.read();
                if (first < 0) {
                    return new Answer(0, Map.of(), "", true);
                }
                return parse(first, in, deadline);
            } catch (SocketTimeoutException stillOpen) {
                // nothing yet: send the next byte
            } catch (IOException reset) {
                return new Answer(0, Map.of(), "", true);
            }
        }
        return new Answer(0, Map.of(), "", false);
    }

    /// Reads until the server closes the connection, or `most` passes (then `closed` is false).
    static Answer readToEnd(Socket socket, Duration most) throws IOException {
        long deadline = System.nanoTime() + most.toNanos();
        socket.setSoTimeout((int) most.toMillis());
        try {
            int first = socket.getInputStream().read();
            if (first < 0) {
                return new Answer(0, Map.of(), "", true);
            }
            return parse(first, socket.getInputStream(), deadline);
        } catch (SocketTimeoutException open) {
            return new Answer(0, Map.of(), "", false);
        } catch (IOException reset) {
            return new Answer(0, Map.of(), "", true);
        }
    }

    /// Reads one answer's head and its Content-Length body, leaving the connection open.
    static Answer readHead(Socket socket) throws IOException {
        socket.setSoTimeout(5000);
        var in = socket.getInputStream();
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        var answer = parseHead(head.toString(StandardCharsets.ISO_8859_1), "", false);
        int length = Integer.parseInt(answer.headers().getOrDefault("content-length", "0"));
        return new Answer(answer.status(), answer.headers(), new String(in.readNBytes(length), StandardCharsets.UTF_8), false);
    }

    private static Answer parse(int first, InputStream in, long deadline) throws IOException {
        var all = new ByteArrayOutputStream();
        all.write(first);
        var buffer = new byte[4096];
        boolean closed = false;
        while (System.nanoTime() < deadline) {
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketTimeoutException open) {
                continue;
            } catch (IOException reset) {
                closed = true;
                break;
            }
            if (n < 0) {
                closed = true;
                break;
            }
            all.write(buffer, 0, n);
        }
        var text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        return parseHead(end < 0 ? text : text.substring(0, end), end < 0 ? "" : text.substring(end + 4), closed);
    }

    private static Answer parseHead(String head, String body, boolean closed) {
        var lines = head.split("\r\n");
        var headers = new TreeMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(), lines[i].substring(colon + 1).strip());
            }
        }
        var status = lines[0].split(" ");
        return new Answer(status.length > 1 ? Integer.parseInt(status[1]) : 0, headers, body, closed);
    }

    private static boolean healthAnswersWithin(String from, Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        while (System.nanoTime() < deadline) {
            if (send(from, "GET", "/api/v1/health", null, null).status() == 200) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void closeAll(List<Socket> sockets) {
        for (var socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server already closed
            }
        }
    }
}
