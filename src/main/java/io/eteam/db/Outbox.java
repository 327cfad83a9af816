package io.eteam.db;

import static io.eteam.db.schema.Tables.WEBHOOK;
import static io.eteam.db.schema.Tables.WEBHOOK_OUTBOX;

import io.eteam.event.Event;
import io.eteam.event.EventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import io.eteam.db.schema.tables.records.WebhookOutboxRecord;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;

/// EVT-7 — the transactional outbox of the webhooks (`io.eteam.webhook`): a service stages the
/// event of a change in the transaction that makes the change, one row for every webhook that
/// wants its type, so the change and the notifications it owes commit together or not at all.
/// The webhooks' dispatcher sends them from there.
public final class Outbox {

    private Outbox() {
    }

    /// Stages the event `{id, type, at, by, ...fields}` in `tx` for every webhook subscribed to
    /// `type`. The id is the event's own, the same for every webhook; each row's delivery id is
    /// that id and the webhook's. Admin events (people, tokens) are never sent (EVT-5).
    public static void stage(DSLContext tx, EventType type, Instant at, String by, Map<String, ?> fields) {
        if (type.admin()) {
            return;
        }
        var hooks = tx.select(WEBHOOK.ID, WEBHOOK.EVENTS).from(WEBHOOK).where(WEBHOOK.REMOVED_AT.isNull()).fetch();
        if (hooks.isEmpty()) {
            return;
        }
        var id = UUID.randomUUID().toString();
        var body = new Event(id, type, at, by, new LinkedHashMap<>(fields)).toJson();
        for (var hook : hooks) {
            if (subscribed(hook.value2(), type.wire())) {
                row(tx, hook.value1(), id + "." + hook.value1(), type.wire(), body, at).execute();
            }
        }
    }

    /// Stages a message of the webhooks' own (the weekly digest) for one webhook, under a
    /// delivery id that names what it is: a second attempt to stage it (another server, a
    /// restart) finds it there and stages nothing. True when it was staged now.
    public static boolean stageOnce(DSLContext tx, long webhookId, String delivery, String type, String body, Instant at) {
        return row(tx, webhookId, delivery, type, body, at).onConflictDoNothing().execute() == 1;
    }

    /// True when the comma-separated `events` a webhook was added with include `type`.
    public static boolean subscribed(String events, String type) {
        return Arrays.stream(events.split(",")).anyMatch(type::equals);
    }

    private static InsertSetMoreStep<WebhookOutboxRecord> row(DSLContext tx, long webhookId, String delivery, String type,
                                                                String body, Instant at) {
        return tx.insertInto(WEBHOOK_OUTBOX)
                .set(WEBHOOK_OUTBOX.WEBHOOK_ID, webhookId)
                .set(WEBHOOK_OUTBOX.DELIVERY, delivery)
                .set(WEBHOOK_OUTBOX.EVENT_TYPE, type)
                .set(WEBHOOK_OUTBOX.BODY, body)
                .set(WEBHOOK_OUTBOX.CREATED_AT, at)
                .set(WEBHOOK_OUTBOX.NEXT_AT, at);
    }
}
