package io.eteam.blocker;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/// What kind of trouble a team is in.
public enum Kind {
    /// a team cannot proceed
    BLOCKED("blocked"),
    /// two teams pull in different directions
    MISALIGNED("misaligned"),
    /// execution is off plan
    OFF_TRACK("off-track");

    private final String wire;

    Kind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public static Optional<Kind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(text)).findFirst();
    }
}
