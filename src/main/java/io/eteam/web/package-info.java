/// The HTTP edge: Javalin setup, the route table, authentication and error mapping.
/// Handlers parse the request, call one service method and render; rules live in the
/// feature services. Every refusal is `{"error": CODE, "message": TEXT}` (plus `field` for
/// invalid input); no input gives a 500.
package io.eteam.web;
