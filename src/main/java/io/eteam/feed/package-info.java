/// Calendar feeds (issue 18): each person's `/calendar.ics`, which Google Calendar, Outlook and
/// Apple Calendar subscribe to by URL, holding the E-Team's meetings and that person's actions.
///
/// FEED-1 — every active person, members included, may hold one feed token: 256 random bits,
///          shown once, stored only as a SHA-256 hash, in a table of its own, so that an API
///          token never opens a feed and a feed token never signs in to the API. Issuing one
///          replaces the person's earlier one (its URL stops working at once); the holder may
///          revoke it.
/// FEED-2 — `GET /calendar.ics?token=T` answers only for the current feed token of an active
///          person; a deactivated person's feed stops with their API tokens. Any other token is
///          refused with `401 unauthenticated` and counted against the address like a wrong API
///          token (HTTP-3); a request with no token at all is refused and not counted.
/// FEED-3 — the feed holds the E-Team meetings from 4 weeks before today to 12 weeks after
///          (today in the calendar's zone), at the schedule's day, time and length, written in
///          UTC as computed with the calendar's zone, each under the UID `meeting-DATE@eteam`.
/// FEED-4 — and the holder's own actions that have a due date (open and overdue ones whenever
///          due; done ones due in the meetings' window), each an all-day event on its due date
///          under the UID `action-ID@eteam`, saying its status, decision, blocker and owner.
/// FEED-5 — the feed is iCalendar (RFC 5545) that ical4j's validator accepts: people's text is
///          escaped by ical4j, and content lines are folded at 75 octets between whole
///          characters, never inside one (ical4j's own folding splits characters beyond U+FFFF).
///          Writing it never reaches the network (`ical4j.properties`).
package io.eteam.feed;
