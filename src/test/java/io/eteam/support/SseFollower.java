package io.eteam.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/// A browser following a server-sent event stream, as it reads it: line by line, as they come,
/// after a first line `status: N` and before a last line `END` when the server closes it.
public class SseFollower implements AutoCloseable {

    /// What a follower reads after the server has closed the stream.
    public static final String END = "(end of stream)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /// Reads each stream on a thread of its own. `thenAccept` would read it on the caller's
    /// thread whenever the answer came back before the callback was registered, and a test
    /// then hung reading an endless stream in the constructor.
    private static final ExecutorService READERS = Executors.newCachedThreadPool(run -> {
        var thread = new Thread(run, "sse-follower");
        thread.setDaemon(true);
        return thread;
    });

    /// One event: its `id:`, `event:` and `data:` (parsed).
    public record Event(String id, String name, JsonNode data) {
    }

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> stream;

    /// Follows `url` with a bearer token, resuming after `lastEventId` unless it is null.
    public SseFollower(String url, String token, String lastEventId) {
        this(CLIENT, withLastEventId(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token), lastEventId));
    }

    /// Follows what `request` asks for, sent by `client`.
    public SseFollower(HttpClient client, HttpRequest.Builder request) {
        stream = client.sendAsync(request.header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines())
                .thenAcceptAsync(response -> {
                    lines.add("status: " + response.statusCode());
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                    lines.add(END);
                }, READERS);
    }

    private static HttpRequest.Builder withLastEventId(HttpRequest.Builder request, String lastEventId) {
        return lastEventId == null ? request : request.header("Last-Event-ID", lastEventId);
    }

    /// Reads lines until one starts with `prefix`, for at most `millis`; fails otherwise.
    public String await(String prefix, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        var seen = new ArrayList<String>();
        while (true) {
            var line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no line starting with '" + prefix + "' within " + millis + " ms; saw " + seen);
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /// The next whole event within `millis`; fails otherwise.
    public Event next(long millis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        var seen = new ArrayList<String>();
        String id = null;
        String name = null;
        String data = null;
        while (true) {
            var line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no event within " + millis + " ms; saw " + seen);
            }
            seen.add(line);
            if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ")) {
                data = line.substring(6);
            } else if (line.isEmpty() && name != null) {
                return new Event(id, name, JSON.readTree(data));
            }
        }
    }

    /// The next whole event within a second.
    public Event next() throws Exception {
        return next(1000);
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}
