package io.eteam.blocker;

/// What closes a blocker: the decision taken in the room and the VP or chair who owns it,
/// with an optional due date (`YYYY-MM-DD`) for the owner's action and the reasoning behind it.
public record Resolve(String decision, String owner, String due, String rationale, String overrule) {
}
