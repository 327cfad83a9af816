package io.eteam.db;

import static io.eteam.db.schema.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What the H2 database does so that an acknowledged write survives `kill -9` (the proof under
/// load is `CrashStressIT`): writing transactions commit one at a time, and an identity found
/// below the stored ids when the database opens is moved above them.
class DurableWritesTest {

    @TempDir
    Path dir;

    @Test
    void a_write_waits_while_another_transaction_is_open_and_commits_after_it() throws Exception {
        try (var database = Database.open(Database.h2File(dir))) {
            var dsl = database.dsl();
            var firstWrote = new CountDownLatch(1);
            var letFirstCommit = new CountDownLatch(1);
            var first = new Thread(() -> dsl.transaction(tx -> {
                add(tx.dsl(), "first");
                firstWrote.countDown();
                letFirstCommit.await(10, TimeUnit.SECONDS);
            }));
            first.start();
            assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();

            var secondDone = new AtomicBoolean();
            var second = new Thread(() -> {
                add(dsl, "second");
                secondDone.set(true);
            });
            second.start();
            second.join(300);
            // Reads go on meanwhile; the second write waits for the first transaction to end.
            assertThat(dsl.fetchCount(PERSON)).isZero();
            assertThat(secondDone).isFalse();

            letFirstCommit.countDown();
            first.join(10_000);
            second.join(10_000);
            assertThat(secondDone).isTrue();
            assertThat(dsl.fetchCount(PERSON)).isEqualTo(2);
        }
    }

    @Test
    void an_identity_found_below_the_stored_ids_is_moved_above_them_when_the_database_opens() {
        var url = Database.h2File(dir);
        try (var database = Database.open(url)) {
            var dsl = database.dsl();
            add(dsl, "ana");
            dsl.query("insert into api_token (handle, token_hash, created_at) values ('ana', 'a', current_timestamp)").execute();
            dsl.query("insert into api_token (handle, token_hash, created_at) values ('ana', 'b', current_timestamp)").execute();
            dsl.query("insert into api_token (handle, token_hash, created_at) values ('ana', 'c', current_timestamp)").execute();
            // What H2 was seen to come back with after a kill: the next id below the stored ones.
            dsl.query("alter table api_token alter column id restart with 2").execute();
        }
        try (var database = Database.open(url)) {
            var dsl = database.dsl();
            dsl.query("insert into api_token (handle, token_hash, created_at) values ('ana', 'd', current_timestamp)").execute();
            assertThat(dsl.fetchValue("select max(id) from api_token", Long.class)).isEqualTo(4L);
        }
    }

    private static void add(DSLContext dsl, String handle) {
        dsl.insertInto(PERSON)
                .set(PERSON.HANDLE, handle).set(PERSON.NAME, handle).set(PERSON.ROLE, "vp")
                .set(PERSON.ACTIVE, true).set(PERSON.CREATED_AT, Instant.now())
                .execute();
    }
}
