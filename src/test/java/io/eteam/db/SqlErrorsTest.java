package io.eteam.db;

import static io.eteam.db.schema.Tables.API_TOKEN;
import static io.eteam.db.schema.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eteam.support.TestDatabases;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Each refusal `SqlErrors` names, provoked on eteam's own schema by real SQL, on whichever
/// database this run tests (H2 in memory, or PostgreSQL: `TestDatabases`): the codes differ
/// between the two, the reading must not.
class SqlErrorsTest {

    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh());
        dsl = database.dsl();
        dsl.insertInto(PERSON).columns(PERSON.HANDLE, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.CREATED_AT)
                .values("ana", "Ana", "chair", true, Instant.parse("2026-12-01T09:00:00Z")).execute();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void on_postgresql_two_transactions_locking_rows_in_opposite_orders_end_one_as_concurrent() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "H2 takes writes one at a time: no deadlock");
        dsl.insertInto(PERSON).columns(PERSON.HANDLE, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.CREATED_AT)
                .values("bo", "Bo", "vp", true, Instant.parse("2026-12-01T09:00:00Z")).execute();
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> catchThrowable(() -> rename(barrier, "ana", "bo")));
            var second = pool.submit(() -> catchThrowable(() -> rename(barrier, "bo", "ana")));
            var failures = Stream.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS))
                    .filter(Objects::nonNull).toList();

            assertThat(failures).hasSize(1);
            assertThat(SqlErrors.CONCURRENT.causes(failures.get(0))).as(failures.get(0).toString()).isTrue();
            assertThat(SqlErrors.UNREACHABLE.causes(failures.get(0))).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    /// Renames `first`, waits for the other transaction to have renamed its first, renames `then`.
    private void rename(CyclicBarrier barrier, String first, String then) {
        dsl.transaction(tx -> {
            tx.dsl().update(PERSON).set(PERSON.NAME, "Renamed").where(PERSON.HANDLE.eq(first)).execute();
            barrier.await(10, TimeUnit.SECONDS);
            tx.dsl().update(PERSON).set(PERSON.NAME, "Renamed").where(PERSON.HANDLE.eq(then)).execute();
        });
    }

    @Test
    void a_second_person_with_the_same_handle_is_a_unique_refusal_and_nothing_else() {
        var failure = catchThrowable(() -> dsl.insertInto(PERSON)
                .columns(PERSON.HANDLE, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.CREATED_AT)
                .values("ana", "Another Ana", "vp", true, Instant.parse("2026-12-01T09:00:00Z")).execute());

        assertThat(failure).isNotNull();
        assertThat(SqlErrors.UNIQUE.causes(failure)).isTrue();
        assertThat(SqlErrors.CHECK.causes(failure)).isFalse();
        assertThat(SqlErrors.FOREIGN_KEY.causes(failure)).isFalse();
    }

    @Test
    void a_role_the_schema_does_not_know_is_a_check_refusal() {
        var failure = catchThrowable(() -> dsl.insertInto(PERSON)
                .columns(PERSON.HANDLE, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.CREATED_AT)
                .values("bo", "Bo", "president", true, Instant.parse("2026-12-01T09:00:00Z")).execute());

        assertThat(SqlErrors.CHECK.causes(failure)).isTrue();
        assertThat(SqlErrors.UNIQUE.causes(failure)).isFalse();
    }

    @Test
    void a_token_for_nobody_is_a_foreign_key_refusal() {
        var failure = catchThrowable(() -> dsl.insertInto(API_TOKEN)
                .columns(API_TOKEN.HANDLE, API_TOKEN.TOKEN_HASH, API_TOKEN.CREATED_AT)
                .values("nobody", "hash", Instant.parse("2026-12-01T09:00:00Z")).execute());

        assertThat(SqlErrors.FOREIGN_KEY.causes(failure)).isTrue();
        assertThat(SqlErrors.CHECK.causes(failure)).isFalse();
    }

    /// PostgreSQL's driver as it reads the server's disk_full error; H2's own is provoked on a
    /// real full file system by `DiskFullIT`.
    @Test
    void postgresqls_disk_full_and_a_write_that_ran_out_of_space_are_disk_full_and_nothing_else() {
        var postgresql = new org.jooq.exception.DataAccessException("insert", new org.postgresql.util.PSQLException(
                new org.postgresql.util.ServerErrorMessage("SERROR\u0000C53100\u0000Mcould not extend file \"base/16384/16400\":"
                        + " No space left on device\u0000")));
        var h2 = new java.sql.SQLException("General error", "HY000", new java.io.IOException("No space left on device"));
        var other = new java.sql.SQLException("General error", "HY000", new java.io.IOException("Broken pipe"));

        assertThat(SqlErrors.DISK_FULL.causes(postgresql)).isTrue();
        assertThat(SqlErrors.DISK_FULL.causes(h2)).isTrue();
        assertThat(SqlErrors.DISK_FULL.causes(other)).isFalse();
        assertThat(SqlErrors.UNREACHABLE.causes(postgresql)).isFalse();
        assertThat(SqlErrors.DISK_FULL.causes(catchThrowable(() -> dsl.insertInto(PERSON)
                .columns(PERSON.HANDLE, PERSON.NAME, PERSON.ROLE, PERSON.ACTIVE, PERSON.CREATED_AT)
                .values("ana", "Another Ana", "vp", true, Instant.parse("2026-12-01T09:00:00Z")).execute()))).isFalse();
    }

    @Test
    void a_nul_character_in_a_parameter_is_unstorable_text_on_postgresql_and_simply_matches_nothing_on_h2() {
        var failure = catchThrowable(() -> dsl.fetchCount(PERSON, PERSON.HANDLE.eq("a\u0000na")));

        if (TestDatabases.postgresql()) {
            assertThat(SqlErrors.UNSTORABLE_TEXT.causes(failure)).isTrue();
        } else {
            assertThat(failure).isNull();
        }
    }
}
