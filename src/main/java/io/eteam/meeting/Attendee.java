package io.eteam.meeting;

import java.time.Instant;

/// A VP or chair in the room: who, when, and who checked them in (themselves, or a chair).
public record Attendee(String handle, String name, String role, Instant checkedInAt, String checkedInBy) {
}
