package io.eteam.db;

import static io.eteam.db.schema.Tables.API_TOKEN;
import static io.eteam.db.schema.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eteam.support.TestDatabases;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
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
