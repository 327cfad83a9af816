package io.eteam.meeting;

import com.fasterxml.jackson.annotation.JsonValue;

/// A meeting is planned until a chair starts it, running until a chair ends it.
public enum MeetingStatus {
    PLANNED, RUNNING, ENDED;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    public static MeetingStatus parse(String text) {
        return valueOf(text.toUpperCase());
    }
}
