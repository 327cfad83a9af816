package io.eteam.blocker;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/// How much a blocker hurts; it also sets the default time box on the agenda.
public enum Impact {
    HIGH(15), MEDIUM(10), LOW(5);

    private final int defaultMinutes;

    Impact(int defaultMinutes) {
        this.defaultMinutes = defaultMinutes;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Impact> parse(String text) {
        return Arrays.stream(values()).filter(i -> i.wire().equals(text)).findFirst();
    }
}
