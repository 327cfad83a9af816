package io.eteam.blocker;

/// What a VP sends to raise a blocker. Only `title` and `kind` are required.
public record RaiseBlocker(String title, String detail, String kind, String impact, String blocking, Integer minutes) {
}
