package io.eteam.blocker;

import static io.eteam.db.schema.Tables.BLOCKER;
import static io.eteam.db.schema.Tables.BLOCKER_EVENT;

import io.eteam.db.Rendered;
import io.eteam.db.schema.tables.records.BlockerRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Records;
import org.jooq.impl.DSL;

/// Blockers and their history in the database.
public final class BlockerRepository {

    /// The blocker id a rendered query is given.
    private static final Param<Long> ID = DSL.param("id", Long.class);
    private static final Rendered FIND = new Rendered(dsl -> dsl.selectFrom(BLOCKER).where(BLOCKER.ID.eq(ID)));
    private static final Field<?>[] EVENT = {BLOCKER_EVENT.AT, BLOCKER_EVENT.ACTOR, BLOCKER_EVENT.ACTION, BLOCKER_EVENT.CHANGE};

    /// A blocker's columns and, on each row, one event of its history (none when it has none).
    private static final Field<?>[] WITH_EVENT = withEvent();
    private static final Rendered FIND_WITH_HISTORY = new Rendered(dsl -> dsl.select(WITH_EVENT)
            .from(BLOCKER)
            .leftJoin(BLOCKER_EVENT).on(BLOCKER_EVENT.BLOCKER_ID.eq(BLOCKER.ID))
            .where(BLOCKER.ID.eq(ID))
            .orderBy(BLOCKER_EVENT.ID));

    private final DSLContext dsl;

    public BlockerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static BlockerRepository in(DSLContext tx) {
        return new BlockerRepository(tx);
    }

    public long insert(Blocker b) {
        return dsl.insertInto(BLOCKER)
                .set(BLOCKER.TITLE, b.title())
                .set(BLOCKER.DETAIL, b.detail())
                .set(BLOCKER.KIND, b.kind().wire())
                .set(BLOCKER.IMPACT, b.impact().wire())
                .set(BLOCKER.MINUTES, b.minutes())
                .set(BLOCKER.RAISED_BY, b.raisedBy())
                .set(BLOCKER.BLOCKING, b.blocking())
                .set(BLOCKER.RAISED_AT, b.raisedAt())
                .set(BLOCKER.STATUS, b.status().wire())
                .set(BLOCKER.RESOLVED_AT, b.resolvedAt())
                .set(BLOCKER.DECISION, b.decision())
                .set(BLOCKER.OWNER, b.owner())
                .set(BLOCKER.DUE, b.due())
                .set(BLOCKER.RATIONALE, b.rationale())
                .set(BLOCKER.TEAM, b.team())
                .set(BLOCKER.REPEATS, b.repeats())
                .returningResult(BLOCKER.ID)
                .fetchOne(BLOCKER.ID);
    }

    public Optional<Blocker> find(long id) {
        return FIND.fetch(dsl, BLOCKER.fields(), id).stream().findFirst().map(r -> toBlocker(r.into(BLOCKER)));
    }

    /// A blocker and its history, oldest event first, in one query: `GET /api/v1/blockers/{id}`.
    public Optional<BlockerWithHistory> findWithHistory(long id) {
        var rows = FIND_WITH_HISTORY.fetch(dsl, WITH_EVENT, id);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var history = new ArrayList<BlockerEvent>(rows.size());
        for (var r : rows) {
            if (r.get(BLOCKER_EVENT.AT) != null) {
                history.add(new BlockerEvent(r.get(BLOCKER_EVENT.AT), r.get(BLOCKER_EVENT.ACTOR),
                        r.get(BLOCKER_EVENT.ACTION), r.get(BLOCKER_EVENT.CHANGE)));
            }
        }
        return Optional.of(new BlockerWithHistory(toBlocker(rows.get(0).into(BLOCKER)), history));
    }

    private static Field<?>[] withEvent() {
        var blocker = BLOCKER.fields();
        var fields = Arrays.copyOf(blocker, blocker.length + EVENT.length);
        System.arraycopy(EVENT, 0, fields, blocker.length, EVENT.length);
        return fields;
    }

    /// Locks the row for the rest of the transaction, so concurrent changes queue up.
    public Optional<Blocker> findForUpdate(long id) {
        return dsl.selectFrom(BLOCKER)
                .where(BLOCKER.ID.eq(id))
                .forUpdate()
                .fetchOptional(BlockerRepository::toBlocker);
    }

    /// Blockers with the given status (null: any) raised by the given person (null: anyone).
    public List<Blocker> list(Status status, String raisedBy) {
        Condition where = DSL.noCondition();
        if (status != null) {
            where = where.and(BLOCKER.STATUS.eq(status.wire()));
        }
        if (raisedBy != null) {
            where = where.and(BLOCKER.RAISED_BY.eq(raisedBy));
        }
        return dsl.selectFrom(BLOCKER)
                .where(where)
                .orderBy(BLOCKER.ID)
                .fetch(BlockerRepository::toBlocker);
    }

    /// An open blocker that repeats blocker `id`, if any.
    public Optional<Long> openRepeating(long id) {
        return dsl.select(BLOCKER.ID)
                .from(BLOCKER)
                .where(BLOCKER.REPEATS.eq(id))
                .and(BLOCKER.STATUS.eq(Status.OPEN.wire()))
                .orderBy(BLOCKER.ID)
                .limit(1)
                .fetchOptional(BLOCKER.ID);
    }

