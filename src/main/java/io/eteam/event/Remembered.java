package io.eteam.event;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/// What a service read lately, kept for up to a second so that a burst of requests reads the
/// database once (issue 15): who holds a token, a blocker with its history. The service forgets
/// what it changes before the change answers; the events of every server sharing the database
/// (EVT-6) make the others forget as they arrive (`onEvent`), and a resync forgets everything.
/// The second bounds how late a change is seen when its event is lost. A value read while any
/// change committed is never kept: each forgetting moves the generation on, and an entry keeps
/// the generation read before the database was.
public final class Remembered<K, V> {

    private static final long FRESH_NANOS = 1_000_000_000L;
    private static final int REMEMBERED = 10_000;

    private record Entry<V>(V value, long generation, long readAt) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean listening = new AtomicBoolean();
    private final EventBus events;
    private final BiConsumer<Event, Remembered<K, V>> onEvent;

    /// `onEvent` forgets what an event of this or another server changed.
    public Remembered(EventBus events, BiConsumer<Event, Remembered<K, V>> onEvent) {
        this.events = events;
        this.onEvent = onEvent;
    }

    /// The value of `key`: as remembered, or as `read` finds it now (kept when found).
    public Optional<V> get(K key, Supplier<Optional<V>> read) {
        listen();
        long now = System.nanoTime();
        long current = generation.get();
        var known = entries.get(key);
        if (known != null && known.generation() == current && now - known.readAt() < FRESH_NANOS) {
            return Optional.of(known.value());
        }
        var found = read.get();
        if (found.isPresent()) {
            if (entries.size() >= REMEMBERED) {
                entries.clear();
            }
            entries.put(key, new Entry<>(found.get(), current, now));
        } else {
            entries.remove(key);
        }
        return found;
    }

    /// `key` changed (or may have: a commit whose answer was lost).
    public void forget(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    /// Anything may have changed.
    public void forgetAll() {
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
                    onEvent.accept(event, Remembered.this);
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
