package io.eteam.db;

import static io.eteam.db.schema.Tables.EVENT_EPOCH;
import static io.eteam.db.schema.Tables.EVENT_LOG;

import io.eteam.event.Event;
import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// EVT-6 — the live events of every server of one PostgreSQL database, in `event_log`: a server
/// appends the events its services publish, and a thread of its own hears of everybody's through
/// `LISTEN eteam_events` on a connection apart from the pool, reads what is new in order, and
/// hands it to the server's bus. Ids are `EPOCH-N`, `N` the row's identity: the same on every
/// server, so a browser that reconnects to another one resumes where it was.
///
/// Appends take one advisory lock to their commit, so rows commit in the order of their
/// numbers and a reader that has seen `N` never later finds a smaller one committed. The thread
/// also looks every second, whether notified or not, and after losing its connection (the
/// database restarted) it reconnects every second, listens again, and reads what it missed.
public final class EventLog implements EventBus.Log, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);

    private static final String CHANNEL = "eteam_events";
    /// The advisory lock appends take: "eteam_ev" as a number.
    private static final long APPEND_LOCK = 0x6574_6561_6d5f_6576L;
    /// Rows kept: every `REPLAY`th append deletes those older than this many.
    private static final int KEEP = 10 * EventBus.REPLAY;
    private static final int BATCH = 500;
    private static final int LOOK_EVERY_MILLIS = 1000;

    /// Opens a connection of its own to the database, outside the pool.
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final DSLContext dsl;
    private final Connector connector;
    private volatile String epoch;
    private volatile boolean closed;
    private volatile Connection listening;
    private Thread listener;

    EventLog(DSLContext dsl, Connector connector) {
        this.dsl = dsl;
        this.connector = connector;
    }

    @Override
    public Event append(EventType type, Instant at, String by, Map<String, Object> fields) {
        var body = new Event("", type, at, by, fields).toJson();
        long n = dsl.transactionResult(cfg -> {
            var tx = DSL.using(cfg);
            tx.select(DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(APPEND_LOCK))).fetch();
            long number = tx.insertInto(EVENT_LOG, EVENT_LOG.BODY)
                    .values(body)
                    .returningResult(EVENT_LOG.N)
                    .fetchOne()
                    .value1();
            if (number % EventBus.REPLAY == 0) {
                tx.deleteFrom(EVENT_LOG)
                        .where(EVENT_LOG.N.le(number - KEEP))
                        .execute();
            }
            tx.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(""))).fetch();
            return number;
        });
        return new Event(epoch() + "-" + n, type, at, by, fields);
    }

    @Override
    public EventBus.Tail tail(int count) {
        var rows = new ArrayList<>(dsl.select(EVENT_LOG.N, EVENT_LOG.BODY)
                .from(EVENT_LOG)
                .orderBy(EVENT_LOG.N.desc())
                .limit(count + 1)
                .fetch());
        // Rows are deleted only beyond the last KEEP: fewer than count + 1 are all there ever were.
        long floor = rows.size() > count ? rows.remove(count).value1() : 0;
        var epoch = epoch();
        Collections.reverse(rows);
        return new EventBus.Tail(epoch, floor, events(epoch, rows));
    }

    @Override
    public EventBus.Batch after(long number) {
        return after(dsl, number);
    }

    private EventBus.Batch after(DSLContext reader, long number) {
        var rows = reader.select(EVENT_LOG.N, EVENT_LOG.BODY)
                .from(EVENT_LOG)
                .where(EVENT_LOG.N.gt(number))
                .orderBy(EVENT_LOG.N)
                .limit(BATCH)
                .fetch();
        if (rows.isEmpty()) {
            return new EventBus.Batch(List.of(), number, 0);
        }
        long first = rows.get(0).value1();
        // A number skipped is a failed append's, unless the rows before it were deleted: then
        // none at or below `number` is left either.
        boolean lost = first > number + 1 && !reader.fetchExists(EVENT_LOG, EVENT_LOG.N.le(number));
        var events = events(epoch(), rows);
        return new EventBus.Batch(events, rows.get(rows.size() - 1).value1(), lost ? first - 1 : 0);
    }

    /// Starts the thread that brings every server's events to `bus`.
    void listen(EventBus bus) {
        synchronized (this) {
            if (closed || listener != null) {
                return;
            }
            listener = new Thread(() -> follow(bus), "eteam-event-log");
            listener.setDaemon(true);
            listener.start();
        }
    }

    /// The epoch of this database's event ids, drawn by the first server that needs it.
    private String epoch() {
        if (epoch == null) {
            dsl.insertInto(EVENT_EPOCH, EVENT_EPOCH.ID, EVENT_EPOCH.EPOCH)
                    .values(1, EventBus.newEpoch())
                    .onConflictDoNothing()
                    .execute();
            epoch = dsl.select(EVENT_EPOCH.EPOCH)
                    .from(EVENT_EPOCH)
                    .where(EVENT_EPOCH.ID.eq(1))
                    .fetchOne(EVENT_EPOCH.EPOCH);
        }
        return epoch;
    }

    private void follow(EventBus bus) {
        boolean lost = false;
        while (!closed) {
            try (var connection = connector.connect()) {
                listening = connection;
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (lost) {
                    LOG.info("Hearing the other servers' events again.");
                    lost = false;
                }
                var notifications = connection.unwrap(PGConnection.class);
                var reader = DSL.using(connection, SQLDialect.POSTGRES);
                while (!closed) {
                    catchUp(reader, bus);
                    notifications.getNotifications(LOOK_EVERY_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!lost) {
                    LOG.warn("Lost the connection on which this server hears the other servers' events ({}); trying again every second.", e.getMessage());
                    lost = true;
                }
                pause();
            } finally {
                listening = null;
            }
        }
    }

    /// Hands `bus` every event after the last one it has, in order.
    private void catchUp(DSLContext reader, EventBus bus) {
        long before;
        do {
            before = bus.sequence();
            bus.arrived(after(reader, before));
        } while (bus.sequence() > before);
    }

    /// The events of `rows`, in their order; a row that is no event this build knows (written by
    /// a newer server, during an upgrade) is passed over, said once in the log.
    private static List<Event> events(String epoch, List<? extends Record2<Long, String>> rows) {
        var events = new ArrayList<Event>(rows.size());
        for (var row : rows) {
            try {
                var stored = Event.fromJson(row.value2());
                events.add(new Event(epoch + "-" + row.value1(), stored.type(), stored.at(), stored.by(), stored.fields()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Passed over event {} of the log, which this server cannot read: {}", row.value1(), e.getMessage());
            }
        }
        return events;
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(LOOK_EVERY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /// Stops listening: aborts the listening connection, so that the thread ends at once.
    @Override
    public void close() {
        Thread thread;
        synchronized (this) {
            closed = true;
            thread = listener;
        }
        var connection = listening;
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("Aborting the listening connection failed", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