    /// BLK-12 — the blockers resolved since `since`, the most recent `limit` at most.
    public List<Blocker> resolvedSince(Instant since, int limit) {
        return dsl.selectFrom(BLOCKER)
                .where(BLOCKER.STATUS.eq(Status.RESOLVED.wire()))
                .and(BLOCKER.RESOLVED_AT.ge(since))
                .orderBy(BLOCKER.RESOLVED_AT.desc(), BLOCKER.ID.desc())
                .limit(limit)
                .fetch(BlockerRepository::toBlocker);
    }

    /// Blockers raised before `t` and not closed before it: what was open at that instant.
    public List<Blocker> openAt(Instant t) {
        return dsl.selectFrom(BLOCKER)
                .where(BLOCKER.RAISED_AT.lt(t))
                .and(BLOCKER.STATUS.eq(Status.OPEN.wire()).or(BLOCKER.RESOLVED_AT.ge(t)))
                .orderBy(BLOCKER.ID)
                .fetch(BlockerRepository::toBlocker);
    }

    public void updateContent(Blocker b) {
        dsl.update(BLOCKER)
                .set(BLOCKER.TITLE, b.title())
                .set(BLOCKER.DETAIL, b.detail())
                .set(BLOCKER.KIND, b.kind().wire())
                .set(BLOCKER.IMPACT, b.impact().wire())
                .set(BLOCKER.MINUTES, b.minutes())
                .set(BLOCKER.BLOCKING, b.blocking())
                .set(BLOCKER.REPEATS, b.repeats())
                .where(BLOCKER.ID.eq(b.id()))
                .execute();
    }

    /// Closes an open blocker; answers false when it was no longer open (someone else closed it).
    public boolean close(long id, Status status, Instant at, String decision, String owner, LocalDate due, String rationale) {
        return dsl.update(BLOCKER)
                .set(BLOCKER.STATUS, status.wire())
                .set(BLOCKER.RESOLVED_AT, at)
                .set(BLOCKER.DECISION, decision)
                .set(BLOCKER.OWNER, owner)
                .set(BLOCKER.DUE, due)
                .set(BLOCKER.RATIONALE, rationale)
                .where(BLOCKER.ID.eq(id))
                .and(BLOCKER.STATUS.eq(Status.OPEN.wire()))
                .execute() == 1;
    }

    /// A history row with its blocker and its own id, for the deferral export.
    public record HistoryRow(long id, long blockerId, Instant at, String actor, String action, String change) {
    }

    /// Every history row of the given actions, oldest first.
    public List<HistoryRow> history(String... actions) {
        return dsl.select(BLOCKER_EVENT.ID, BLOCKER_EVENT.BLOCKER_ID, BLOCKER_EVENT.AT, BLOCKER_EVENT.ACTOR,
                        BLOCKER_EVENT.ACTION, BLOCKER_EVENT.CHANGE)
                .from(BLOCKER_EVENT)
                .where(BLOCKER_EVENT.ACTION.in(actions))
                .orderBy(BLOCKER_EVENT.ID)
                .fetch(Records.mapping(HistoryRow::new));
    }

    /// The history rows of the given actions written from `from` to `to` (both included), oldest
    /// first. One read per action, each a range of `blocker_event_action_at_ix` (V5): one read of
    /// several actions may scan every `resolved` row of years of history.
    public List<HistoryRow> historyBetween(Instant from, Instant to, String... actions) {
        var rows = new ArrayList<HistoryRow>();
        for (var action : actions) {
            rows.addAll(dsl.select(BLOCKER_EVENT.ID, BLOCKER_EVENT.BLOCKER_ID, BLOCKER_EVENT.AT, BLOCKER_EVENT.ACTOR,
                            BLOCKER_EVENT.ACTION, BLOCKER_EVENT.CHANGE)
                    .from(BLOCKER_EVENT)
                    .where(BLOCKER_EVENT.ACTION.eq(action))
                    .and(BLOCKER_EVENT.AT.between(from, to))
                    .fetch(Records.mapping(HistoryRow::new)));
        }
        rows.sort(Comparator.comparingLong(HistoryRow::id));
        return rows;
    }

    public void addEvent(long blockerId, Instant at, String actor, String action, String changeJson) {
        dsl.insertInto(BLOCKER_EVENT)
                .set(BLOCKER_EVENT.BLOCKER_ID, blockerId)
                .set(BLOCKER_EVENT.AT, at)
                .set(BLOCKER_EVENT.ACTOR, actor)
                .set(BLOCKER_EVENT.ACTION, action)
                .set(BLOCKER_EVENT.CHANGE, changeJson)
                .execute();
    }




    static Blocker toBlocker(BlockerRecord r) {
        return new Blocker(
                r.getId(),
                r.getTitle(),
                r.getDetail(),
                Kind.parse(r.getKind()).orElseThrow(),
                Impact.parse(r.getImpact()).orElseThrow(),
                r.getMinutes(),
                r.getRaisedBy(),
                r.getBlocking(),
                r.getRaisedAt(),
                Status.parse(r.getStatus()).orElseThrow(),
                r.getResolvedAt(),
                r.getDecision(),
                r.getOwner(),
                r.getDue(),
                r.getRationale(),
                r.getTeam(),
                r.getRepeats());
    }
}
