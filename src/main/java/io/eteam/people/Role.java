package io.eteam.people;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/// What a person may do: chairs run the E-Team, VPs attend and raise, members only read.
public enum Role {
    CHAIR, VP, MEMBER;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    /// True for the people who sit at the E-Team table: chairs and VPs.
    public boolean attends() {
        return this != MEMBER;
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(text)).findFirst();
    }
}
