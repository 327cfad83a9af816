package io.eteam.meeting;

import io.eteam.agenda.MeetingSlot;
import io.eteam.calendar.CalendarSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/// When the E-Team meets: one weekday, one local start time, one length, in the calendar's zone.
public record Schedule(ZoneId zone, DayOfWeek day, LocalTime time, int minutes) {

    public static Schedule of(CalendarSettings s) {
        return new Schedule(s.zone(), s.meetingDay(), s.meetingTime(), s.meetingMinutes());
    }

    public boolean isMeetingDay(LocalDate date) {
        return date.getDayOfWeek() == day;
    }

    /// The meeting held on `date` (which must be a meeting day).
    public MeetingSlot on(LocalDate date) {
        if (!isMeetingDay(date)) {
            throw new IllegalArgumentException(date + " is a " + date.getDayOfWeek() + ", not a meeting day");
        }
        return MeetingSlot.on(date, time, minutes, zone);
    }

    /// MTG-2 — the first meeting that has not ended at `instant`: the running one, or the next.
    public MeetingSlot current(Instant instant) {
        var date = instant.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
        var slot = on(date);
        return slot.endsAt().isAfter(instant) ? slot : on(date.plusWeeks(1));
    }

    /// The meeting after the one on `date`.
    public MeetingSlot after(MeetingSlot meeting) {
        return on(meeting.date().plusWeeks(1));
    }
}
