/// The Model Context Protocol face of eteam (issue 17): the tools an AI assistant calls on a
/// person's behalf, served over stdio by `eteam mcp` (a client command: it talks to the server
/// through the HTTP API with the person's token, like every other client command).
///
/// MCP-1 — a tool does what the HTTP API does for the same person and nothing else: the rules,
///         the role matrix and the refusals are the API's, word for word. A refusal comes back as
///         a tool error whose text is the API's sentence, so the model can read it and act.
/// MCP-2 — every tool has an input schema, an output schema, annotations (`readOnlyHint`,
///         `destructiveHint`, `idempotentHint`) and a description written for a model; its
///         result is the API's JSON as `structuredContent` and the same JSON as a text block.
/// MCP-3 — over stdio nothing but the protocol is written to stdout; logs go to stderr, and the
///         command exits when stdin closes.
package io.eteam.mcp;
