package io.eteam.webhook;

import static io.eteam.db.schema.Tables.BLOCKER;
import static io.eteam.db.schema.Tables.BLOCKER_WARNING;
import static io.eteam.db.schema.Tables.DIGEST_SETTING;
import static io.eteam.db.schema.Tables.WEBHOOK;
import static io.eteam.db.schema.Tables.WEBHOOK_OUTBOX;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/// Webhooks and their outbox as stored (V16).
public final class WebhookRepository {

    /// A delivery due to be sent, with what sending it needs.
    record Due(long id, long webhookId, String delivery, String type, String body, int attempts, String url,
               String format, String secret) {
    }

    /// A webhook's id and the event types it wants: what the digest needs.
    record Stored(long id, String events) {
    }

    private final DSLContext dsl;

    public WebhookRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    DSLContext dsl() {
        return dsl;
    }

    long add(String url, String events, String format, String secret, Instant at, String by) {
        return dsl.insertInto(WEBHOOK)
                .set(WEBHOOK.URL, url)
                .set(WEBHOOK.EVENTS, events)
                .set(WEBHOOK.FORMAT, format)
                .set(WEBHOOK.SECRET, secret)
                .set(WEBHOOK.CREATED_AT, at)
                .set(WEBHOOK.CREATED_BY, by)
                .returningResult(WEBHOOK.ID)
                .fetchOne()
                .value1();
    }

