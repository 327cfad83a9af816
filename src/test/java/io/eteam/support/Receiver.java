package io.eteam.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/// A real HTTP receiver on loopback, as a chat service or a team's own endpoint is to eteam's
/// webhooks: it keeps every request and answers each with the status it is told to.
public final class Receiver implements AutoCloseable {

    /// One request as it arrived: its path, headers (names lowercase, first value) and body.
    public record Request(String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    private Receiver(HttpServer server) {
        this.server = server;
    }

    /// Listens on 127.0.0.1 at `port` (0: any free one).
    public static Receiver start(int port) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            var receiver = new Receiver(server);
            server.createContext("/", exchange -> {
                var headers = new java.util.HashMap<String, String>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                receiver.requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(headers), body));
                exchange.sendResponseHeaders(receiver.status.get(), -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback port " + port, e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /// The status the next requests are answered with.
    public void answer(int code) {
        status.set(code);
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /// Waits up to `within` until `count` requests match; answers those that do.
    public List<Request> await(Predicate<Request> which, int count, Duration within) {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            var matching = requests.stream().filter(which).toList();
            if (matching.size() >= count || System.nanoTime() > end) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return matching;
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
