package io.eteam.blocker;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/// Where a blocker is in its life: open until resolved with a decision or withdrawn.
public enum Status {
    OPEN, RESOLVED, WITHDRAWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Status> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(text)).findFirst();
    }
}
