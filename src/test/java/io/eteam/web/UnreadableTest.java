package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.problem.Problem;
import java.sql.SQLException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/// What `Unreadable` makes of failures a request's text caused in the database.
class UnreadableTest {

    @Test
    void text_postgresql_cannot_store_is_refused_with_400_not_answered_500() {
        // The chain jOOQ throws when PostgreSQL refuses a parameter holding U+0000.
        var failure = new DataAccessException("SQL [select ...]; ERROR: invalid byte sequence for encoding \"UTF8\": 0x00",
                new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));

        var refusal = Unreadable.refusal(failure, "application/json");

        assertThat(refusal).hasValueSatisfying(problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
            assertThat(problem.getMessage()).contains("NUL character");
        });
    }

    @Test
    void other_database_failures_are_not_the_clients_fault() {
        var failure = new DataAccessException("SQL [select ...]; connection lost",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(Unreadable.refusal(failure, "application/json")).isEmpty();
    }
}
