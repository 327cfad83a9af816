package io.eteam.sla;

import java.math.BigDecimal;

/// One ISO week of the trend: the blockers closed in it, counted as in the summary (rule SLA-10).
public record SlaWeek(
        String week,
        int resolved,
        int met,
        int breached,
        BigDecimal breachRate,
        BigDecimal medianDays) {
}
