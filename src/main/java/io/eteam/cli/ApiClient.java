package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/// A small blocking HTTP client for the eteam API. It uses the JDK's HttpURLConnection
/// because it starts faster than java.net.http, and a VP waits for every millisecond.
///
/// Every `POST` and `PATCH` carries an `Idempotency-Key`, new for each request and the same on
/// each retry of it: a write whose connection failed or timed out is sent again, with backoff,
/// for up to a minute (an import for up to half an hour), and the server applies it at most
/// once. An answer is never retried, except one that carries `Retry-After` (the server is busy,
/// or still serving the first try of this request). Reads are not retried: they fail at once.
public final class ApiClient {

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;
    private static final long RETRY_FOR_MILLIS = 60_000;

    /// An import of a large file may take the server minutes to check and write: the client
    /// waits for it rather than give up while the server is still at work.
    private static final int IMPORT_READ_TIMEOUT_MILLIS = 10 * 60_000;
    private static final long IMPORT_RETRY_FOR_MILLIS = 30 * 60_000;

    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;
    private static final int CHUNK = 64 * 1024;
    private static final int STREAM_ABOVE = 1 << 20;

    /// What a long exchange reports as it goes, e.g. to a terminal (`ProgressLine`); each
    /// report is ignored unless overridden.
    public interface Progress {
        /// `bytes` of `total` have been sent.
        default void sent(long bytes, long total) {
        }

        /// Everything was sent; the server is working on it.
        default void waiting() {
        }

        /// `bytes` of the answer have arrived, of `total` (-1 when the server did not say).
        default void received(long bytes, long total) {
        }

        /// No answer came (`why`); the same request is sent again with the same key.
        default void retrying(String why) {
        }

        /// An answer came, or the client gave up.
        default void done() {
        }
    }

    private static final Progress SILENT = new Progress() {
    };

    /// Tells a person at a terminal, once, why a write seems to hang: it is being retried.
    private static final class RetryNotice implements Progress {
        private final PrintWriter err;
        private final String server;
        private boolean told;

        RetryNotice(PrintWriter err, String server) {
            this.err = err;
            this.server = server;
        }

        @Override
        public void retrying(String why) {
            if (!told) {
                told = true;
                err.println("No answer from " + server + " yet; trying again for up to a minute (a write sent again is never applied twice).");
                err.flush();
            }
        }
    }

    /// How one request is sent: its read time-out and how long it is retried.
    private record Patience(int readTimeoutMillis, long retryForMillis) {
    }

    private static final Patience USUAL = new Patience(READ_TIMEOUT_MILLIS, RETRY_FOR_MILLIS);
    private static final Patience IMPORT = new Patience(IMPORT_READ_TIMEOUT_MILLIS, IMPORT_RETRY_FOR_MILLIS);

    /// A try that may be repeated: the failure to report if it is not, and the wait the
    /// server asked for (in milliseconds; -1 when it did not say).
    private static final class Retryable extends Exception {
        final CliException failure;
        final long afterMillis;

