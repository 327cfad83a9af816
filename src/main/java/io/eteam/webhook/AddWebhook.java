package io.eteam.webhook;

import java.util.List;

/// A chair's new webhook: `url` "https://hooks.example.com/eteam", `events` the event types it
/// wants ("blocker.raised", ..., or "digest"), `format` "json" (default), "slack" or "teams".
public record AddWebhook(String url, List<String> events, String format) {
}
