package io.eteam.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.people.NewPerson;
import io.eteam.people.Person;
import io.eteam.sla.SlaRepository;
import io.eteam.support.Postgres;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/// Lists ordered by handle come out in the same order whatever the database's collation: on a
/// PostgreSQL database whose collation ignores punctuation (as en_US does), `vp-z` would sort
/// after `vpa` if the database sorted them.
class CollationTest {

    @Test
    void people_are_listed_by_handle_in_character_order_on_a_database_that_ignores_hyphens() throws Exception {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        try (var postgres = Postgres.start()) {
            try (var connection = DriverManager.getConnection(postgres.url("postgres")); var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE shifted LOCALE_PROVIDER icu ICU_LOCALE 'und-u-ka-shifted' TEMPLATE template0");
            }
            try (var app = App.open(postgres.url("shifted"), Clock.systemUTC())) {
                app.people().init("chair", "Casey Chair");
                var chair = app.people().get("chair");
                for (var handle : List.of("vpa", "vp-z", "vp1", "vp-b")) {
                    app.people().add(chair, new NewPerson(handle, "Val " + handle, "vp", null));
                }

                assertThat(app.people().list(chair)).extracting(Person::handle).containsExactly("chair", "vp-b", "vp-z", "vp1", "vpa");
                try (var database = Database.open(postgres.url("shifted"))) {
                    var attended = new SlaRepository(database.dsl()).attendedByVp(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
                    assertThat(List.copyOf(attended.keySet())).isEqualTo(List.of("chair", "vp-b", "vp-z", "vp1", "vpa"));
                }
            }
        }
    }
}