        Retryable(CliException failure, long afterMillis) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
            this.afterMillis = afterMillis;
        }
    }

    private final String server;
    private final String token;
    private final ClientJson json;

    /// Where a person watching is told that a write is being retried (null: nobody watches).
    private final PrintWriter notices;

    ApiClient(String server, String token, ClientJson json) {
        this(server, token, json, null);
    }

    ApiClient(String server, String token, ClientJson json, PrintWriter notices) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.token = token == null ? null : token(token);
        this.json = json;
        this.notices = notices;
    }

    /// A token as pasted: spaces and line breaks around it dropped; one with a space, a control
    /// character or a non-ASCII letter inside is no token eteam issued (`et_` and URL-safe
    /// Base64), refused in a sentence before it reaches an HTTP header.
    static String token(String pasted) {
        var token = pasted.strip();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                throw new CliException(Exit.USAGE, "The token has a space, a line break or a character no eteam token holds"
                        + " (at position " + (i + 1) + "); copy it again: it looks like et_ followed by letters, digits, - and _.");
            }
        }
        if (token.isEmpty()) {
            throw new CliException(Exit.USAGE, "The token is empty; give the one a chair issued you (et_...).");
        }
        return token;
    }

    /// The token this client signs in with.
    public String token() {
        return token;
    }

    public String server() {
        return server;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    /// A text answer as it comes, e.g. a report in CSV or Markdown.
    public String getText(String path) {
        return getText(path, null);
    }

    /// A text answer, e.g. an export, reporting to `progress` as it arrives.
    public String getText(String path, Progress progress) {
        var node = exchange("GET", path, null, null, true, USUAL, progress == null ? SILENT : progress);
        return node.textValue();
    }

    /// Sends a file's bytes as they are, e.g. a CSV import, waiting as long as the server works
    /// on it and reporting to `progress` as it goes.
    public JsonNode postFile(String path, String contentType, byte[] bytes, Progress progress) {
        return exchange("POST", path, contentType, bytes, false, IMPORT, progress == null ? SILENT : progress);
    }

    public JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, JsonNode body) {
        return exchange(method, path, "application/json", body == null ? null : json.writeValueAsBytes(body), false, USUAL,
                notices == null ? SILENT : new RetryNotice(notices, server));
    }

    private JsonNode exchange(String method, String path, String contentType, byte[] bytes, boolean text,
                              Patience patience, Progress progress) {
        var key = method.equals("POST") || method.equals("PATCH") ? newKey() : null;
        long giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(patience.retryForMillis());
        long pause = FIRST_PAUSE_MILLIS;
        try {
            while (true) {
                try {
                    return once(method, path, contentType, bytes, text, key, patience, progress);
                } catch (Retryable retry) {
                    long wait = retry.afterMillis >= 0 ? retry.afterMillis : pause;
                    if (key == null || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait) > giveUpAt) {
                        throw retry.failure;
                    }
                    progress.retrying(retry.getMessage());
                    sleep(wait);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                }
            }
        } finally {
            progress.done();
        }
    }

    private JsonNode once(String method, String path, String contentType, byte[] bytes, boolean text, String key,
                          Patience patience, Progress progress) throws Retryable {
        HttpURLConnection http;
        try {
            http = open(path, "application/json", patience.readTimeoutMillis());
        } catch (IOException e) {
            throw new Retryable(unreachable(), -1);
        }
        boolean sent = false;
        try {
            http.setRequestMethod(method);
            if (key != null) {
                http.setRequestProperty("Idempotency-Key", key);
            }
            if (bytes != null) {
                http.setDoOutput(true);
                http.setRequestProperty("Content-Type", contentType);
                // Streamed, a large body shows its progress, but a refusal's body is lost to
                // HttpURLConnection (a 401's message among them): only an import is that large.
                if (bytes.length > STREAM_ABOVE) {
                    http.setFixedLengthStreamingMode(bytes.length);
                }
                try (var out = http.getOutputStream()) {
                    for (int at = 0; at < bytes.length; at += CHUNK) {
                        int n = Math.min(CHUNK, bytes.length - at);
                        out.write(bytes, at, n);
                        progress.sent(at + n, bytes.length);
                    }
                }
            } else {
                http.connect();
            }
            sent = true;
            progress.waiting();
            int status = http.getResponseCode();
            var stream = status >= 400 ? http.getErrorStream() : http.getInputStream();
            if (text && status < 400) {
                var answer = new java.io.ByteArrayOutputStream();
                try (stream) {
                    copy(stream, answer, http.getContentLengthLong(), progress);
                }
                return json.getNodeFactory().textNode(answer.toString(StandardCharsets.UTF_8));
            }
            var answer = read(stream);
            if (status >= 400) {
                var failure = new CliException(Exit.forStatus(status), message(status, answer));
                long after = retryAfterMillis(http.getHeaderField("Retry-After"));
                if (after >= 0) {
                    throw new Retryable(failure, after);
                }
                throw failure;
            }
            return answer;
        } catch (ConnectException e) {
            throw new Retryable(unreachable(), -1);
        } catch (SocketTimeoutException e) {
            throw new Retryable(sent ? noAnswer() : unreachable(), -1);
        } catch (IOException e) {
            throw new Retryable(sent ? noAnswer() : unreachable(), -1);
        } finally {
            http.disconnect();
        }
    }

    /// Writes a binary answer to `out` as it arrives (a backup can be larger than memory);
    /// an error answer is refused as every other.
    public void download(String path, java.io.OutputStream out) {
        download(path, out, null);
    }

    /// As `download(path, out)`, reporting to `progress` (null: nobody watches) as it goes.
    public void download(String path, java.io.OutputStream out, Progress progress) {
        var watching = progress == null ? SILENT : progress;
        try {
            fetch(path, out, watching);
        } finally {
            watching.done();
        }
    }

    private void fetch(String path, java.io.OutputStream out, Progress progress) {
        HttpURLConnection http;
        try {
            // A backup starts after the server has counted every table's rows.
            http = open(path, "application/gzip, application/json", 300_000);
        } catch (IOException e) {
            throw unreachable();
        }
        try {
            int status;
            try {
                http.connect();
                progress.waiting();
                status = http.getResponseCode();
            } catch (IOException e) {
                throw unreachable();
            }
            if (status >= 400) {
                throw new CliException(Exit.forStatus(status), message(status, read(http.getErrorStream())));
            }
            try (var in = http.getInputStream()) {
                copy(in, out, http.getContentLengthLong(), progress);
            }
        } catch (IOException e) {
            throw new CliException(Exit.UNAVAILABLE, "The answer from the eteam server at " + server + " broke off: " + e.getMessage());
        } finally {
            http.disconnect();
        }
    }

    /// Follows the server-sent events at `path`, calling `onEvent` with each event's type, until
    /// the stream ends (returns) or breaks (throws); an error answer is refused as every other.
    public void follow(String path, java.util.function.Consumer<String> onEvent) throws IOException {
        // The server sends a comment every 15 s on an idle stream; silence for longer means it is gone.
        var http = open(path, "text/event-stream", 45_000);
        try {
            int status = http.getResponseCode();
            if (status >= 400) {
                throw new CliException(Exit.forStatus(status), message(status, read(http.getErrorStream())));
            }
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(http.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        onEvent.accept(line.substring("event:".length()).strip());
                    }
                }
            }
        } finally {
            http.disconnect();
        }
    }

    /// A connection to `path` on the server asking for `accept`, with the token if there is one;
    /// a server URL that is not an http(s) URL is bad usage.
    private HttpURLConnection open(String path, String accept, int readTimeoutMillis) throws IOException {
        java.net.URLConnection connection;
        try {
            connection = URI.create(server + path).toURL().openConnection();
        } catch (IllegalArgumentException | MalformedURLException e) {
            connection = null;
        }
        if (!(connection instanceof HttpURLConnection http)) {
            throw new CliException(Exit.USAGE, "The server URL '" + server + "' is not a valid http URL.");
        }
        http.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
        http.setReadTimeout(readTimeoutMillis);
        http.setRequestProperty("Accept", accept);
        if (token != null) {
            http.setRequestProperty("Authorization", "Bearer " + token);
        }
        return http;
    }

    /// Copies `in` to `out`, telling `progress` how much has arrived of `total` (-1: unknown).
    private static void copy(InputStream in, java.io.OutputStream out, long total, Progress progress) throws IOException {
        var buffer = new byte[CHUNK];
        long copied = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            copied += n;
            progress.received(copied, total);
        }
    }

    private JsonNode read(InputStream stream) {
        if (stream == null) {
            return json.nullNode();
        }
        try (stream) {
            var bytes = stream.readAllBytes();
            return bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.nullNode();
        }
    }

    private static String message(int status, JsonNode answer) {
        var message = answer.path("message").asText("");
        if (!message.isBlank()) {
            return message;
        }
        return status >= 500 ? "The server failed (HTTP " + status + "); try again, or ask whoever runs it to check its log."
                : "The server refused the request (HTTP " + status + ").";
    }

    /// `Retry-After` in seconds, as milliseconds; -1 when absent or not a number of seconds.
    private static long retryAfterMillis(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Math.min(Long.parseLong(header.strip()), 60) * 1000;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /// 128 random bits in hex. Read straight from the kernel: the JDK's SecureRandom takes
    /// about 100 ms to set up in a fresh JVM, longer than the rest of a command.
    private static String newKey() {
        var bytes = new byte[16];
        try (var in = new FileInputStream("/dev/urandom")) {
            if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                throw new IOException("short read");
            }
        } catch (IOException e) {
            new SecureRandom().nextBytes(bytes);
        }
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(Exit.UNAVAILABLE, "Interrupted while waiting to retry.");
        }
    }

    private CliException unreachable() {
        return new CliException(Exit.UNAVAILABLE, "Cannot reach the eteam server at " + server + "; is it running?"
                + " Check the address (--server, ETEAM_SERVER, or what 'eteam login' saved) and your network, or ask whoever runs the server.");
    }

    private CliException noAnswer() {
        return new CliException(Exit.UNAVAILABLE, "The eteam server at " + server + " did not answer; it may still have"
                + " done what was asked: check (e.g. with 'eteam blockers --status all') before running the command again.");
    }
}
