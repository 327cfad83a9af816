package io.eteam.sla;

/// A blocker's SLA clock as read at one instant: its status and the working minutes so far.
public record SlaClock(SlaStatus status, long workingMinutes) {
}
