package io.eteam.blocker;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/// One entry of a blocker's history: who did what, when. `change` is a JSON object.
public record BlockerEvent(Instant at, String actor, String action, @JsonRawValue String change) {
}
