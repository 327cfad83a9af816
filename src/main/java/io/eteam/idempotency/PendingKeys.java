package io.eteam.idempotency;

import io.eteam.db.SqlErrors;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;

/// Records the Idempotency-Key of the request a thread is serving in the first transaction that
/// request commits, on that transaction's connection, just before it commits (IDEM-2): the key and
/// the change it guards are committed together or not at all, so a server killed between its
/// commit and its answer cannot apply the change again when the request is retried.
///
/// A listener on every transaction of the database (see `Database`); the request's key is held
/// in a thread-local variable because the services, which open the transactions, know nothing
/// of HTTP. `IdempotencyService` sets and clears it around each request.
public final class PendingKeys implements TransactionListener {

    /// The key of the request being served, and how far its recording has got.
    static final class Pending {
        final String handle;
        final String key;
        final String keyHash;
        final String requestHash;
        /// This request's place among the requests in flight (see `IdempotencyService`).
        final IdempotencyService.InFlight inFlight;
        /// How many transactions are open: a nested one commits only a savepoint.
        int depth;
        /// The key row was inserted in the transaction now committing.
        boolean inserting;
        /// The key row is committed along with the request's first change.
        boolean committed;
        /// Another request (on another server sharing the database) committed the same key first.
        boolean taken;

        Pending(String handle, String key, String keyHash, String requestHash, IdempotencyService.InFlight inFlight) {
            this.handle = handle;
            this.key = key;
            this.keyHash = keyHash;
            this.requestHash = requestHash;
            this.inFlight = inFlight;
        }
    }

    /// Thrown, from the commit, when another request committed the same key first; the
    /// transaction then rolls back, and the request answers what the other one answered.
    public static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super("the Idempotency-Key was committed by another request first", cause, false, false);
        }
    }

    private final ThreadLocal<Pending> current = new ThreadLocal<>();
    private final Clock clock;

    public PendingKeys(Clock clock) {
        this.clock = clock;
    }

    void hold(Pending pending) {
        current.set(pending);
    }

    /// The key of this thread's request, or null.
    Pending peek() {
        return current.get();
    }

    /// Stops recording for this thread's request; answers what it was.
    Pending release() {
        var pending = current.get();
        current.remove();
        return pending;
    }

    @Override
    public void beginStart(TransactionContext ctx) {
        var pending = current.get();
        if (pending != null) {
            pending.depth++;
        }
    }

    @Override
    public void commitStart(TransactionContext ctx) {
        var pending = current.get();
        if (pending == null || pending.depth != 1 || pending.committed) {
            return;
        }
        try {
            IdempotencyRepository.in(ctx.dsl()).insertPending(pending.handle, pending.keyHash, pending.requestHash,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } catch (DataAccessException e) {
            if (!SqlErrors.UNIQUE.causes(e)) {
                throw e;   // not another request's key: the database failed, and the request with it
            }
            pending.taken = true;
            throw new KeyTaken(e);
        }
        pending.inserting = true;
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        var pending = current.get();
        if (pending != null) {
            if (pending.depth == 1 && pending.inserting) {
                pending.committed = true;
            }
            pending.inserting = false;
            pending.depth--;
        }
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        var pending = current.get();
        if (pending != null) {
            pending.inserting = false;
            pending.depth--;
        }
    }
}
