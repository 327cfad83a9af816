package io.eteam.sla;

import java.math.BigDecimal;

/// The SLA figures of a set of rows (rule SLA-8).
///
/// `resolved` counts every blocker closed in the period, of which `withdrawn` were withdrawn.
/// `breachRate` is `breached / resolved` as a fraction with three decimals (0.000 when none
/// closed); the working-day figures are nearest-rank percentiles, null when none closed.
public record SlaSummary(
        int resolved,
        int withdrawn,
        int met,
        int breached,
        BigDecimal breachRate,
        BigDecimal medianDays,
        BigDecimal p85Days,
        BigDecimal maxDays,
        int openAtEnd,
        int openBreached,
        int atRisk) {
}
