package io.eteam.bench;

import static io.eteam.db.schema.Tables.BLOCKER;
import static io.eteam.db.schema.Tables.BLOCKER_EVENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Record9;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/// The benchmark's own SQL: loading a generated history in batches (BENCH-3), and the plain read
/// the SLA report is measured against.
final class BenchRepository {

    private final DSLContext dsl;

    BenchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }

    static BenchRepository in(DSLContext tx) {
        return new BenchRepository(tx);
    }

    long countBlockers() {
        return dsl.fetchCount(BLOCKER);
    }

    /// Inserts the blockers of `entries`, then their histories, each as one JDBC batch of one
    /// prepared statement: the SQL is rendered and parsed once, not once per row as
    /// `batchInsert` of records or a bulk `loadInto` would.
    void insert(List<History.Entry> entries) {
        long before = Objects.requireNonNullElse(dsl.select(DSL.max(BLOCKER.ID)).from(BLOCKER).fetchOne(0, Long.class), 0L);
        var blockers = dsl.batch(dsl.insertInto(BLOCKER,
                        BLOCKER.TITLE, BLOCKER.DETAIL, BLOCKER.KIND, BLOCKER.IMPACT, BLOCKER.MINUTES,
                        BLOCKER.RAISED_BY, BLOCKER.BLOCKING, BLOCKER.RAISED_AT, BLOCKER.STATUS,
                        BLOCKER.RESOLVED_AT, BLOCKER.DECISION, BLOCKER.OWNER, BLOCKER.DUE, BLOCKER.RATIONALE)
                .values((String) null, null, null, null, (Integer) null,
                        null, null, (Instant) null, null,
                        (Instant) null, null, null, (LocalDate) null, null));
        for (var entry : entries) {
            var b = entry.blocker();
            blockers.bind(b.title(), b.detail(), b.kind().wire(), b.impact().wire(), b.minutes(),
                    b.raisedBy(), b.blocking(), b.raisedAt(), b.status().wire(),
                    b.resolvedAt(), b.decision(), b.owner(), b.due(), b.rationale());
        }
        blockers.execute();
        /// The identity numbers the rows in the order they were inserted; read back rather than
        /// assumed to follow the largest id, which a deleted row may have left behind.
        var ids = dsl.select(BLOCKER.ID)
                .from(BLOCKER)
                .where(BLOCKER.ID.gt(before))
                .orderBy(BLOCKER.ID)
                .fetch(BLOCKER.ID);
        if (ids.size() != entries.size()) {
            throw new IllegalStateException("Inserted " + entries.size() + " blockers but found " + ids.size()
                    + " new ones: is someone else writing to this database?");
        }
        var events = dsl.batch(dsl.insertInto(BLOCKER_EVENT,
                        BLOCKER_EVENT.BLOCKER_ID, BLOCKER_EVENT.AT, BLOCKER_EVENT.ACTOR, BLOCKER_EVENT.ACTION, BLOCKER_EVENT.CHANGE)
                .values((Long) null, (Instant) null, null, null, null));
        for (int i = 0; i < entries.size(); i++) {
            for (var e : entries.get(i).events()) {
                events.bind(ids.get(i), e.at(), e.actor(), e.action(), e.change());
            }
        }
        events.execute();
    }

    /// Rewrites one blocker as it is. H2 hands back its last result of a query, without running
    /// it, while no table the query reads has changed; an installation changes between two
    /// reports, so every measured run follows a change, or it would time a cache.
    void touch() {
        dsl.update(BLOCKER)
                .set(BLOCKER.MINUTES, BLOCKER.MINUTES)
                .where(BLOCKER.ID.eq(dsl.select(DSL.min(BLOCKER.ID)).from(BLOCKER)))
                .execute();
    }

    /// The reads of `SlaRepository.blockers(since, end)`, with the same columns, filters, order
    /// and passing of instants, fetched into plain jOOQ `Result`s and mapped to nothing: the floor the report's
    /// own read and build are measured against. Answers the rows read.
    int plainRead(Instant since, Instant end) {
        var raisedBefore = BLOCKER.RAISED_AT.lt(end);
        var open = select()
                .where(BLOCKER.RESOLVED_AT.isNull())
                .and(raisedBefore)
                .orderBy(BLOCKER.ID)
                .fetch();
        var closedLater = select()
                .where(BLOCKER.RESOLVED_AT.ge(end))
                .and(raisedBefore)
                .orderBy(BLOCKER.RESOLVED_AT, BLOCKER.RAISED_AT, BLOCKER.ID)
                .fetch();
        var closedIn = select()
                .where(BLOCKER.RESOLVED_AT.ge(since))
                .and(BLOCKER.RESOLVED_AT.lt(end))
                .and(raisedBefore)
                .orderBy(BLOCKER.RESOLVED_AT, BLOCKER.ID)
                .fetch();
        return closedIn.size() + closedLater.size() + open.size();
    }

    private SelectJoinStep<Record9<Long, String, String, String, String, String, Instant, Instant, String>> select() {
        return dsl.select(BLOCKER.ID, BLOCKER.TITLE, BLOCKER.KIND, BLOCKER.IMPACT, BLOCKER.RAISED_BY, BLOCKER.BLOCKING,
                        BLOCKER.RAISED_AT, BLOCKER.RESOLVED_AT, BLOCKER.STATUS)
                .from(BLOCKER);
    }

}
