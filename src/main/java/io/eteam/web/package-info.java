/// The HTTP edge: Javalin setup, the route table, authentication and error mapping.
/// Handlers parse the request, call one service method and render; rules live in the
/// feature services. Every refusal is `{"error": CODE, "message": TEXT}` (plus `field` for
/// invalid input); no input gives a 500.
///
/// HTTP-1 — a request is authenticated before its body is read; a refusal never waits for the
/// body and closes the connection (`Bodies`, `Auth`).
/// HTTP-2 — request heads must arrive within 10 s, bodies at 1 KiB/s at least, and one address
/// holds at most 256 connections (`ConnectionGuard`, `Limits`).
/// HTTP-3 — after 30 refused credentials from one address, it is answered `429 too_many_requests`
/// with `Retry-After` until they decay, one per 2 s; each refusal is logged without the
/// token (`Throttle`).
package io.eteam.web;
