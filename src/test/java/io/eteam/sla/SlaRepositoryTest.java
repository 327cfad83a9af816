package io.eteam.sla;

import io.eteam.event.EventBus;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerRepository;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import io.eteam.db.Database;
import io.eteam.people.PeopleRepository;
import io.eteam.people.PeopleService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The report's read of blockers, in three index ranges, against the one condition it replaces:
/// raised before `end` and not closed before `since`.
class SlaRepositoryTest {

    static final Instant SINCE = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    static Database database;
    static SlaRepository repository;
    static BlockerRepository blockers;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
        new PeopleService(new PeopleRepository(database.dsl()), new EventBus(), Clock.fixed(END, ZoneOffset.UTC)).init("ana", "Ana Andersson");
        repository = new SlaRepository(database.dsl());
        blockers = new BlockerRepository(database.dsl());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void it_reads_each_blocker_raised_before_the_end_and_not_closed_before_since_once_in_the_reports_order() {
        var closedBefore = closed("closed before since", "2024-12-01T10:00:00Z", "2024-12-31T23:59:59Z");
        var closedLate = closed("closed late in the period", "2025-06-01T10:00:00Z", "2025-12-31T12:00:00Z");
        var closedAtSince = closed("closed as the period starts", "2024-12-30T10:00:00Z", "2025-01-01T00:00:00Z");
        var sameClose = closed("closed with the first, raised later", "2024-12-31T10:00:00Z", "2025-01-01T00:00:00Z");
        var closedAtEnd = closed("closed as the period ends", "2025-12-30T10:00:00Z", "2026-01-01T00:00:00Z");
        var closedAfter = closed("closed after the period", "2025-12-15T10:00:00Z", "2026-02-01T10:00:00Z");
        var raisedAfter = closed("raised and closed after the period", "2026-01-05T10:00:00Z", "2026-01-06T10:00:00Z");
        var openOld = open("open for years", "2019-03-01T10:00:00Z");
        var openNew = open("open since December", "2025-12-20T10:00:00Z");
        var openAfter = open("raised after the period", "2026-01-01T00:00:00Z");

        var read = repository.blockers(SINCE, END);

        assertThat(read).extracting(SlaBlocker::id).containsExactly(
                closedAtSince, sameClose, closedLate, closedAtEnd, closedAfter, openOld, openNew);
        assertThat(read).extracting(SlaBlocker::id).doesNotContain(closedBefore, raisedAfter, openAfter);
        assertThat(read.get(0).resolvedAt()).isEqualTo(SINCE);
        assertThat(read.get(5).status()).isEqualTo(Status.OPEN);
        assertThat(read.get(5).resolvedAt()).isNull();
    }

    private static long closed(String title, String raisedAt, String resolvedAt) {
        return blockers.insert(new Blocker(0, title, "", Kind.BLOCKED, Impact.HIGH, 15, "ana", null,
                Instant.parse(raisedAt), Status.RESOLVED, Instant.parse(resolvedAt), "Fund it from Q1", "ana", null, null));
    }

    private static long open(String title, String raisedAt) {
        return blockers.insert(new Blocker(0, title, "", Kind.MISALIGNED, Impact.LOW, 5, "ana", "ana",
                Instant.parse(raisedAt), Status.OPEN, null, null, null, null, null));
    }

    @Test
    void the_report_index_holds_every_column_a_report_row_reads() {
        var indexed = database.dsl().fetch("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                + "WHERE UPPER(INDEX_NAME) = 'BLOCKER_REPORT_IX'").getValues(0, String.class).stream()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        var read = SlaRepository.COLUMNS.stream().map(f -> f.getName().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(indexed).containsAll(read);
    }
}
