package io.eteam.db;

import static io.eteam.db.schema.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.support.TestServer;
import java.time.Instant;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderedTest {

    Database database;

    private static final Rendered BY_ROLE = new Rendered(dsl -> dsl.select(PERSON.HANDLE)
            .from(PERSON)
            .where(PERSON.ROLE.eq(DSL.param("role", String.class)))
            .orderBy(PERSON.HANDLE));

    @BeforeEach
    void open() {
        database = Database.open(TestServer.memoryDb());
        var now = Instant.now();
        for (var row : new String[][] {{"vp-b", "vp"}, {"vp-a", "vp"}, {"chair", "chair"}}) {
            database.dsl().insertInto(PERSON)
                    .set(PERSON.HANDLE, row[0]).set(PERSON.NAME, row[0]).set(PERSON.ROLE, row[1])
                    .set(PERSON.ACTIVE, true).set(PERSON.CREATED_AT, now)
                    .execute();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_rendered_query_answers_for_the_values_it_is_given_each_time() {
        var dsl = database.dsl();

        assertThat(BY_ROLE.query(dsl, "vp").coerce(PERSON.HANDLE).fetch(PERSON.HANDLE)).containsExactly("vp-a", "vp-b");
        assertThat(BY_ROLE.query(dsl, "chair").coerce(PERSON.HANDLE).fetch(PERSON.HANDLE)).containsExactly("chair");
        assertThat(BY_ROLE.query(dsl, "member").coerce(PERSON.HANDLE).fetch(PERSON.HANDLE)).isEmpty();
    }

    @Test
    void a_value_missing_or_one_too_many_is_refused_before_anything_runs() {
        var dsl = database.dsl();

        assertThatThrownBy(() -> BY_ROLE.query(dsl)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binds 1 values, not 0");
        assertThatThrownBy(() -> BY_ROLE.query(dsl, "vp", "chair")).isInstanceOf(IllegalArgumentException.class);
    }
}
