/// Live events: what changed, published by the feature services after their transaction has
/// committed, for the browsers that follow a meeting now and for webhooks and assistants later.
///
/// EVT-1 — a service publishes an event only after its transaction commits, and only when it
///         changed something; a refusal publishes nothing, except a refused deferral or check-in
///         (which history keeps), which publishes its `.refused` event alone.
/// EVT-2 — an event is one small JSON object `{id, type, at, by, ...}` naming the ids and handles
///         involved, never text a client typed (titles, decisions, reasons).
/// EVT-3 — ids are `EPOCH-N`: `EPOCH` is drawn at random, `N` counts up, so an id from another
///         run or database is never taken for one of this one. On H2 the epoch is drawn when the
///         bus is made; on PostgreSQL once per database, and `N` is the database's (EVT-6).
/// EVT-4 — the bus keeps the last 1,000 events: a subscriber that names the last id it saw gets
///         what it missed, in order, before any new event; one whose id is unknown (too old, or
///         from another run) is told to resynchronise instead.
/// EVT-5 — admin events (people, tokens) are marked as such; whoever delivers events to people
///         gives them to chairs only (see `EventType#admin`).
/// EVT-6 — servers sharing one PostgreSQL database share their events: each goes through the
///         database's log (`io.eteam.db.EventLog`), which numbers it, and reaches every server's
///         subscribers within a second, in the same order and with the same id everywhere.
/// EVT-7 — webhooks carry the same event objects, staged in the transaction of the change
///         (`io.eteam.db.Outbox`), so that a change and the notifications it owes commit together;
///         their `id` is the event's own (a UUID), as the live ids are a server's and may be lost
///         to a restart, and the outbox's must not.
package io.eteam.event;
