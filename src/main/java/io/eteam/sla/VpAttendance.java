package io.eteam.sla;

/// How many of the period's meetings one VP or chair attended in person (rule SLA-15).
public record VpAttendance(String handle, int attended, int meetings) {
}
