package io.eteam.db;

import java.util.concurrent.locks.ReentrantLock;
import org.jooq.ConnectionProvider;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.impl.DefaultTransactionProvider;

/// Lets one writing transaction at a time commit into an H2 database, because H2 (2.5.252)
/// does not keep every acknowledged commit when two commit at once.
///
/// With `WRITE_DELAY=0`, H2 stores the changes of every commit to its file before the commit
/// returns. But when one transaction commits while another transaction's commit is being
/// stored, the first can return before its changes are in any stored version of the file: a
/// SIGKILL then loses it, together with the commits stored after it, and may leave an index
/// and an identity behind the rows. Measured with eight writers over JDBC alone, 150 kills
/// each: 16 of 14,884 acknowledged commits lost; with the writes taken one at a time, 0 of
/// 10,672 (see `io.eteam.bench.CrashStress` for the same over the whole server).
///
/// So every transaction holds one lock from its start to the end of its commit or rollback, and
/// every write outside a transaction (which commits as it executes) holds it while it executes.
/// Reads outside transactions take no lock, so requests that only read are not held up, and a
/// read-only transaction (a backup's snapshot) is opened on a connection of its own, outside jOOQ's.
final class SerialWrites implements TransactionProvider, ExecuteListener {

    private static final String HELD = "eteam.serial-writes.held";

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionProvider transactions;

    SerialWrites(ConnectionProvider connections) {
        this.transactions = new DefaultTransactionProvider(connections);
    }

    @Override
    public void begin(TransactionContext ctx) {
        lock.lock();
        try {
            transactions.begin(ctx);
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    @Override
    public void commit(TransactionContext ctx) {
        try {
            transactions.commit(ctx);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        try {
            transactions.rollback(ctx);
        } finally {
            lock.unlock();
        }
    }

    /// A statement that may write, outside a transaction of ours, holds the lock while it runs
    /// (inside one, the lock is held already and taking it again costs a counter).
    @Override
    public void start(ExecuteContext ctx) {
        if (writes(ctx)) {
            lock.lock();
            ctx.data(HELD, Boolean.TRUE);
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        if (ctx.data(HELD) != null) {
            ctx.data().remove(HELD);
            lock.unlock();
        }
    }

    /// `SELECT ... FOR UPDATE` writes row locks too, but only ever runs inside a transaction.
    private static boolean writes(ExecuteContext ctx) {
        return ctx.type() != ExecuteType.READ;
    }
}
