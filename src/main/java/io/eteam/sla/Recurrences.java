package io.eteam.sla;

import java.util.List;

/// SLA-17 — the blockers raised in the period that repeat an earlier one, for one blocking area
/// (the VP whose area blocks, `(none)` when none was named): the same problem came back.
public record Recurrences(String blocking, int count, List<Long> blockerIds) {
}
