package io.eteam.web;

import io.eteam.event.Event;
import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.meeting.MeetingService;
import io.eteam.people.Person;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/// `GET /api/v1/meetings/{date}/events`: the live events of the bus (see `io.eteam.event`) as
/// server-sent events, for the browsers that follow a page. `event:` is the type, `id:` the
/// event's id, `data:` its JSON object.
///
/// A browser that reconnects names the last id it saw (`Last-Event-ID`, which it sends on its
/// own, else the `since` its page was rendered at) and gets what it missed; when that id is
/// unknown, or it names none, it gets one `sync` event, on which a page refetches everything.
/// `retry: 1000` makes a dropped connection come back within a second.
///
/// A stream carries the events of its meeting's day and those of no day (blockers, the
/// calendar); admin events (people, tokens) reach chairs only, and a stream ends when its
/// reader is deactivated or given a new token. Servers sharing one PostgreSQL database share
/// their events and their ids (EVT-6): a browser may reconnect to any of them.
public final class EventStream implements AutoCloseable {

    /// How often an idle connection gets a comment, so that no idle timeout (a proxy's, or
    /// Jetty's 30 seconds) closes it, and a browser that went away is noticed and dropped.
    private static final long HEARTBEAT_SECONDS = 15;

    private final EventBus bus;
    private final MeetingService meetings;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    /// One thread writes to the browsers, in order, so that a write request never waits for a
    /// slow connection and two events never interleave on one stream.
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "eteam-events");
        thread.setDaemon(true);
        return thread;
    });

    public EventStream(EventBus bus, MeetingService meetings) {
        this.bus = bus;
        this.meetings = meetings;
        sender.scheduleAtFixedRate(() -> clients.forEach(c -> c.sendComment("heartbeat")),
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /// Keeps `client` open and sends it what it missed, then every event from now on that its
    /// reader may see.
    public void follow(SseClient client) {
        var ctx = client.ctx();
        var viewer = Auth.actor(ctx);
        var date = meetings.slot(ctx.pathParam("date")).date().toString();
        client.keepAlive();
        if (!send(() -> retryWithinASecond(client))) {
            client.close();
            return;
        }
        var subscription = new AtomicReference<EventBus.Subscription>();
        client.onClose(() -> {
            clients.remove(client);
            var s = subscription.get();
            if (s != null) {
                s.close();
            }
        });
        subscription.set(bus.subscribe(lastSeen(ctx), new EventBus.Subscriber() {
            @Override
            public void event(Event event) {
                if (revokes(event, viewer)) {
                    send(client::close);
                } else if (visible(event, viewer, date)) {
                    send(() -> client.sendEvent(event.type().wire(), event.toJson(), event.id()));
                }
            }

            @Override
            public void resync(String latest) {
                send(() -> client.sendEvent("sync", "{\"id\":\"" + latest + "\",\"type\":\"sync\"}", latest));
            }
        }));
        clients.add(client);
        // A client that closed before it was added has run its close callback already.
        if (client.terminated()) {
            clients.remove(client);
            subscription.get().close();
        }
    }

    /// EVT-5 — admin events reach chairs only; an event of another meeting's day is not this stream's.
    static boolean visible(Event event, Person viewer, String date) {
        if (event.type().admin() && !viewer.isChair()) {
            return false;
        }
        return event.meetingDate().map(date::equals).orElse(true);
    }

    /// True when the reader's credentials stopped working (PPL-3, PPL-4): the stream ends with them,
    /// and the browser's reconnection is then refused like any other request.
    static boolean revokes(Event event, Person viewer) {
        boolean revoking = event.type() == EventType.PERSON_DEACTIVATED || event.type() == EventType.TOKEN_ISSUED;
        return revoking && viewer.handle().equals(event.fields().get("handle"));
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

    /// The id of the last event the client has seen, or null when it does not say.
    private static String lastSeen(Context ctx) {
        var header = ctx.header("Last-Event-ID");
        var seen = header != null ? header : ctx.queryParam("since");
        return seen == null || seen.isBlank() ? null : seen.strip();
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
