package io.eteam.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/// HTTP/1.1 written by hand on a socket, for the requests no HTTP client sends: a body shorter
/// than its Content-Length, a chunk size that is not hexadecimal, chunks without the last one.
/// Each request has its own connection (`Connection: close`).
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /// How a request's body travels.
    public enum Framing {
        /// `Content-Length` of the body, then the body.
        LENGTH,
        /// No body and no header announcing one.
        NONE,
        /// `Content-Length` larger than the body; the client sends what it has and stops sending.
        TRUNCATED,
        /// `Transfer-Encoding: chunked`, well formed.
        CHUNKED,
        /// A chunk whose size is not hexadecimal.
        BAD_CHUNK_SIZE,
        /// Chunks without the empty last chunk; the client then stops sending.
        NO_LAST_CHUNK
    }

    /// A request as it goes on the wire; `headers` are name-value pairs, Host and Connection are added.
    public record Request(String method, String target, List<String[]> headers, byte[] body, Framing framing) {

        public static Request of(String method, String target) {
            return new Request(method, target, new ArrayList<>(), new byte[0], Framing.NONE);
        }

        public Request header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        public Request body(String text, Framing framing) {
            return body(text.getBytes(StandardCharsets.UTF_8), framing);
        }

        public Request body(byte[] bytes, Framing framing) {
            return new Request(method, target, headers, bytes, framing);
        }

        /// The value of header `name` as the request carries it, or null.
        public String header(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }
    }

    /// The server's answer; status 0 when it closed the connection without one. An event stream's
    /// body is not read.
    public record Answer(int status, Map<String, String> headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /// A header by its name in any case, or null.
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /// The body as JSON, or null if it is not JSON.
        public JsonNode json() {
            try {
                return body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /// A signed-in browser: its session id and the CSRF token its forms carry.
    public record Session(String id, String csrf) {
    }

    /// Signs in at `/login` with `token` and reads the session's CSRF token off the dashboard.
    public Session signIn(String token) throws IOException {
        var signIn = send(Request.of("POST", "/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), Framing.LENGTH));
        var cookie = signIn.header("Set-Cookie");
        if (cookie == null || !cookie.startsWith("eteam_session=")) {
            throw new IllegalStateException("signing in answered " + signIn.status() + ": " + signIn.text());
        }
        var id = cookie.substring("eteam_session=".length()).split(";", 2)[0];
        var dashboard = send(Request.of("GET", "/").header("Cookie", "eteam_session=" + id));
        var csrf = CSRF.matcher(dashboard.text());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the dashboard: " + dashboard.text());
        }
        return new Session(id, csrf.group(1));
    }

    public Answer send(Request request) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(20_000);
            try {
                write(socket.getOutputStream(), request);
                if (request.framing() == Framing.TRUNCATED || request.framing() == Framing.NO_LAST_CHUNK) {
                    socket.shutdownOutput();
                }
            } catch (IOException refusedMidway) {
                // A server may answer and close before it has read everything (a 413, say);
                // what it answered is still there to read.
            }
            return read(new BufferedInputStream(socket.getInputStream()), request.method());
        }
    }

    private void write(OutputStream out, Request r) throws IOException {
        var head = new StringBuilder();
        head.append(r.method()).append(' ').append(r.target()).append(" HTTP/1.1\r\n");
        if (r.header("Host") == null) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        head.append("Connection: close\r\n");
        for (var h : r.headers()) {
            head.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        var body = r.body();
        switch (r.framing()) {
            case LENGTH -> head.append("Content-Length: ").append(body.length).append("\r\n");
            case TRUNCATED -> head.append("Content-Length: ").append(body.length + 1 + body.length / 2).append("\r\n");
            case CHUNKED, BAD_CHUNK_SIZE, NO_LAST_CHUNK -> head.append("Transfer-Encoding: chunked\r\n");
            case NONE -> {
            }
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        switch (r.framing()) {
            case LENGTH, TRUNCATED -> out.write(body);
            case CHUNKED -> {
                chunks(out, body);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            case BAD_CHUNK_SIZE -> {
                out.write(("zz" + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            case NO_LAST_CHUNK -> chunks(out, body);
            case NONE -> {
            }
        }
        out.flush();
    }

    private static void chunks(OutputStream out, byte[] body) throws IOException {
        for (int at = 0; at < body.length; at += 7) {
            int n = Math.min(7, body.length - at);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static Answer read(InputStream in, String method) throws IOException {
        var statusLine = line(in);
        if (statusLine == null || statusLine.isEmpty()) {
            return new Answer(0, Map.of(), new byte[0]);
        }
        var parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        var headers = new LinkedHashMap<String, String>();
        for (var line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        if (method.equals("HEAD") || status == 204 || status == 304
                || headers.getOrDefault("content-type", "").startsWith("text/event-stream")) {
            return new Answer(status, headers, new byte[0]);
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            var out = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                out.write(in.readNBytes(size));
                line(in);
            }
            body = out.toByteArray();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, body);
    }

    /// One line without its CRLF, or null at the end of the stream.
    static String line(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                var bytes = out.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            }
            out.write(b);
        }
        return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
    }
}
