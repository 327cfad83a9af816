package io.eteam.feed;

import static io.eteam.db.schema.Tables.FEED_TOKEN;
import static io.eteam.db.schema.Tables.PERSON;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/// Feed token hashes in the database, one row per person at most.
public final class FeedRepository {

    private final DSLContext dsl;

    public FeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static FeedRepository in(DSLContext tx) {
        return new FeedRepository(tx);
    }

    /// Makes `tokenHash` the person's one feed token, dropping the one they had.
    public void replace(String handle, String tokenHash, Instant at) {
        revoke(handle);
        dsl.insertInto(FEED_TOKEN)
                .set(FEED_TOKEN.HANDLE, handle)
                .set(FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(FEED_TOKEN.CREATED_AT, at)
                .execute();
    }

    /// True when the person had a feed token.
    public boolean revoke(String handle) {
        return dsl.deleteFrom(FEED_TOKEN)
                .where(FEED_TOKEN.HANDLE.eq(handle))
                .execute() > 0;
    }

    /// The active person whose feed token has this hash, with the stored hash beside them.
    public Optional<Holder> activeHolder(String tokenHash) {
        return dsl.select(FEED_TOKEN.TOKEN_HASH, PERSON.HANDLE, PERSON.NAME)
                .from(FEED_TOKEN)
                .join(PERSON).on(PERSON.HANDLE.eq(FEED_TOKEN.HANDLE))
                .where(FEED_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(PERSON.ACTIVE.isTrue())
                .fetchOptional(Records.mapping(Holder::new));
    }

    /// A stored feed token's hash and its holder.
    public record Holder(String storedHash, String handle, String name) {
    }
}
