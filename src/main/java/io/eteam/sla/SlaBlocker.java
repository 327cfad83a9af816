package io.eteam.sla;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.time.Instant;
import java.util.Objects;

/// What the SLA report reads of a blocker: a repository can select these columns alone.
///
/// `resolvedAt` is when it closed, resolved or withdrawn alike, and null while open.
public record SlaBlocker(
        long id,
        String title,
        Kind kind,
        Impact impact,
        String raisedBy,
        String blocking,
        Instant raisedAt,
        Instant resolvedAt,
        Status status,
        /// The team it blocks, whose calendar its clock runs on; null: the installation's.
        String team) {

    /// A blocker on the installation's calendar.
    public SlaBlocker(long id, String title, Kind kind, Impact impact, String raisedBy, String blocking, Instant raisedAt,
            Instant resolvedAt, Status status) {
        this(id, title, kind, impact, raisedBy, blocking, raisedAt, resolvedAt, status, null);
    }

    public SlaBlocker {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(status, "status");
        /// The report tells closed from open by `resolvedAt` and names how it closed by `status`:
        /// the two must agree, or a row would say "withdrawn" of a blocker still open.
        if ((resolvedAt == null) != (status == Status.OPEN)) {
            throw new IllegalArgumentException("Blocker " + id + " is " + status.wire()
                    + (resolvedAt == null ? " but has no resolved_at." : " but has a resolved_at."));
        }
    }

    public static SlaBlocker of(Blocker b) {
        return new SlaBlocker(b.id(), b.title(), b.kind(), b.impact(), b.raisedBy(), b.blocking(),
                b.raisedAt(), b.resolvedAt(), b.status(), b.team());
    }
}
