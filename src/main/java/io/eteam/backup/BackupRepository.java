package io.eteam.backup;

import static io.eteam.db.schema.Tables.EVENT_EPOCH;
import static io.eteam.db.schema.Tables.EVENT_LOG;
import static io.eteam.db.schema.Tables.WEBHOOK_OUTBOX;
import static io.eteam.db.schema.Tables.PERSON;

import io.eteam.db.schema.DefaultSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/// Every table of the schema, read and written generically: what a backup holds and what a
/// restore puts back. Tables come from jOOQ's generated schema, so a table a later migration
/// adds is backed up without a change here.
public final class BackupRepository {

    /// Flyway's own bookkeeping: not eteam's data, and remade by migrating.
    private static final Table<?> FLYWAY_HISTORY = DSL.table(DSL.quotedName("flyway_schema_history"));
    private static final Field<String> FLYWAY_VERSION = DSL.field(DSL.quotedName("version"), String.class);
    private static final Field<Integer> FLYWAY_RANK = DSL.field(DSL.quotedName("installed_rank"), Integer.class);
    private static final Field<Boolean> FLYWAY_SUCCESS = DSL.field(DSL.quotedName("success"), Boolean.class);

    /// H2's SNAPSHOT isolation fixes every table at the transaction's first statement; its
    /// REPEATABLE READ fixes each table only as it is first read, which would let a blocker
    /// raised mid-backup show up in blocker_event but not in blocker.
    private static final int H2_SNAPSHOT = 6;

    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    public BackupRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /// Every table of eteam's schema, each after the tables its foreign keys refer to; not the
    /// live events' log (see V10) nor the webhooks' outbox (V16), which are the running servers'
    /// state, not the installation's.
    public static List<Table<?>> tables() {
        var remaining = new ArrayList<Table<?>>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        remaining.removeAll(List.of(EVENT_LOG, EVENT_EPOCH, WEBHOOK_OUTBOX));
        var ordered = new LinkedHashSet<Table<?>>();
        while (!remaining.isEmpty()) {
            var ready = remaining.stream()
                    .filter(t -> t.getReferences().stream()
                            .map(fk -> fk.getKey().getTable())
                            .allMatch(parent -> parent.equals(t) || ordered.contains(parent)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The foreign keys among " + remaining + " form a cycle; a backup cannot order them."));
            ordered.add(ready);
            remaining.remove(ready);
        }
        return List.copyOf(ordered);
    }

    /// The table of this name in eteam's schema, or one only named (a table a later migration
    /// dropped, restored from an older backup before that migration runs).
    public static Table<?> table(String name) {
        var table = DefaultSchema.DEFAULT_SCHEMA.getTable(name);
        return table != null ? table : DSL.table(DSL.name(name));
    }

    /// The column of this name, or one only named, as `table`.
    public static Field<?> field(Table<?> table, String column) {
        var field = table.field(column);
        return field != null ? field : DSL.field(DSL.name(column));
    }

    public String database() {
        return dsl.dialect().getName();
    }

    /// Runs `work` in one read-only transaction that sees the whole database as it was at a
    /// single moment, whatever commits meanwhile (BAK-1).
    public <T> T inSnapshot(Function<BackupRepository, T> work) {
        return dsl.connectionResult(connection -> {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(dsl.dialect().family() == SQLDialect.H2 ? H2_SNAPSHOT : Connection.TRANSACTION_REPEATABLE_READ);
            try {
                var result = work.apply(new BackupRepository(DSL.using(connection, dsl.dialect(), dsl.settings())));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection);
                throw e;
            }
            // The pool puts back its own auto-commit, read-only and isolation when the connection returns.
        });
    }

    /// Runs `work` in one transaction: all of it is kept, or none.
    public <T> T inTransaction(Function<BackupRepository, T> work) {
        return dsl.transactionResult(tx -> work.apply(new BackupRepository(tx.dsl())));
    }

    /// The newest schema version Flyway applied.
    public String schemaVersion() {
        return dsl.select(FLYWAY_VERSION)
                .from(FLYWAY_HISTORY)
                .where(FLYWAY_SUCCESS.isTrue())
                .and(FLYWAY_VERSION.isNotNull())
                .orderBy(FLYWAY_RANK.desc())
                .limit(1)
                .fetchOne(FLYWAY_VERSION);
    }

    public long count(Table<?> table) {
        return dsl.fetchCount(table);
    }

    /// The table's rows in primary-key order, fetched a few hundred at a time.
    public Cursor<? extends Record> rows(Table<?> table) {
        var key = table.getPrimaryKey();
        return dsl.select(table.fields())
                .from(table)
                .orderBy(key == null ? List.of() : key.getFields())
                .fetchSize(500)
                .fetchLazy();
    }

    public int people() {
        return dsl.fetchCount(PERSON);
    }

    /// Empties the live events' log and drops its epoch, so that the next server draws a new one;
    /// empties the webhooks' outbox, so that nothing from before the restore is sent.
    public void forgetLiveEvents() {
        dsl.deleteFrom(WEBHOOK_OUTBOX).execute();
        dsl.deleteFrom(EVENT_LOG).execute();
        dsl.deleteFrom(EVENT_EPOCH).execute();
    }

    public void clear(Table<?> table) {
        dsl.deleteFrom(table).execute();
    }

    /// Inserts rows into `table`'s `fields`, sent to the database a thousand at a time.
    public Loader loader(Table<?> table, List<Field<?>> fields) {
        return new Loader(table, fields);
    }

    /// Moves the table's identity past its highest id, so the next row made gets a new one (BAK-4).
    public void restartIdentity(Table<?> table) {
        var identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        var field = identity.getField();
        var max = dsl.select(DSL.max(field)).from(table).fetchOne(0, Long.class);
        long next = max == null ? 1 : max + 1;
        // jOOQ has no DSL for restarting an identity column; both H2 and PostgreSQL take this.
        dsl.query("alter table {0} alter column {1} restart with {2}", table, DSL.name(field.getName()), DSL.inline(next))
                .execute();
    }

    /// Rows of one table on their way in, inside the caller's transaction.
    public final class Loader {

        private final Table<?> table;
        private final List<Field<?>> fields;
        private BatchBindStep batch;
        private int pending;

        private Loader(Table<?> table, List<Field<?>> fields) {
            this.table = table;
            this.fields = fields;
        }

        public void add(Object[] values) {
            if (batch == null) {
                batch = dsl.batch(dsl.insertInto(table).columns(fields).values(new Object[fields.size()]));
            }
            batch = batch.bind(values);
            if (++pending == BATCH) {
                flush();
            }
        }

        public void flush() {
            if (pending > 0) {
                batch.execute();
            }
            batch = null;
            pending = 0;
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new DataAccessException("Could not end the backup's transaction: " + e.getMessage(), e);
        }
    }
}
