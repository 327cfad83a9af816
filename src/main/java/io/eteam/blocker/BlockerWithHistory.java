package io.eteam.blocker;

import java.util.List;

/// A blocker and its history, oldest event first.
public record BlockerWithHistory(Blocker blocker, List<BlockerEvent> history) {
}
