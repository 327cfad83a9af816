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
        String rationale,
        /// The team it blocks (the raiser's team unless the raiser named another): its SLA clock
        /// runs on that team's calendar. Null: the installation's.
        String team,
        /// The earlier, closed blocker this one repeats (BLK-11); null for none.
        Long repeats) {

    /// A blocker that repeats none.
    public Blocker(long id, String title, String detail, Kind kind, Impact impact, int minutes, String raisedBy,
            String blocking, Instant raisedAt, Status status, Instant resolvedAt, String decision, String owner,
            LocalDate due, String rationale, String team) {
        this(id, title, detail, kind, impact, minutes, raisedBy, blocking, raisedAt, status, resolvedAt, decision, owner,
                due, rationale, team, null);
    }

    /// A blocker on the installation's calendar.
    public Blocker(long id, String title, String detail, Kind kind, Impact impact, int minutes, String raisedBy,
            String blocking, Instant raisedAt, Status status, Instant resolvedAt, String decision, String owner,
            LocalDate due, String rationale) {
        this(id, title, detail, kind, impact, minutes, raisedBy, blocking, raisedAt, status, resolvedAt, decision, owner,
                due, rationale, null);
    }
}
