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

    private static final org.jooq.Field<?>[] HANDLE = {PERSON.HANDLE};
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

        assertThat(BY_ROLE.fetch(dsl, HANDLE, "vp").getValues(PERSON.HANDLE)).containsExactly("vp-a", "vp-b");
        assertThat(BY_ROLE.fetch(dsl, HANDLE, "chair").getValues(PERSON.HANDLE)).containsExactly("chair");
        assertThat(BY_ROLE.fetch(dsl, HANDLE, "member").getValues(PERSON.HANDLE)).isEmpty();
    }

    @Test
    void a_value_missing_or_one_too_many_is_refused_before_anything_runs() {
        var dsl = database.dsl();

        assertThatThrownBy(() -> BY_ROLE.fetch(dsl, HANDLE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binds 1 values, not 0");
        assertThatThrownBy(() -> BY_ROLE.fetch(dsl, HANDLE, "vp", "chair")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inside_a_transaction_it_reads_on_the_transactions_connection_and_hundreds_of_reads_keep_the_pool_whole() {
        database.dsl().transaction(tx -> {
            tx.dsl().insertInto(PERSON)
                    .set(PERSON.HANDLE, "vp-c").set(PERSON.NAME, "vp-c").set(PERSON.ROLE, "vp")
                    .set(PERSON.ACTIVE, true).set(PERSON.CREATED_AT, Instant.now())
                    .execute();
            assertThat(BY_ROLE.fetch(tx.dsl(), HANDLE, "vp").getValues(PERSON.HANDLE)).containsExactly("vp-a", "vp-b", "vp-c");
        });
        // The pool holds ten connections: a read that kept one would run out long before this.
        for (int i = 0; i < 500; i++) {
            assertThat(BY_ROLE.fetch(database.dsl(), HANDLE, "chair").getValues(PERSON.HANDLE)).containsExactly("chair");
        }
        database.dsl().transaction(tx -> {
            for (int i = 0; i < 50; i++) {
                assertThat(BY_ROLE.fetch(tx.dsl(), HANDLE, "chair").getValues(PERSON.HANDLE)).containsExactly("chair");
            }
        });
    }

    @Test
    void a_read_outside_a_transaction_does_not_wait_for_a_writing_transaction_to_end() throws Exception {
        // SerialWrites lets one writing transaction at a time into H2; a rendered read must not
        // queue behind it, or readers holding pool connections and a writer waiting for one
        // lock each other out (seen under load as 30 s pool time-outs).
        var inTransaction = new java.util.concurrent.CountDownLatch(1);
        var finish = new java.util.concurrent.CountDownLatch(1);
        var writer = new Thread(() -> database.dsl().transaction(tx -> {
            inTransaction.countDown();
            finish.await();
        }));
        writer.start();
        try {
            assertThat(inTransaction.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            var read = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> BY_ROLE.fetch(database.dsl(), HANDLE, "chair").getValues(PERSON.HANDLE));
            assertThat(read.get(5, java.util.concurrent.TimeUnit.SECONDS)).containsExactly("chair");
        } finally {
            finish.countDown();
            writer.join();
        }
    }
}
