package io.eteam.sla;

import static io.eteam.db.schema.Tables.ACTION_DONE;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record10;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/// The reads behind the SLA report: only the columns it needs, in the order it wants.
public final class SlaRepository {

    /// The columns the report reads, as its own types, converted while jOOQ reads each row.
    private static final Field<Kind> KIND = BLOCKER.KIND.convertFrom(byWire(Kind.values(), Kind::wire, "kind"));
    private static final Field<Impact> IMPACT = BLOCKER.IMPACT.convertFrom(byWire(Impact.values(), Impact::wire, "impact"));
    private static final Field<Status> STATUS = BLOCKER.STATUS.convertFrom(byWire(Status.values(), Status::wire, "status"));
    private static final Field<Instant> RAISED_AT = BLOCKER.RAISED_AT;
    private static final Field<Instant> RESOLVED_AT = BLOCKER.RESOLVED_AT;

    private static final RecordMapper<Record10<Long, String, Kind, Impact, String, String, Instant, Instant, Status, String>,
            SlaBlocker> AS_BLOCKER = Records.mapping(SlaRepository::blocker);

    private final DSLContext dsl;

    public SlaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /// Blockers raised before `end` and not closed before `since`: those closed in `[since, end)`
    /// by close time then id (the report's order), then those closed later, then the open ones.
    ///
    /// Three reads, each one range of `blocker_report_ix` (V5), which holds every column read
    /// here, rather than one with `resolved_at IS NULL OR resolved_at >= since`: no index serves
    /// that OR, so H2 read every blocker raised before `end`, ten years of them for a year's
    /// report. The closed-later read orders by the index's first columns so that H2 picks it and
    /// not the index on `raised_at`, which would scan from the first blocker ever raised.
    /// The reads are not one snapshot: the open ones are read first, so a blocker closed while
    /// they run is read open and then closed (never neither), and its open copy is dropped.
    public List<SlaBlocker> blockers(Instant since, Instant end) {
        var all = new ArrayList<SlaBlocker>();
        blockers(since, end, all::add);
        return all;
    }

    /// The same blockers in the same order, each handed to `to` as it is read, so that the
    /// caller can use one while the next is read.
    public void blockers(Instant since, Instant end, Consumer<SlaBlocker> to) {
        var raisedBefore = BLOCKER.RAISED_AT.lt(end);
        var open = select()
                .where(BLOCKER.RESOLVED_AT.isNull())
                .and(raisedBefore)
                .orderBy(BLOCKER.ID)
                .fetch(AS_BLOCKER);
        var openIds = new HashSet<Long>();
        for (var b : open) {
            openIds.add(b.id());
        }
        var closedMeanwhile = new HashSet<Long>();
        Consumer<SlaBlocker> closed = b -> {
            if (openIds.contains(b.id())) {
                closedMeanwhile.add(b.id());
            }
            to.accept(b);
        };
        each(select()
                .where(BLOCKER.RESOLVED_AT.ge(since))
                .and(BLOCKER.RESOLVED_AT.lt(end))
                .and(raisedBefore)
                .orderBy(BLOCKER.RESOLVED_AT, BLOCKER.ID), closed);
        each(select()
                .where(BLOCKER.RESOLVED_AT.ge(end))
                .and(raisedBefore)
                .orderBy(BLOCKER.RESOLVED_AT, BLOCKER.RAISED_AT, BLOCKER.ID), closed);
        for (var b : open) {
            if (!closedMeanwhile.contains(b.id())) {
                to.accept(b);
            }
        }
    }

    /// Each row of `query` as a blocker, read through a cursor: none is kept here.
    private static void each(ResultQuery<Record10<Long, String, Kind, Impact, String, String, Instant, Instant, Status, String>> query,
            Consumer<SlaBlocker> to) {
        try (var cursor = query.fetchLazy()) {
            for (var row : cursor) {
                to.accept(AS_BLOCKER.map(row));
            }
        }
    }

    private static SlaBlocker blocker(Long id, String title, Kind kind, Impact impact, String raisedBy, String blocking,
            Instant raisedAt, Instant resolvedAt, Status status, String team) {
        return new SlaBlocker(id, title, kind, impact, raisedBy, blocking, raisedAt, resolvedAt, status, team);
    }

    /// The columns a report row reads. `blocker_report_ix` must hold every one of them (a covering
    /// index): one it lacks makes every row read the whole table row, 6× slower on a year of a
    /// million-blocker history (`SlaRepositoryTest` checks it).
    static final List<Field<?>> COLUMNS = List.of(BLOCKER.ID, BLOCKER.TITLE, BLOCKER.KIND, BLOCKER.IMPACT,
            BLOCKER.RAISED_BY, BLOCKER.BLOCKING, BLOCKER.RAISED_AT, BLOCKER.RESOLVED_AT, BLOCKER.STATUS, BLOCKER.TEAM);

