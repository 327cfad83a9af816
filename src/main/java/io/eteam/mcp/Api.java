package io.eteam.mcp;

import com.fasterxml.jackson.databind.JsonNode;

/// The eteam HTTP API as the tools call it, as one person (their token).
public interface Api {

    JsonNode get(String path);

    JsonNode post(String path, JsonNode body);

    /// The body of a text answer, such as a report in Markdown.
    String getText(String path);

    /// What the API refused, in its own words (its `message`), or why it could not be asked.
    final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }
}
