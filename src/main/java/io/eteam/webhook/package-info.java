/// Notifications (issue 18): outgoing webhooks that chairs configure, sent from a transactional
/// outbox (`io.eteam.db.Outbox`, EVT-7), and the warnings before a breach.
///
/// HOOK-1 — chairs add, list and remove webhooks; anyone else is refused with 403. Removing one
///          drops what it had still to send.
/// HOOK-2 — a webhook's address is an absolute http or https URL with a host and no user name, at
///          most 2000 characters. Lists show it shortened to its scheme, host and the path's first
///          part (none when it has one only), since chat services put the webhook's own secret in
///          the rest. A delivery is not sent to an address that resolves to a link-local, wildcard
///          or multicast address (a cloud's metadata service is link-local); loopback and private
///          networks are allowed, as a team's own receiver may live there.
/// HOOK-3 — a webhook names the event types it wants: any live event but the admin ones (people,
///          tokens), and `digest`; an unknown name is refused naming the choices.
/// HOOK-4 — every change stages one delivery per webhook that wants its event in the change's own
///          transaction; a server's dispatcher posts it signed (`X-Eteam-Signature`, HMAC-SHA256 of
///          the body under the webhook's secret, hex) with `X-Eteam-Delivery` (the event's id and
///          the webhook's, the same on every attempt) and `X-Eteam-Event`. A 2xx answer sends it
///          for good; anything else is tried again after 10 s, doubling to at most an hour, and
///          given up after 30 attempts. Nothing committed is lost to a restart; a delivery is sent
///          twice only when a server dies between the receiver's answer and recording it, and then
///          under the same delivery id.
/// HOOK-5 — formats: `json` posts the event object `{id, type, at, by, ...}` itself; `slack` and
///          `teams` post one sentence built from the event's ids and handles, as Slack's incoming
///          webhooks and Teams' workflow webhooks take it (see `Messages`).
/// HOOK-6 — once a minute, an open blocker that has become `at_risk` is announced once as
///          `blocker.at_risk`, and one that has breached once as `blocker.breached`, naming its
///          raiser and the VP whose area blocks (`raised_by`, `blocking`); `by` is `eteam`.
/// HOOK-7 — the weekly digest goes once a week to every webhook that wants `digest`, from the
///          weekday and local time a chair sets (default Monday 09:00, in the calendar's zone): the
///          SLA report of the last complete week in Markdown, and the actions not done.
package io.eteam.webhook;
