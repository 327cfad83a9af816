package io.eteam.sla;

import static io.eteam.db.schema.Tables.ATTENDANCE;
import static io.eteam.db.schema.Tables.BLOCKER;
import static io.eteam.db.schema.Tables.BLOCKER_EVENT;
import static io.eteam.db.schema.Tables.MEETING;
import static io.eteam.db.schema.Tables.PERSON;

import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/// The reads behind the SLA report: only the columns it needs, in the order it wants.
public final class SlaRepository {

    private final DSLContext dsl;

    public SlaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /// Blockers raised before `end` and not closed before `since`, closed ones first by close
    /// time (the report's order), then open ones.
    public List<SlaBlocker> blockers(Instant since, Instant end) {
        return dsl.select(BLOCKER.ID, BLOCKER.TITLE, BLOCKER.KIND, BLOCKER.IMPACT, BLOCKER.RAISED_BY, BLOCKER.BLOCKING,
                        BLOCKER.RAISED_AT, BLOCKER.RESOLVED_AT, BLOCKER.STATUS)
                .from(BLOCKER)
                .where(BLOCKER.RAISED_AT.lt(utc(end)))
                .and(BLOCKER.RESOLVED_AT.isNull().or(BLOCKER.RESOLVED_AT.ge(utc(since))))
                .orderBy(BLOCKER.RESOLVED_AT.asc().nullsLast(), BLOCKER.ID)
                .fetch(r -> new SlaBlocker(r.value1(), r.value2(), Kind.parse(r.value3()).orElseThrow(),
                        Impact.parse(r.value4()).orElseThrow(), r.value5(), r.value6(), r.value7().toInstant(),
                        r.value8() == null ? null : r.value8().toInstant(), Status.parse(r.value9()).orElseThrow()));
    }

    /// Refused deferral attempts between two instants.
    public int refusedDeferrals(Instant start, Instant end) {
        return dsl.fetchCount(BLOCKER_EVENT, BLOCKER_EVENT.ACTION.eq("deferral_refused")
                .and(BLOCKER_EVENT.AT.ge(utc(start)))
                .and(BLOCKER_EVENT.AT.lt(utc(end))));
    }

    /// Meetings held between two dates (started, or with anyone checked in) → how many checked in.
    public Map<LocalDate, Integer> meetingsHeld(LocalDate from, LocalDate to) {
        return dsl.select(MEETING.MEETING_DATE, DSL.count(ATTENDANCE.HANDLE))
                .from(MEETING)
                .leftJoin(ATTENDANCE).on(ATTENDANCE.MEETING_DATE.eq(MEETING.MEETING_DATE))
                .where(MEETING.MEETING_DATE.between(from, to))
                .groupBy(MEETING.MEETING_DATE)
                .having(DSL.count(ATTENDANCE.HANDLE).gt(0).or(DSL.max(MEETING.STATUS).ne("planned")))
                .orderBy(MEETING.MEETING_DATE)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /// Every active chair and VP with how many meetings between two dates they attended.
    public Map<String, Integer> attendedByVp(LocalDate from, LocalDate to) {
        return dsl.select(PERSON.HANDLE, DSL.count(ATTENDANCE.HANDLE))
                .from(PERSON)
                .leftJoin(ATTENDANCE).on(ATTENDANCE.HANDLE.eq(PERSON.HANDLE)
                        .and(ATTENDANCE.MEETING_DATE.between(from, to)))
                .where(PERSON.ACTIVE.isTrue())
                .and(PERSON.ROLE.in("chair", "vp"))
                .groupBy(PERSON.HANDLE)
                .orderBy(PERSON.HANDLE)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
