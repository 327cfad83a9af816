package io.eteam.blocker;

import java.time.Instant;
import java.time.LocalDate;

/// Something that stops a team, from the moment a VP raises it until it is closed.
public record Blocker(
        long id,
        String title,
        String detail,
        Kind kind,
        Impact impact,
        int minutes,
        String raisedBy,
        String blocking,
        Instant raisedAt,
        Status status,
        Instant resolvedAt,
        String decision,
        String owner,
        LocalDate due,
        String rationale) {
}
