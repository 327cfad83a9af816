package io.eteam.webhook;

import java.time.Instant;
import java.util.List;

/// A webhook just added, with the secret its deliveries are signed with: shown this once.
public record WebhookAdded(long id, String url, List<String> events, String format, String secret, Instant createdAt) {
}