    private SelectJoinStep<Record10<Long, String, Kind, Impact, String, String, Instant, Instant, Status, String>> select() {
        return dsl.select(BLOCKER.ID, BLOCKER.TITLE, KIND, IMPACT, BLOCKER.RAISED_BY, BLOCKER.BLOCKING,
                        RAISED_AT, RESOLVED_AT, STATUS, BLOCKER.TEAM)
                .from(BLOCKER);
    }

    /// Refused deferral attempts between two instants.
    public int refusedDeferrals(Instant start, Instant end) {
        return events("deferral_refused", start, end);
    }

    /// Outcomes a chair recorded over the deferral check's refusal, between two instants.
    public int overruledDeferrals(Instant start, Instant end) {
        return events("deferral_overruled", start, end);
    }

    private int events(String action, Instant start, Instant end) {
        return dsl.fetchCount(BLOCKER_EVENT, BLOCKER_EVENT.ACTION.eq(action)
                .and(BLOCKER_EVENT.AT.ge(start))
                .and(BLOCKER_EVENT.AT.lt(end)));
    }

    /// SLA-16 — the actions due between two dates, counted per owner as of `today` in `zone`.
    ///
    /// One range of `blocker_due_ix` (V19), which holds every column read here. The status is
    /// checked here rather than in the query: asked for `status = 'resolved'` too, H2 read every
    /// resolved blocker's whole row through `blocker_status_ix` instead (2 s for a year of a
    /// million-blocker history, against 30 ms).
    public List<OwnerActions> actionsDue(LocalDate from, LocalDate to, LocalDate today, java.time.ZoneId zone) {
        var counts = new TreeMap<String, int[]>();
        dsl.select(BLOCKER.OWNER, BLOCKER.DUE, ACTION_DONE.DONE_AT, BLOCKER.STATUS)
                .from(BLOCKER)
                .leftJoin(ACTION_DONE).on(ACTION_DONE.BLOCKER_ID.eq(BLOCKER.ID))
                .where(BLOCKER.DUE.between(from, to))
                .fetch()
                .forEach(r -> {
                    if (!Status.RESOLVED.wire().equals(r.value4())) {
                        return;
                    }
                    var c = counts.computeIfAbsent(r.value1(), k -> new int[4]);
                    var due = r.value2();
                    var doneAt = r.value3();
                    if (doneAt != null) {
                        c[doneAt.atZone(zone).toLocalDate().isAfter(due) ? 1 : 0]++;
                    } else {
                        c[due.isBefore(today) ? 2 : 3]++;
                    }
                });
        var owners = new ArrayList<OwnerActions>(counts.size());
        counts.forEach((owner, c) -> owners.add(new OwnerActions(owner, c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3])));
        return owners;
    }

    /// SLA-17 — the blockers raised between two instants that repeat an earlier one, per blocking area.
    ///
    /// One range of `blocker_repeats_report_ix` (V19): `repeats > 0` (every blocker id is) where
    /// `repeats IS NOT NULL` made H2 read every blocker raised in the period through
    /// `blocker_raised_at_ix` instead.
    public List<Recurrences> recurrences(Instant start, Instant end) {
        var byArea = new TreeMap<String, List<Long>>();
        dsl.select(BLOCKER.ID, BLOCKER.BLOCKING)
                .from(BLOCKER)
                .where(BLOCKER.REPEATS.gt(0L))
                .and(BLOCKER.RAISED_AT.ge(start))
                .and(BLOCKER.RAISED_AT.lt(end))
                .orderBy(BLOCKER.ID)
                .fetch()
                .forEach(r -> byArea.computeIfAbsent(r.value2() == null ? SlaReport.NO_BLOCKING : r.value2(),
                        k -> new ArrayList<>()).add(r.value1()));
        var areas = new ArrayList<Recurrences>(byArea.size());
        byArea.forEach((area, ids) -> areas.add(new Recurrences(area, ids.size(), List.copyOf(ids))));
        areas.sort(java.util.Comparator.comparingInt(Recurrences::count).reversed().thenComparing(Recurrences::blocking));
        return areas;
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
                .fetch()
                // By handle in character order, whatever the database's collation.
                .stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> r.value2(), (a, b) -> a, TreeMap::new));
    }

    /// Reads an enum from its wire name by a map: a year's report reads a hundred thousand rows,
    /// three names each, and `parse`'s stream per name cost more than the rest of the mapping.
    private static <E> Function<String, E> byWire(E[] values, Function<E, String> wire, String column) {
        var byName = new HashMap<String, E>();
        for (var value : values) {
            byName.put(wire.apply(value), value);
        }
        return name -> {
            var value = byName.get(name);
            if (value == null) {
                throw new IllegalStateException("A blocker has the " + column + " '" + name + "', which eteam does not know.");
            }
            return value;
        };
    }

    /// jOOQ hands a converter null for SQL NULL too.

}
