/// The web pages, rendered on the server from `templates/` (jte, compiled at build time), with
/// a hand-written stylesheet and script and htmx from WebJars, all served from the jar.
/// Handlers parse the form, call one service method and render; a refusal is shown on the page
/// it came from, next to what was typed, with the status the API would answer.
///
/// PAGE-1 — sign-in at `/login` takes an API token and starts a session (see `io.eteam.web.Sessions`):
///          an HttpOnly, SameSite=Strict cookie, ended by `POST /logout`, by 12 hours idle, or as
///          soon as the token stops working. Every other page needs a live session, else it
///          redirects to `/login`.
/// PAGE-2 — every form carries its session's CSRF token; a form without it, or with another, is
///          refused with 403 and changes nothing. API writes authenticated by the cookie need the
///          same token in `X-CSRF-Token`; bearer-token calls do not.
/// PAGE-3 — a form sent from another site (`Origin`, `Sec-Fetch-Site`) is refused with 403, the
///          sign-in form included.
/// PAGE-4 — pages carry a Content-Security-Policy that allows scripts and styles only from this
///          server: no inline script, no inline style. All text is escaped by jte; no template
///          writes user text unescaped.
/// PAGE-5 — a page that shows live state (dashboard, agenda, meeting) follows
///          `/api/v1/meetings/{date}/events` from the id of the latest event when it was read, and
///          refetches its live part on the event types that change what it shows (`Follow`) and
///          on `sync`, so a browser that was away catches up.
/// PAGE-6 — the meeting page's countdown runs from the seconds left by the server's clock, not
///          the browser's, so a projector laptop with a wrong clock shows the right time.
package io.eteam.web.pages;
