package io.eteam.sla;

import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import java.math.BigDecimal;
import java.time.Instant;

/// One blocker in the report: closed in the period, or still open at its end (rule SLA-6).
///
/// `resolvedAt` and `closedAs` (resolved or withdrawn) are null for a blocker open at the
/// period's end, even if it closed later: the row tells how things stood then.
public record SlaRow(
        long id,
        String title,
        Kind kind,
        Impact impact,
        String raisedBy,
        String blocking,
        Instant raisedAt,
        Instant resolvedAt,
        Status closedAs,
        long workingMinutes,
        BigDecimal workingDays,
        BigDecimal targetDays,
        SlaStatus status,
        /// The calendar its clock ran on: its team's, or "installation".
        String calendar) {
}
