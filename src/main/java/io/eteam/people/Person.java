package io.eteam.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/// Someone who may use eteam.
public record Person(String handle, String name, Role role, String team, boolean active, Instant createdAt) {

    @JsonIgnore
    public boolean isChair() {
        return role == Role.CHAIR;
    }
}
