/// The Model Context Protocol face of eteam (issue 17): the tools, resources and prompts an AI
/// assistant uses on a person's behalf, served over stdio by `eteam mcp` (a client command: it
/// talks to the server through the HTTP API with the person's token, like every other client
/// command) and at `/mcp` on the server (`HttpMcp`, calling its own API over loopback).
///
/// MCP-1 — a tool does what the HTTP API does for the same person and nothing else: the rules,
///         the role matrix and the refusals are the API's, word for word. A refusal comes back as
///         a tool error whose text is the API's sentence, so the model can read it and act.
/// MCP-2 — every tool has an input schema, an output schema, annotations (`readOnlyHint`,
///         `destructiveHint`, `idempotentHint`) and a description written for a model; its
///         result is the API's JSON as `structuredContent` and the same JSON as a text block.
/// MCP-3 — over stdio nothing but the protocol is written to stdout; logs go to stderr, and the
///         command exits when stdin closes.
/// MCP-4 — a resource holds what the API answers the same person for the same thing (the next
///         agenda, last week's SLA report in Markdown, the calendar, a blocker); the list names
///         each open blocker of the moment; a refusal is a read error with the API's sentence.
/// MCP-5 — a prompt gives the assistant the person's own data from the API and the meeting's
///         rules; `write_a_decision` asks for a decision with an owner and a due date, never a
///         deferral. A bad argument is an `invalid params` error that says what is wrong.
package io.eteam.mcp;
