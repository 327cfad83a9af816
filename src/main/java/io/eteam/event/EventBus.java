package io.eteam.event;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The seam between what changes and who wants to know: services `publish` after they commit,
/// and the browsers' event streams (later webhooks and assistants) `subscribe`. Rules EVT-1–EVT-6
/// are in package-info.
///
/// On its own the bus numbers the events of this process (one server on H2). Given a `Log` (one
/// of several servers on PostgreSQL), it hands each event to the log, which numbers and stores it
/// and brings back everybody's events, in order, through `arrived` (EVT-6).
///
/// Subscribers are called while the bus is locked, in id order: they must only hand the event
/// on (queue it), never block or do I/O, so that a write never waits for a reader.
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

    /// Where the events of several servers sharing one database are numbered and kept.
    public interface Log {

        /// Stores the event and lets every server know; answers it with its id. The bus hears of
        /// it, as of every other server's, through `arrived`.
        Event append(EventType type, Instant at, String by, Map<String, Object> fields);

        /// The epoch of the log's ids and its last `count` events at most, oldest first.
        Tail tail(int count);

        /// The events numbered after `number`, oldest first: all of them, or the first few
        /// hundred. Every event committed before is among them (the log commits in order).
        Batch after(long number);
    }

    /// The last events of a log: every event numbered after `floor` is among `events`.
    public record Tail(String epoch, long floor, List<Event> events) {
    }

    /// What a log holds after a number: its next `events` in order; `last`, the number of the
    /// last row read (a row that is no event this build knows, one a newer server wrote, is
    /// passed over); and `lostThrough`, when not 0, the number up to which events were deleted
    /// before this server read them (it fell more than the log keeps behind).
    public record Batch(List<Event> events, long last, long lostThrough) {
    }

    private final int capacity;
    private final Log log;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    /// The last `capacity` events at most, oldest first: every event numbered after `floor` up to
    /// `sequence` (numbers from a log may skip one a failed write took).
    private final ArrayDeque<Event> recent;
    private String epoch;
    private long floor;
    private long sequence;

    public EventBus() {
        this(REPLAY);
    }

    EventBus(int capacity) {
        this(capacity, null);
        // EVT-3 — eight random base-36 digits; a clock would do, but two servers may start in
        // the same millisecond.
        this.epoch = newEpoch();
    }

    /// A bus whose events go through `log`, shared with the other servers of its database.
    public EventBus(Log log) {
        this(REPLAY, log);
    }

    EventBus(int capacity, Log log) {
        this.capacity = capacity;
        this.log = log;
        this.recent = new ArrayDeque<>(capacity);
    }

    /// Eight random base-36 digits.
    public static String newEpoch() {
        return Long.toString(ThreadLocalRandom.current().nextLong(78_364_164_096L, 2_821_109_907_456L), 36);
    }

    /// Numbers the event, keeps it for replay and hands it to every subscriber before it answers.
    /// Call it after the transaction that made the change has committed (EVT-1). A subscriber
    /// that fails is logged and skipped: the change is made, and the others still hear of it.
    /// With a log, the event is also on its way to the other servers; when the log cannot take
    /// it (the database went away right after the change committed), the change still stands:
    /// the event is lost, said in the log, and the answer is null.
    public Event publish(EventType type, Instant at, String by, Map<String, ?> fields) {
        var copy = new LinkedHashMap<String, Object>(fields);
        if (log != null) {
            return appended(type, at, by, copy);
        }
        synchronized (this) {
            var event = new Event(epoch + "-" + (sequence + 1), type, at, by, copy);
            keep(event, sequence + 1);
            return event;
        }
    }

    private Event appended(EventType type, Instant at, String by, Map<String, Object> fields) {
        Event event;
        try {
            event = log.append(type, at, by, fields);
        } catch (RuntimeException e) {
            LOG.warn("A {} event by {} was not stored, so no browser will hear of it: {}", type.wire(), by, e.getMessage());
            return null;
        }
        // Read up to it now, rather than wait for the listening thread, so that this server's
        // browsers have it before the request that made it answers.
        try {
            long number = number(event.id());
            while (sequence() < number) {
                var more = log.after(sequence());
                if (more.last() <= sequence()) {
                    break;
                }
                arrived(more);
            }
        } catch (RuntimeException e) {
            LOG.debug("Reading the log after {} failed; the listening thread brings it", event.id(), e);
        }
        return event;
    }

    /// EVT-6 — events of the log, in order, as they arrive: those not seen yet are kept and
    /// handed to every subscriber. When events were lost to this server, every subscriber is
    /// told to resynchronise, and so is whoever resumes from before them.
    public synchronized void arrived(Batch batch) {
        started();
        if (batch.lostThrough() > sequence) {
            LOG.warn("This server fell behind the event log and missed events {} to {}: its browsers read everything afresh.",
                    sequence + 1, batch.lostThrough());
            recent.clear();
            floor = batch.lostThrough();
            sequence = batch.lostThrough();
            for (var subscriber : subscribers) {
                subscriber.resync(latest());
            }
        }
        for (var event : batch.events()) {
            long n = number(event.id());
            if (n > sequence) {
                keep(event, n);
            }
        }
        sequence = Math.max(sequence, batch.last());
    }

    /// The number of the latest event this bus has.
    public synchronized long sequence() {
        started();
        return sequence;
    }

    /// The id of the latest event: whoever reads the state now is up to date with it.
    public synchronized String latest() {
        started();
        return epoch + "-" + sequence;
    }

    /// Subscribes from now on.
    public synchronized Subscription subscribe(Subscriber subscriber) {
        started();
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /// EVT-4 — subscribes after `lastSeen`: the subscriber first gets every event it missed since
    /// then, or, when that id is unknown or null, one `resync`; then every new event. Nothing is
    /// published in between, so nothing is missed or seen twice.
    public synchronized Subscription subscribe(String lastSeen, Subscriber subscriber) {
        started();
        var missed = missedSince(lastSeen);
        if (missed == null) {
            subscriber.resync(latest());
        } else {
            missed.forEach(e -> deliver(subscriber, e));
        }
        return subscribe(subscriber);
    }

    private void keep(Event event, long n) {
        if (recent.size() == capacity) {
            floor = number(recent.removeFirst().id());
        }
        recent.addLast(event);
        sequence = n;
        for (var subscriber : subscribers) {
            deliver(subscriber, event);
        }
    }

    /// A bus with a log starts from the log's last events, the first time it is used (the
    /// database is open by then), so that a browser coming over from another server resumes.
    private void started() {
        if (epoch != null) {
            return;
        }
        var tail = log.tail(capacity);
        floor = tail.floor();
        sequence = tail.floor();
        epoch = tail.epoch();
        for (var event : tail.events()) {
            recent.addLast(event);
            sequence = number(event.id());
        }
    }

    /// The events after `lastSeen`, or null when it is not an id of this epoch still kept here.
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
        if (seen > sequence || seen < floor) {
            return null;
        }
        return recent.stream().filter(e -> number(e.id()) > seen).toList();
    }

    /// The number of an id of this bus: what follows the epoch's dash.
    static long number(String id) {
        return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
    }

    private static void deliver(Subscriber subscriber, Event event) {
        try {
            subscriber.event(event);
        } catch (RuntimeException e) {
            LOG.error("A subscriber failed on event {}", event.id(), e);
        }
    }
}
