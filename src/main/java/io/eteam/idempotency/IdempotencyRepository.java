package io.eteam.idempotency;

import static io.eteam.db.schema.Tables.IDEMPOTENCY_KEY;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/// Idempotency keys and the answers they replay, in the database.
public final class IdempotencyRepository {

    /// A key's row: the request it was first used for, when, and its answer once stored
    /// (`status` null: a change was committed and its answer is not stored, or not yet).
    record Stored(String requestHash, Instant createdAt, Integer status, String contentType, String answer) {
        boolean answered() {
            return status != null;
        }
    }

    private final DSLContext dsl;

    public IdempotencyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static IdempotencyRepository in(DSLContext tx) {
        return new IdempotencyRepository(tx);
    }

    Optional<Stored> find(String handle, String keyHash) {
        return dsl.select(IDEMPOTENCY_KEY.REQUEST_HASH, IDEMPOTENCY_KEY.CREATED_AT, IDEMPOTENCY_KEY.STATUS,
                        IDEMPOTENCY_KEY.CONTENT_TYPE, IDEMPOTENCY_KEY.ANSWER)
                .from(IDEMPOTENCY_KEY)
                .where(IDEMPOTENCY_KEY.HANDLE.eq(handle))
                .and(IDEMPOTENCY_KEY.KEY_HASH.eq(keyHash))
                .fetchOptional(Records.mapping(Stored::new));
    }

    /// The key of a request whose change is being committed; a second row for the same person
    /// and key violates the primary key.
    void insertPending(String handle, String keyHash, String requestHash, Instant at) {
        dsl.insertInto(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.HANDLE, handle)
                .set(IDEMPOTENCY_KEY.KEY_HASH, keyHash)
                .set(IDEMPOTENCY_KEY.REQUEST_HASH, requestHash)
                .set(IDEMPOTENCY_KEY.CREATED_AT, at)
                .execute();
    }

    /// Stores the answer of a request whose change committed the row.
    void answer(String handle, String keyHash, int status, String contentType, String sealed) {
        dsl.update(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.STATUS, status)
                .set(IDEMPOTENCY_KEY.CONTENT_TYPE, contentType)
                .set(IDEMPOTENCY_KEY.ANSWER, sealed)
                .where(IDEMPOTENCY_KEY.HANDLE.eq(handle))
                .and(IDEMPOTENCY_KEY.KEY_HASH.eq(keyHash))
                .execute();
    }

    /// The key and answer of a request that changed nothing (a refusal); false if the key is
    /// taken meanwhile.
    boolean insertAnswered(String handle, String keyHash, String requestHash, Instant at, int status,
                           String contentType, String sealed) {
        return dsl.insertInto(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.HANDLE, handle)
                .set(IDEMPOTENCY_KEY.KEY_HASH, keyHash)
                .set(IDEMPOTENCY_KEY.REQUEST_HASH, requestHash)
                .set(IDEMPOTENCY_KEY.CREATED_AT, at)
                .set(IDEMPOTENCY_KEY.STATUS, status)
                .set(IDEMPOTENCY_KEY.CONTENT_TYPE, contentType)
                .set(IDEMPOTENCY_KEY.ANSWER, sealed)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /// Forgets the keys first used before `before`; answers how many.
    int purge(Instant before) {
        return dsl.deleteFrom(IDEMPOTENCY_KEY)
                .where(IDEMPOTENCY_KEY.CREATED_AT.lt(before))
                .execute();
    }
}
