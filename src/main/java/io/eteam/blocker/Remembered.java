package io.eteam.blocker;

import io.eteam.event.Event;
import io.eteam.event.EventBus;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/// BLK-13 — blockers with their history as last read, kept for up to a second, so that a burst of
/// `GET /api/v1/blockers/{id}` reads the database once (issue 15: the read was half the route's
/// time). A change to a blocker forgets it: on this server before the change answers, on every
/// other server sharing the database as its event arrives (EVT-6); the second bounds how late a
/// change is seen when that event is lost. An entry read while any change committed is never
/// kept: each change moves the generation on, and an entry keeps the one read before the database.
final class Remembered {

    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final int REMEMBERED = 10_000;

    private record Entry(BlockerWithHistory blocker, long generation, long readAt) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final EventBus events;

    Remembered(EventBus events) {
        this.events = events;
    }

    /// Blocker `id` with its history: as remembered, or as `read` finds it now.
    Optional<BlockerWithHistory> get(long id, Supplier<Optional<BlockerWithHistory>> read) {
        listen();
        long now = System.nanoTime();
        long current = generation.get();
        var known = entries.get(id);
        if (known != null && known.generation() == current && now - known.readAt() < FRESH_NANOS) {
            return Optional.of(known.blocker());
        }
        var found = read.get();
        if (found.isPresent()) {
            if (entries.size() >= REMEMBERED) {
                entries.clear();
            }
            entries.put(id, new Entry(found.get(), current, now));
        }
        return found;
    }

    /// Blocker `id` changed (or may have: a commit whose answer was lost).
    void forget(long id) {
        generation.incrementAndGet();
        entries.remove(id);
    }

    private void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /// Subscribes on first use, when the database is open: a server's bus may need it to start.
    private void listen() {
        if (listening.get() || !listening.compareAndSet(false, true)) {
            return;
        }
        try {
            events.subscribe(new EventBus.Subscriber() {
                @Override
                public void event(Event event) {
                    if (event.fields().get("blocker_id") instanceof Number id) {
                        forget(id.longValue());
                    }
                }

                @Override
                public void resync(String latest) {
                    forgetAll();
                }
            });
        } catch (RuntimeException e) {
            listening.set(false);
            throw e;
        }
    }
}
