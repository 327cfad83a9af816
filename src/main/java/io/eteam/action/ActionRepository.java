package io.eteam.action;

import static io.eteam.db.schema.Tables.ACTION_DONE;
import static io.eteam.db.schema.Tables.BLOCKER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/// Actions as stored: resolved blockers, and what `action_done` says of them.
public final class ActionRepository {

    private final DSLContext dsl;

    public ActionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static ActionRepository in(DSLContext tx) {
        return new ActionRepository(tx);
    }

    /// The actions of `owner` (null: anyone) with `status` (null: any) as of `today`, soonest due first.
    public List<Action> list(String owner, String status, LocalDate today) {
        Condition where = BLOCKER.STATUS.eq("resolved");
        if (owner != null) {
            where = where.and(BLOCKER.OWNER.eq(owner));
        }
        var notDone = BLOCKER.DUE.isNotNull().and(ACTION_DONE.BLOCKER_ID.isNull());
        if (status != null) {
            where = where.and(switch (status) {
                case Action.OPEN -> notDone.and(BLOCKER.DUE.ge(today));
                case Action.OVERDUE -> notDone.and(BLOCKER.DUE.lt(today));
                default -> DSL.not(notDone);
            });
        }
        return select().where(where)
                .orderBy(BLOCKER.DUE.asc().nullsLast(), BLOCKER.ID.asc())
                .fetch(r -> toAction(r, today));
    }

    /// ACT-4 — the follow-up of the meeting on `date` starting at `start`: the actions decided before
    /// the start, due by its day and not done before the start, soonest due first, each as of that day.
    public List<Action> followUp(LocalDate date, Instant start) {
        var again = BLOCKER.as("again");
        return select().where(BLOCKER.STATUS.eq("resolved")
                        .and(BLOCKER.DUE.le(date))
                        .and(BLOCKER.RESOLVED_AT.lt(start))
                        .and(ACTION_DONE.DONE_AT.isNull().or(ACTION_DONE.DONE_AT.ge(start)))
                        // ACT-5 — raised again as a blocker open at the start: the agenda has it.
                        .andNotExists(DSL.selectOne().from(again).where(again.REPEATS.eq(BLOCKER.ID))
                                .and(again.RAISED_AT.lt(start))
                                .and(again.STATUS.eq("open").or(again.RESOLVED_AT.ge(start)))))
                .orderBy(BLOCKER.DUE.asc(), BLOCKER.ID.asc())
                .fetch(r -> toAction(r, date));
    }

    public Optional<Action> find(long id, LocalDate today) {
        return select().where(BLOCKER.ID.eq(id).and(BLOCKER.STATUS.eq("resolved"))).fetchOptional(r -> toAction(r, today));
    }

    public void done(long id, Instant at, String by, String note) {
        dsl.insertInto(ACTION_DONE)
                .set(ACTION_DONE.BLOCKER_ID, id)
                .set(ACTION_DONE.DONE_AT, at)
                .set(ACTION_DONE.DONE_BY, by)
                .set(ACTION_DONE.NOTE, note)
                .execute();
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(new org.jooq.SelectField<?>[] {BLOCKER.ID, BLOCKER.TITLE, BLOCKER.DECISION, BLOCKER.OWNER, BLOCKER.DUE, BLOCKER.RESOLVED_AT,
                        ACTION_DONE.DONE_AT, ACTION_DONE.DONE_BY, ACTION_DONE.NOTE})
                .from(BLOCKER)
                .leftJoin(ACTION_DONE).on(ACTION_DONE.BLOCKER_ID.eq(BLOCKER.ID));
    }

    private static Action toAction(Record r, LocalDate today) {
        var due = r.get(BLOCKER.DUE);
        var doneAt = r.get(ACTION_DONE.DONE_AT);
        String status;
        if (doneAt != null || due == null) {
            status = Action.DONE;
        } else {
            status = due.isBefore(today) ? Action.OVERDUE : Action.OPEN;
        }
        var decidedAt = r.get(BLOCKER.RESOLVED_AT);
        return new Action(r.get(BLOCKER.ID), r.get(BLOCKER.TITLE), r.get(BLOCKER.DECISION), r.get(BLOCKER.OWNER),
                due, decidedAt, status, doneAt != null ? doneAt : due == null ? decidedAt : null,
                r.get(ACTION_DONE.DONE_BY), r.get(ACTION_DONE.NOTE));
    }
}
