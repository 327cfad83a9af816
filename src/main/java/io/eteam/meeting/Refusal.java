package io.eteam.meeting;

import java.time.Instant;

/// A check-in the door refused: who tried, for whom, when and why.
public record Refusal(String actor, String forHandle, Instant at, String reason) {
}
