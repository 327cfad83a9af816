package io.eteam.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// A relay on a free port of 127.0.0.1 that forwards every request to a test server with
/// `Authorization: Bearer TOKEN` added, for a client that cannot send a token (the MCP
/// conformance suite). Everything else goes as the client sent it, `Host` and `Origin`
/// included, so the server judges the origin the client claims exactly as it would without the
/// relay; the answer comes back as it streams, an event stream event by event.
///
/// Each request is written by hand on its own connection (`Connection: close`): Java's HTTP
/// clients set `Host` themselves, and the server then sees the relay's port instead of the one the
/// client reached, so it would refuse every browser-style `Origin` as foreign.
public final class BearerRelay implements AutoCloseable {

    /// Headers about one hop (RFC 9110 §7.6.1), which the relay sets itself on each side.
    private static final Set<String> HOP = Set.of("connection", "keep-alive", "proxy-connection", "transfer-encoding",
            "te", "trailer", "upgrade", "content-length", "expect", "authorization", "date");

    private final HttpServer http;
    private final ExecutorService threads;
    private final int target;
    private final String token;

    private BearerRelay(HttpServer http, ExecutorService threads, int target, String token) {
        this.http = http;
        this.threads = threads;
        this.target = target;
        this.token = token;
    }

    /// A relay to the server on port `target` of 127.0.0.1, adding `token` to every request.
    public static BearerRelay start(int target, String token) {
        try {
            var http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var threads = Executors.newCachedThreadPool(run -> {
                var thread = new Thread(run, "bearer-relay");
                thread.setDaemon(true);
                return thread;
            });
            var relay = new BearerRelay(http, threads, target, token);
            http.createContext("/", relay::relay);
            http.setExecutor(threads);
            http.start();
            return relay;
        } catch (IOException e) {
            throw new IllegalStateException("The relay could not listen", e);
        }
    }

    /// The relay's URL for `path`, e.g. `http://127.0.0.1:41234/mcp`.
    public String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    private void relay(HttpExchange exchange) throws IOException {
        boolean answered = false;
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), target)) {
            socket.setSoTimeout(120_000);
            var body = exchange.getRequestBody().readAllBytes();
            var uri = exchange.getRequestURI();
            var head = new StringBuilder(exchange.getRequestMethod()).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n");
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n"));
                }
            });
            head.append("Authorization: Bearer ").append(token).append("\r\n");
            if (body.length > 0 || !Set.of("GET", "HEAD", "DELETE", "OPTIONS").contains(exchange.getRequestMethod())) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream toServer = socket.getOutputStream();
            toServer.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            toServer.write(body);
            toServer.flush();

            var fromServer = new BufferedInputStream(socket.getInputStream());
            String status;
            List<String[]> headers;
            do { // 1xx answers are the server's to the relay alone
                status = RawHttp.line(fromServer);
                if (status == null) {
                    throw new IOException("The server closed the connection without an answer");
                }
                headers = headers(fromServer);
            } while (status.split(" ")[1].startsWith("1"));
            int code = Integer.parseInt(status.split(" ")[1]);
            boolean chunked = false;
            long length = -1;
            for (var header : headers) {
                var name = header[0].toLowerCase(Locale.ROOT);
                if (name.equals("transfer-encoding")) {
                    chunked = header[1].toLowerCase(Locale.ROOT).contains("chunked");
                } else if (name.equals("content-length")) {
                    length = Long.parseLong(header[1].strip());
                } else if (!HOP.contains(name)) {
                    exchange.getResponseHeaders().add(header[0], header[1]);
                }
            }
            boolean none = code == 204 || code == 304 || exchange.getRequestMethod().equals("HEAD") || length == 0;
            exchange.sendResponseHeaders(code, none ? -1 : (!chunked && length > 0) ? length : 0);
            answered = true;
            if (none) {
                return;
            }
            var toClient = exchange.getResponseBody();
            if (chunked) {
                dechunk(fromServer, toClient);
            } else {
                copy(fromServer, toClient, length);
            }
            toClient.close();
        } catch (IOException | RuntimeException e) {
            if (!answered) { // the server did not answer: say so, as a proxy does
                var text = ("The relay got no answer from the server: " + e).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(502, text.length);
                exchange.getResponseBody().write(text);
            } // else the client went away mid-answer, or the server did
        } finally {
            exchange.close();
        }
    }

    /// Copies `length` bytes, or to the end when -1, flushing what arrives as it arrives.
    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        var buffer = new byte[8192];
        long left = length < 0 ? Long.MAX_VALUE : length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            out.write(buffer, 0, n);
            out.flush();
            left -= n;
        }
    }

    private static void dechunk(InputStream in, OutputStream out) throws IOException {
        while (true) {
            var size = RawHttp.line(in);
            if (size == null) {
                return;
            }
            int semicolon = size.indexOf(';');
            long n = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (n == 0) {
                return; // trailers, if any, are dropped with the connection
            }
            copy(in, out, n);
            RawHttp.line(in);
        }
    }

    private static List<String[]> headers(InputStream in) throws IOException {
        var headers = new ArrayList<String[]>();
        for (var line = RawHttp.line(in); line != null && !line.isEmpty(); line = RawHttp.line(in)) {
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
        }
        return headers;
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
