package io.eteam.agenda;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Status;
import io.eteam.calendar.Calendars;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/// What a meeting will take up, in order: the items that fit in its time, then the overflow.
/// Built by a pure function from the blockers, the calendar and the chair's ranking (rules
/// AGD-1–AGD-8 in `package-info.java`).
public record Agenda(MeetingSlot meeting, List<Item> items, List<Overflow> overflow) {

    public Agenda {
        Objects.requireNonNull(meeting, "meeting");
        items = List.copyOf(items);
        overflow = List.copyOf(overflow);
    }

    /// A blocker given a time slot in the meeting.
    public record Item(
            int rank,
            long blockerId,
            String title,
            String raisedBy,
            Impact impact,
            int minutes,
            Instant startsAt,
            Instant endsAt,
            double workingDaysAtStart,
            boolean breachedAtStart) {
    }

    /// A blocker that did not fit, with the working time it will have by the next meeting.
    public record Overflow(
            int rank,
            long blockerId,
            String title,
            String raisedBy,
            Impact impact,
            int minutes,
            double workingDaysAtStart,
            boolean breachedAtStart,
            double projectedWorkingDays) {
    }

    /// A member of the agenda with what the order needs, measured once at the meeting's start.
    private record Entry(Blocker blocker, long minutesAtStart, boolean breached) {
    }

    /// AGD-3. `Impact` is declared HIGH, MEDIUM, LOW, so its natural order is the order of urgency.
    private static final Comparator<Entry> DEFAULT_ORDER = Comparator
            .comparing((Entry e) -> !e.breached())
            .thenComparing(e -> e.blocker().impact())
            .thenComparing(Entry::minutesAtStart, Comparator.reverseOrder())
            .thenComparingLong(e -> e.blocker().id());

    /// The agenda of `meeting`: the members of `blockers` (callers may pass more, AGD-1) in the
    /// chair's order then the default order, laid out in the meeting's time.
    ///
    /// @param nextMeeting the meeting after this one, at whose start overflow is projected (AGD-7)
    /// @param chairRanking blocker ids the chair put first, in order; empty for none (AGD-4)
    public static Agenda build(List<Blocker> blockers, WorkCalendar cal, MeetingSlot meeting,
            MeetingSlot nextMeeting, List<Long> chairRanking) {
        Objects.requireNonNull(cal, "cal");
        return build(blockers, Calendars.of(cal), meeting, nextMeeting, chairRanking);
    }

    /// As above, each blocker measured on its team's calendar.
    public static Agenda build(List<Blocker> blockers, Calendars cal, MeetingSlot meeting,
            MeetingSlot nextMeeting, List<Long> chairRanking) {
        return build(blockers, cal, meeting, nextMeeting, chairRanking, 0);
    }

    /// As above, with the meeting's first `reservedMinutes` kept for the follow-up of actions
    /// (AGD-9): the items run from there.
    public static Agenda build(List<Blocker> blockers, Calendars cal, MeetingSlot meeting,
            MeetingSlot nextMeeting, List<Long> chairRanking, int reservedMinutes) {
        Objects.requireNonNull(blockers, "blockers");
        Objects.requireNonNull(cal, "cal");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(nextMeeting, "nextMeeting");
        Objects.requireNonNull(chairRanking, "chairRanking");
        if (reservedMinutes < 0 || reservedMinutes >= meeting.minutes()) {
            throw new IllegalArgumentException("The time kept for follow-up (" + reservedMinutes
                    + " minutes) must be at least 0 and leave time in a meeting of " + meeting.minutes() + " minutes.");
        }
        if (!nextMeeting.startsAt().isAfter(meeting.startsAt())) {
            throw new IllegalArgumentException("The next meeting must start after this one: " + meeting.date()
                    + " starts at " + meeting.startsAt() + ", the next (" + nextMeeting.date() + ") at "
                    + nextMeeting.startsAt() + ".");
        }
        var start = meeting.startsAt();
        var byDefault = blockers.stream()
                .filter(blocker -> isMember(blocker, start))
                .map(blocker -> measure(blocker, cal.of(blocker.team()), start))
                .sorted(DEFAULT_ORDER)
                .toList();
        return layOut(chairOrder(byDefault, chairRanking), cal, meeting, nextMeeting, reservedMinutes);
    }

    /// AGD-1: raised strictly before the start, and open or closed at or after the start.
    private static boolean isMember(Blocker blocker, Instant start) {
        if (!blocker.raisedAt().isBefore(start)) {
            return false;
        }
        return blocker.status() == Status.OPEN
                || (blocker.resolvedAt() != null && !blocker.resolvedAt().isBefore(start));
    }

    /// AGD-2.
    private static Entry measure(Blocker blocker, WorkCalendar cal, Instant start) {
        long minutes = WorkingTime.minutesBetween(cal, blocker.raisedAt(), start);
        return new Entry(blocker, minutes, minutes > cal.at(blocker.raisedAt()).targetMinutes());
    }

    /// AGD-4. The map keeps the default order, so what the chair did not rank follows in it.
    private static List<Entry> chairOrder(List<Entry> byDefault, List<Long> chairRanking) {
        var unranked = new LinkedHashMap<Long, Entry>();
        for (var entry : byDefault) {
            /// Two blockers with one id would make the ranking ambiguous, and collapsing them
            /// would drop one silently.
            if (unranked.put(entry.blocker().id(), entry) != null) {
                throw new IllegalArgumentException("Blocker " + entry.blocker().id()
                        + " is given twice; each blocker appears on an agenda once.");
            }
        }
        var ordered = new ArrayList<Entry>(byDefault.size());
        for (var id : chairRanking) {
            var entry = unranked.remove(id);
            if (entry != null) {
                ordered.add(entry);
            }
        }
        ordered.addAll(unranked.values());
        return ordered;
    }

    /// AGD-5, AGD-6 and AGD-9.
    private static Agenda layOut(List<Entry> ordered, Calendars calendars, MeetingSlot meeting,
            MeetingSlot nextMeeting, int reservedMinutes) {
        var items = new ArrayList<Item>();
        var overflow = new ArrayList<Overflow>();
        int used = reservedMinutes;
        for (var entry : ordered) {
            var blocker = entry.blocker();
            int rank = items.size() + overflow.size() + 1;
            var cal = calendars.of(blocker.team());
            var raisedUnder = cal.at(blocker.raisedAt());
            double daysAtStart = WorkingTime.days(raisedUnder, entry.minutesAtStart());
            if (overflow.isEmpty() && used + blocker.minutes() <= meeting.minutes()) {
                var startsAt = meeting.startsAt().plus(Duration.ofMinutes(used));
                used += blocker.minutes();
                items.add(new Item(rank, blocker.id(), blocker.title(), blocker.raisedBy(), blocker.impact(),
                        blocker.minutes(), startsAt, meeting.startsAt().plus(Duration.ofMinutes(used)),
                        daysAtStart, entry.breached()));
            } else {
                long projected = WorkingTime.minutesBetween(cal, blocker.raisedAt(), nextMeeting.startsAt());
                overflow.add(new Overflow(rank, blocker.id(), blocker.title(), blocker.raisedBy(),
                        blocker.impact(), blocker.minutes(), daysAtStart, entry.breached(),
                        WorkingTime.days(raisedUnder, projected)));
            }
        }
        return new Agenda(meeting, items, overflow);
    }
}
