package io.eteam.meeting;

import static io.eteam.db.schema.Tables.AGENDA_RANK;
import static io.eteam.db.schema.Tables.ATTENDANCE;
import static io.eteam.db.schema.Tables.CHECKIN_REFUSAL;
import static io.eteam.db.schema.Tables.MEETING;
import static io.eteam.db.schema.Tables.MEETING_STEP;
import static io.eteam.db.schema.Tables.PERSON;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/// Meetings, attendance, refusals at the door and the chair's ranking, in the database.
public final class MeetingRepository {

    private final DSLContext dsl;

    public MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static MeetingRepository in(DSLContext tx) {
        return new MeetingRepository(tx);
    }

    /// Status, start and end as stored; empty for a meeting nobody has touched yet (planned).
    public Optional<Stored> find(LocalDate date) {
        return dsl.select(MEETING.STATUS, MEETING.STARTED_AT, MEETING.ENDED_AT)
                .from(MEETING)
                .where(MEETING.MEETING_DATE.eq(date))
                .fetchOptional(r -> new Stored(MeetingStatus.parse(r.value1()), r.value2(), r.value3()));
    }

    /// The dates of the meetings that have ended, latest first.
    public List<LocalDate> endedDates() {
        return dsl.select(MEETING.MEETING_DATE)
                .from(MEETING)
                .where(MEETING.STATUS.eq(MeetingStatus.ENDED.wire()))
                .orderBy(MEETING.MEETING_DATE.desc())
                .fetch(MEETING.MEETING_DATE);
    }

    /// The stored state of a meeting.
    public record Stored(MeetingStatus status, Instant startedAt, Instant endedAt) {
    }

    /// Makes sure the meeting has a row and locks it for the rest of the transaction.
    public Stored lock(LocalDate date) {
        // Not MERGE: on PostgreSQL two concurrent MERGEs can both find no row and both insert,
        // and the second then fails on the primary key; ON CONFLICT waits for the first instead.
        dsl.insertInto(MEETING, MEETING.MEETING_DATE)
                .values(date)
                .onConflictDoNothing()
                .execute();
        return dsl.select(MEETING.STATUS, MEETING.STARTED_AT, MEETING.ENDED_AT)
                .from(MEETING)
                .where(MEETING.MEETING_DATE.eq(date))
                .forUpdate()
                .fetchSingle(r -> new Stored(MeetingStatus.parse(r.value1()), r.value2(), r.value3()));
    }

    public void setStatus(LocalDate date, MeetingStatus status, Instant at) {
        var update = dsl.update(MEETING).set(MEETING.STATUS, status.wire());
        if (status == MeetingStatus.RUNNING) {
            update = update.set(MEETING.STARTED_AT, at);
        } else if (status == MeetingStatus.ENDED) {
            update = update.set(MEETING.ENDED_AT, at);
        }
        update.where(MEETING.MEETING_DATE.eq(date)).execute();
    }

    public List<Attendee> attendees(LocalDate date) {
        return dsl.select(ATTENDANCE.HANDLE, PERSON.NAME, PERSON.ROLE, ATTENDANCE.CHECKED_IN_AT, ATTENDANCE.CHECKED_IN_BY)
                .from(ATTENDANCE)
                .join(PERSON).on(PERSON.HANDLE.eq(ATTENDANCE.HANDLE))
                .where(ATTENDANCE.MEETING_DATE.eq(date))
                .orderBy(ATTENDANCE.CHECKED_IN_AT, ATTENDANCE.HANDLE)
                .fetch(Records.mapping(Attendee::new));
    }

    public boolean attended(LocalDate date, String handle) {
        return dsl.fetchExists(ATTENDANCE, ATTENDANCE.MEETING_DATE.eq(date).and(ATTENDANCE.HANDLE.eq(handle)));
    }

    public void checkIn(LocalDate date, String handle, String by, Instant at) {
        dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.MEETING_DATE, date)
                .set(ATTENDANCE.HANDLE, handle)
                .set(ATTENDANCE.CHECKED_IN_AT, at)
                .set(ATTENDANCE.CHECKED_IN_BY, by)
                .execute();
    }

    public List<Refusal> refusals(LocalDate date) {
        return dsl.select(CHECKIN_REFUSAL.ACTOR, CHECKIN_REFUSAL.FOR_HANDLE, CHECKIN_REFUSAL.AT, CHECKIN_REFUSAL.REASON)
                .from(CHECKIN_REFUSAL)
                .where(CHECKIN_REFUSAL.MEETING_DATE.eq(date))
                .orderBy(CHECKIN_REFUSAL.ID)
                .fetch(Records.mapping(Refusal::new));
    }

    public void refuse(LocalDate date, String actor, String forHandle, Instant at, String reason) {
        dsl.insertInto(CHECKIN_REFUSAL)
                .set(CHECKIN_REFUSAL.MEETING_DATE, date)
                .set(CHECKIN_REFUSAL.ACTOR, actor)
                .set(CHECKIN_REFUSAL.FOR_HANDLE, forHandle)
                .set(CHECKIN_REFUSAL.AT, at)
                .set(CHECKIN_REFUSAL.REASON, reason)
                .execute();
    }

    public List<Long> ranking(LocalDate date) {
        return dsl.select(AGENDA_RANK.BLOCKER_ID)
                .from(AGENDA_RANK)
                .where(AGENDA_RANK.MEETING_DATE.eq(date))
                .orderBy(AGENDA_RANK.POSITION)
                .fetch(AGENDA_RANK.BLOCKER_ID);
    }

    public void replaceRanking(LocalDate date, List<Long> blockerIds) {
        dsl.deleteFrom(AGENDA_RANK)
                .where(AGENDA_RANK.MEETING_DATE.eq(date))
                .execute();
        for (int i = 0; i < blockerIds.size(); i++) {
            dsl.insertInto(AGENDA_RANK)
                    .set(AGENDA_RANK.MEETING_DATE, date)
                    .set(AGENDA_RANK.POSITION, i + 1)
                    .set(AGENDA_RANK.BLOCKER_ID, blockerIds.get(i))
                    .execute();
        }
    }

    /// MTG-13 — what the chairs did to the current items of the meeting of `date`, in order.
    public List<Step> steps(LocalDate date) {
        return dsl.select(MEETING_STEP.BLOCKER_ID, MEETING_STEP.STEP, MEETING_STEP.AT, MEETING_STEP.BY_HANDLE)
                .from(MEETING_STEP)
                .where(MEETING_STEP.MEETING_DATE.eq(date))
                .orderBy(MEETING_STEP.ID)
                .fetch(r -> new Step(r.value1(), Step.Kind.parse(r.value2()), r.value3(), r.value4()));
    }

    public void addStep(LocalDate date, Step step) {
        dsl.insertInto(MEETING_STEP)
                .set(MEETING_STEP.MEETING_DATE, date)
                .set(MEETING_STEP.BLOCKER_ID, step.blockerId())
                .set(MEETING_STEP.STEP, step.kind().wire())
                .set(MEETING_STEP.AT, step.at())
                .set(MEETING_STEP.BY_HANDLE, step.by())
                .execute();
    }
}
