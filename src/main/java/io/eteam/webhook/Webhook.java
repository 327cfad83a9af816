package io.eteam.webhook;

import java.time.Instant;
import java.util.List;

/// An outgoing webhook as chairs list it (HOOK-1): where it posts, what it wants, in which
/// format, and how its deliveries stand. The address is shown shortened (HOOK-2); the signing
/// secret only once, when the webhook is added.
public record Webhook(long id, String url, List<String> events, String format, Instant createdAt, String createdBy,
                      int pending, int sent, int failed) {
}
