package io.eteam.sla;

/// SLA-16 — one owner's actions due in the period: done by their due date, done after it, not done
/// and past it, and not done but not yet due, as of the report.
public record OwnerActions(String owner, int due, int doneOnTime, int doneLate, int overdue, int open) {
}
