package io.eteam.web;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/// The in-process event bus behind `GET /api/v1/meetings/{date}/events`: every browser that
/// follows a page gets a `change` event after each write, and reloads what it shows.
///
/// Events say only that something changed, numbered in order; the pages fetch the current
/// state themselves. So a browser that reconnects needs no replay, only to know whether it
/// missed anything: a connection whose last seen number (`Last-Event-ID` when the browser
/// reconnects on its own, else the `since` a page was rendered at) is not the latest gets a
/// `sync` event at once, on which the page refetches. `retry: 1000` makes a dropped connection
/// come back within a second. Events cover the writes of this process; instances sharing one
/// PostgreSQL database do not see each other's.
public final class Events implements AutoCloseable {

    /// How often an idle connection gets a comment, so that no idle timeout (a proxy's, or
    /// Jetty's 30 seconds) closes it, and a browser that went away is noticed and dropped.
    private static final long HEARTBEAT_SECONDS = 15;

    /// Numbers start at the server's start time in milliseconds, so that a number seen before a
    /// restart does not pass for an up-to-date one after it.
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis());
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    /// One thread writes to the browsers, in order, so that a write request never waits for a
    /// slow connection and two events never interleave on one stream.
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "eteam-events");
        thread.setDaemon(true);
        return thread;
    });

    public Events() {
        sender.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("heartbeat")),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /// The number of the latest event: a page rendered now is up to date with it.
    public long latest() {
        return sequence.get();
    }

    /// Keeps `client` open and sends it every event from now on, after a `sync` if it missed any.
    public void follow(SseClient client) {
        long seen = lastSeen(client.ctx());
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        boolean queued = send(() -> {
            retryWithinASecond(client);
            long latest = sequence.get();
            if (seen != latest) {
                client.sendEvent("sync", "catch up", String.valueOf(latest));
            }
            clients.add(client);
            /// A client that closed before it was added has run its close callback already.
            if (client.terminated()) {
                clients.remove(client);
            }
        });
        if (!queued) {
            client.close();
        }
    }

    /// Announces a change to every follower. The number is taken at once, on the caller's
    /// thread, so a page read after this call returns is up to date with it; taking it and
    /// queueing the sending under one lock keeps the events in number order.
    public synchronized void publish(String what) {
        var id = String.valueOf(sequence.incrementAndGet());
        send(() -> clients.forEach(c -> c.sendEvent("change", what, id)));
    }

    /// Run after every request. Every write that got past sign-in may have changed what a page
    /// shows, even a refused one (a refused check-in or deferral is recorded), so each is
    /// announced: a browser's refetch costs milliseconds, and nothing is missed by a rule that
    /// forgot a route. Signing in and out change nothing anybody else sees.
    public void afterRequest(Context ctx) {
        var method = ctx.method().name();
        boolean write = method.equals("POST") || method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE");
        boolean session = ctx.path().equals("/login") || ctx.path().equals("/logout");
        if (write && !session && ctx.statusCode() != 401) {
            publish(method + " " + ctx.path());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }

    /// Queues `task` for the sender; false once the server has stopped, when nobody follows
    /// any more and there is nothing to send.
    private boolean send(Runnable task) {
        try {
            sender.execute(task);
            return true;
        } catch (RejectedExecutionException stopped) {
            return false;
        }
    }

    /// The last event number the client has seen, or -1 when it does not say.
    private static long lastSeen(Context ctx) {
        var header = ctx.header("Last-Event-ID");
        var seen = header != null ? header : ctx.queryParam("since");
        try {
            return seen == null ? -1 : Long.parseLong(seen.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /// Javalin's `SseClient` has no `retry` field, so the line is written before the first event.
    private static void retryWithinASecond(SseClient client) {
        try {
            var out = client.ctx().res().getOutputStream();
            out.print("retry: 1000\n\n");
            client.ctx().res().flushBuffer();
        } catch (IOException e) {
            client.close();
        }
    }
}
