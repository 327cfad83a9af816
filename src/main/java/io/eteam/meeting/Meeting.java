package io.eteam.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/// One E-Team meeting, identified by its local date, with who attended and who was refused.
public record Meeting(LocalDate date, Instant startsAt, Instant endsAt, int minutes, String zone, MeetingStatus status,
                      Instant startedAt, Instant endedAt, List<Attendee> attendees, List<Refusal> refusals) {
}
