package io.eteam.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/// Where a meeting lies on the timeline: the local date that names it and the instants it
/// starts and ends, `minutes` of real time apart.
public record MeetingSlot(LocalDate date, Instant startsAt, Instant endsAt, int minutes) {

    public MeetingSlot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (minutes <= 0) {
            throw new IllegalArgumentException("A meeting lasts more than 0 minutes: got " + minutes + ".");
        }
        /// The agenda lays items out in real minutes from `startsAt`; an end that disagrees
        /// with `minutes` would let items run past the meeting or stop short of it.
        if (!Duration.between(startsAt, endsAt).equals(Duration.ofMinutes(minutes))) {
            throw new IllegalArgumentException("A meeting of " + minutes + " minutes ends " + minutes
                    + " minutes after it starts: got " + startsAt + " to " + endsAt + ".");
        }
    }

    /// The meeting held on `date` at local `time` in `zone`, lasting `minutes` of real time (AGD-8).
    ///
    /// `ZonedDateTime` reads the local time the way the zone does, so the start carries that
    /// day's offset (13:00 in Stockholm is 12:00Z in winter and 11:00Z in summer); a local time
    /// skipped by a spring-forward change moves later by the gap, and one that happens twice
    /// takes the earlier offset.
    public static MeetingSlot on(LocalDate date, LocalTime time, int minutes, ZoneId zone) {
        var start = ZonedDateTime.of(date, time, zone);
        return new MeetingSlot(date, start.toInstant(), start.toInstant().plus(Duration.ofMinutes(minutes)), minutes);
    }
}
