package io.eteam.webhook;

import io.eteam.calendar.CalendarText;
import java.time.DayOfWeek;
import java.time.LocalTime;

/// HOOK-7 — when the weekly digest goes: a weekday and a local time in the work calendar's zone.
public record DigestTime(@com.fasterxml.jackson.annotation.JsonIgnore DayOfWeek day,
                         @com.fasterxml.jackson.annotation.JsonIgnore LocalTime time) {

    /// The weekday as the API and the CLI write it: `MON`.
    @com.fasterxml.jackson.annotation.JsonProperty("day")
    public String dayName() {
        return dayText();
    }

    /// The time as the API and the CLI write it: `09:00`.
    @com.fasterxml.jackson.annotation.JsonProperty("time")
    public String timeText() {
        return time.toString();
    }

    static final DigestTime DEFAULT = new DigestTime(DayOfWeek.MONDAY, LocalTime.of(9, 0));

    /// As stored; what cannot be read is the default.
    static DigestTime read(String day, LocalTime time) {
        try {
            return new DigestTime(CalendarText.day("digest_day", day), time == null ? DEFAULT.time() : time);
        } catch (RuntimeException unreadable) {
            return DEFAULT;
        }
    }

    String dayText() {
        return CalendarText.abbreviation(day);
    }
}
