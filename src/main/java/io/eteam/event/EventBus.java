package io.eteam.event;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The seam between what changes and who wants to know: services `publish` after they commit,
/// and the browsers' event streams (later webhooks, assistants, and other servers) `subscribe`.
/// Rules EVT-1–EVT-5 are in package-info.
///
/// Subscribers are called on the publisher's thread, in id order, while the bus is locked: they
/// must only hand the event on (queue it), never block or do I/O, so that a write never waits
/// for a reader.
public final class EventBus {

    /// How many recent events a reconnecting subscriber can catch up on.
    public static final int REPLAY = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);

    /// Who receives events, and is told what it missed when it subscribes late.
    public interface Subscriber {

        void event(Event event);

        /// The id the subscriber resumed from is unknown (too old, from another run, or none):
        /// it should read everything afresh. `latest` is the id it is up to date with then.
        default void resync(String latest) {
        }
    }

    /// Ends a subscription.
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final String epoch;
    private final int capacity;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    /// The last `capacity` events, oldest first; their numbers run without gaps up to `sequence`.
    private final ArrayDeque<Event> recent;
    private long sequence;

    public EventBus() {
        this(REPLAY);
    }

    EventBus(int capacity) {
        // EVT-3 — eight random base-36 digits; a clock would do, but two servers sharing a
        // database may start in the same millisecond.
        this.epoch = Long.toString(ThreadLocalRandom.current().nextLong(78_364_164_096L, 2_821_109_907_456L), 36);
        this.capacity = capacity;
        this.recent = new ArrayDeque<>(capacity);
    }

    /// Numbers the event, keeps it for replay and hands it to every subscriber. Call it after the
    /// transaction that made the change has committed (EVT-1). A subscriber that fails is logged
    /// and skipped: the change is made, and the others still hear of it.
    public synchronized Event publish(EventType type, Instant at, String by, Map<String, ?> fields) {
        var event = new Event(epoch + "-" + (++sequence), type, at, by, new LinkedHashMap<String, Object>(fields));
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(event);
        for (var subscriber : subscribers) {
            deliver(subscriber, event);
        }
        return event;
    }

    /// The id of the latest event: whoever reads the state now is up to date with it.
    public synchronized String latest() {
        return epoch + "-" + sequence;
    }

    /// Subscribes from now on.
    public synchronized Subscription subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /// EVT-4 — subscribes after `lastSeen`: the subscriber first gets every event it missed since
    /// then, or, when that id is unknown or null, one `resync`; then every new event. Nothing is
    /// published in between, so nothing is missed or seen twice.
    public synchronized Subscription subscribe(String lastSeen, Subscriber subscriber) {
        var missed = missedSince(lastSeen);
        if (missed == null) {
            subscriber.resync(latest());
        } else {
            missed.forEach(e -> deliver(subscriber, e));
        }
        return subscribe(subscriber);
    }

    /// The events after `lastSeen`, or null when it is not an id of this run still kept here.
    private List<Event> missedSince(String lastSeen) {
        if (lastSeen == null) {
            return null;
        }
        var id = lastSeen.strip();
        int dash = id.lastIndexOf('-');
        if (dash < 0 || !id.substring(0, dash).equals(epoch)) {
            return null;
        }
        long seen;
        try {
            seen = Long.parseLong(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        long oldestKept = sequence - recent.size() + 1;
        if (seen > sequence || seen < oldestKept - 1) {
            return null;
        }
        var all = new ArrayList<>(recent);
        return all.subList(all.size() - (int) (sequence - seen), all.size());
    }

    private static void deliver(Subscriber subscriber, Event event) {
        try {
            subscriber.event(event);
        } catch (RuntimeException e) {
            LOG.error("A subscriber failed on event {}", event.id(), e);
        }
    }
}