    /// Every webhook with its deliveries counted, oldest first.
    List<Webhook> list() {
        var pending = DSL.count().filterWhere(WEBHOOK_OUTBOX.ID.isNotNull()
                .and(WEBHOOK_OUTBOX.SENT_AT.isNull()).and(WEBHOOK_OUTBOX.FAILED_AT.isNull()));
        var sent = DSL.count().filterWhere(WEBHOOK_OUTBOX.SENT_AT.isNotNull());
        var failed = DSL.count().filterWhere(WEBHOOK_OUTBOX.FAILED_AT.isNotNull());
        return dsl.select(WEBHOOK.ID, WEBHOOK.URL, WEBHOOK.EVENTS, WEBHOOK.FORMAT, WEBHOOK.CREATED_AT, WEBHOOK.CREATED_BY,
                        pending, sent, failed)
                .from(WEBHOOK)
                .leftJoin(WEBHOOK_OUTBOX).on(WEBHOOK_OUTBOX.WEBHOOK_ID.eq(WEBHOOK.ID))
                .where(WEBHOOK.REMOVED_AT.isNull())
                .groupBy(WEBHOOK.ID, WEBHOOK.URL, WEBHOOK.EVENTS, WEBHOOK.FORMAT, WEBHOOK.CREATED_AT, WEBHOOK.CREATED_BY)
                .orderBy(WEBHOOK.ID)
                .fetch(r -> new Webhook(r.value1(), WebhookService.shown(r.value2()), List.of(r.value3().split(",")),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    List<Stored> stored() {
        return dsl.select(WEBHOOK.ID, WEBHOOK.EVENTS)
                .from(WEBHOOK)
                .where(WEBHOOK.REMOVED_AT.isNull())
                .orderBy(WEBHOOK.ID)
                .fetch(r -> new Stored(r.value1(), r.value2()));
    }

    /// HOOK-1 — removes the webhook: nothing more is staged for it or sent to it (its rows stay).
    boolean remove(long id, Instant at) {
        return dsl.update(WEBHOOK)
                .set(WEBHOOK.REMOVED_AT, at)
                .where(WEBHOOK.ID.eq(id))
                .and(WEBHOOK.REMOVED_AT.isNull())
                .execute() > 0;
    }

    /// The first `limit` deliveries due at `now` that nobody is sending, oldest first.
    List<Due> due(Instant now, int limit) {
        return dsl.select(WEBHOOK_OUTBOX.ID, WEBHOOK_OUTBOX.WEBHOOK_ID, WEBHOOK_OUTBOX.DELIVERY, WEBHOOK_OUTBOX.EVENT_TYPE,
                        WEBHOOK_OUTBOX.BODY, WEBHOOK_OUTBOX.ATTEMPTS, WEBHOOK.URL, WEBHOOK.FORMAT, WEBHOOK.SECRET)
                .from(WEBHOOK_OUTBOX)
                .join(WEBHOOK).on(WEBHOOK.ID.eq(WEBHOOK_OUTBOX.WEBHOOK_ID))
                .where(WEBHOOK_OUTBOX.SENT_AT.isNull())
                .and(WEBHOOK.REMOVED_AT.isNull())
                .and(WEBHOOK_OUTBOX.FAILED_AT.isNull())
                .and(WEBHOOK_OUTBOX.NEXT_AT.le(now))
                .and(WEBHOOK_OUTBOX.CLAIMED_UNTIL.isNull().or(WEBHOOK_OUTBOX.CLAIMED_UNTIL.lt(now)))
                .orderBy(WEBHOOK_OUTBOX.ID)
                .limit(limit)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9()));
    }

    /// HOOK-4 — takes the delivery for sending until `until`: true for the one server that got it.
    boolean claim(long id, Instant now, Instant until) {
        return dsl.update(WEBHOOK_OUTBOX)
                .set(WEBHOOK_OUTBOX.CLAIMED_UNTIL, until)
                .where(WEBHOOK_OUTBOX.ID.eq(id))
                .and(WEBHOOK_OUTBOX.SENT_AT.isNull())
                .and(WEBHOOK_OUTBOX.FAILED_AT.isNull())
                .and(WEBHOOK_OUTBOX.CLAIMED_UNTIL.isNull().or(WEBHOOK_OUTBOX.CLAIMED_UNTIL.lt(now)))
                .execute() == 1;
    }

    void sent(long id, Instant at) {
        dsl.update(WEBHOOK_OUTBOX)
                .set(WEBHOOK_OUTBOX.SENT_AT, at)
                .set(WEBHOOK_OUTBOX.ATTEMPTS, WEBHOOK_OUTBOX.ATTEMPTS.plus(1))
                .set(WEBHOOK_OUTBOX.CLAIMED_UNTIL, (Instant) null)
                .set(WEBHOOK_OUTBOX.LAST_ERROR, (String) null)
                .where(WEBHOOK_OUTBOX.ID.eq(id))
                .execute();
    }

    /// A failed attempt: tried again at `next`, or given up on when `next` is null.
    void attempted(long id, Instant at, Instant next, String error) {
        var step = dsl.update(WEBHOOK_OUTBOX)
                .set(WEBHOOK_OUTBOX.ATTEMPTS, WEBHOOK_OUTBOX.ATTEMPTS.plus(1))
                .set(WEBHOOK_OUTBOX.CLAIMED_UNTIL, (Instant) null)
                .set(WEBHOOK_OUTBOX.LAST_ERROR, error.length() > 400 ? error.substring(0, 400) : error);
        (next == null ? step.set(WEBHOOK_OUTBOX.FAILED_AT, at) : step.set(WEBHOOK_OUTBOX.NEXT_AT, next))
                .where(WEBHOOK_OUTBOX.ID.eq(id))
                .execute();
    }

    /// The warnings given on open blockers, as "ID:KIND".
    java.util.Set<String> warnedOpen() {
        return new java.util.HashSet<>(dsl.select(BLOCKER_WARNING.BLOCKER_ID, BLOCKER_WARNING.KIND)
                .from(BLOCKER_WARNING)
                .join(BLOCKER).on(BLOCKER.ID.eq(BLOCKER_WARNING.BLOCKER_ID))
                .where(BLOCKER.STATUS.eq("open"))
                .fetch(r -> r.value1() + ":" + r.value2()));
    }

    /// Records the warning; false when it was given already (by this server or another).
    boolean warn(long blockerId, String kind, Instant at) {
        return dsl.insertInto(BLOCKER_WARNING)
                .set(BLOCKER_WARNING.BLOCKER_ID, blockerId)
                .set(BLOCKER_WARNING.KIND, kind)
                .set(BLOCKER_WARNING.AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean hasDelivery(String delivery) {
        return dsl.fetchExists(WEBHOOK_OUTBOX, WEBHOOK_OUTBOX.DELIVERY.eq(delivery));
    }

    /// HOOK-7 — when the digest goes: a weekday (`MON`) and a local time; Monday 09:00 when unset.
    DigestTime digestTime() {
        return dsl.select(DIGEST_SETTING.DIGEST_DAY, DIGEST_SETTING.DIGEST_TIME)
                .from(DIGEST_SETTING)
                .where(DIGEST_SETTING.ID.eq(1))
                .fetchOptional(r -> DigestTime.read(r.value1(), r.value2()))
                .orElse(DigestTime.DEFAULT);
    }

    void saveDigestTime(DigestTime time) {
        dsl.insertInto(DIGEST_SETTING)
                .set(DIGEST_SETTING.ID, 1)
                .set(DIGEST_SETTING.DIGEST_DAY, time.dayText())
                .set(DIGEST_SETTING.DIGEST_TIME, time.time())
                .onDuplicateKeyUpdate()
                .set(DIGEST_SETTING.DIGEST_DAY, time.dayText())
                .set(DIGEST_SETTING.DIGEST_TIME, time.time())
                .execute();
    }

    static WebhookRepository in(DSLContext tx) {
        return new WebhookRepository(tx);
    }
}
