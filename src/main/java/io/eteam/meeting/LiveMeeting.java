package io.eteam.meeting;

import io.eteam.action.Action;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/// The meeting as it runs: the item under discussion and its time box, the items still to come
/// with when each would come up and whether it fits before the meeting ends (the cut-off line),
/// and what was decided since the start. A pure function of the meeting, its agenda, the
/// blockers and the time (rules MTG-8–MTG-12 in `package-info.java`); the pages, the API and the
/// terminal all read it, so none of them computes it.
public record LiveMeeting(Meeting meeting, List<Action> followUp, int followUpMinutes, Current current, List<Next> next,
                          List<Decided> decided, Long secondsLeft) {

    public LiveMeeting {
        Objects.requireNonNull(meeting, "meeting");
        followUp = List.copyOf(followUp);
        next = List.copyOf(next);
        decided = List.copyOf(decided);
    }

    /// An agenda item as the live meeting shows it.
    public record Item(int rank, long blockerId, String title, String detail, String raisedBy, String blocking,
                       Impact impact, int minutes, double workingDaysAtStart, boolean breachedAtStart) {
    }

    /// MTG-9 — the item under discussion. While the meeting runs, its time box counts from when it
    /// came up (`cameUpAt`) to `dueAt`; `secondsLeft` goes below zero when it runs over. All
    /// three are null while the meeting has not started.
    /// `addedMinutes` is what chairs added to its time box since it came up (MTG-14).
    public record Current(Item item, Instant cameUpAt, Instant dueAt, Long secondsLeft, int addedMinutes) {
    }

    /// MTG-10 — an item still to come: when it would come up if every item before it took its time
    /// box, and whether it ends by the meeting's end. The first that does not fit is the
    /// cut-off line; it and every item after it are below the line.
    /// `overflow` is true for an item a chair pushed below the line (MTG-15), which comes after
    /// every other item and never above the line.
    public record Next(Item item, Instant startsAt, boolean aboveTheLine, boolean overflow) {
    }

    /// MTG-11 — an agenda item closed since the meeting started.
    public record Decided(long blockerId, String title, Status status, String decision, String owner, String due,
                          Instant at) {
    }

    /// The items below the cut-off line: those that will not come up in this meeting.
    public List<Next> belowTheLine() {
        return next.stream().filter(n -> !n.aboveTheLine()).toList();
    }

    /// The live meeting at `now`.
    ///
    /// @param agenda the meeting's agenda (items, then overflow, in order)
    /// @param blockers the agenda's blockers as they are now, by id; one missing was closed in between
    /// @param closed the blockers closed since the meeting started (MTG-11), in any order
    /// @param steps what chairs did to current items during the meeting (MTG-13–MTG-15), in order
    public static LiveMeeting of(Meeting meeting, AgendaView agenda, Map<Long, Blocker> blockers,
                                 List<Blocker> closed, List<Step> steps, Instant now) {
        var open = new ArrayList<Item>();
        for (var i : agenda.items()) {
            add(open, blockers.get(i.blockerId()), i.rank(), i.minutes(), i.workingDaysAtStart(), i.breachedAtStart());
        }
        for (var o : agenda.overflow()) {
            add(open, blockers.get(o.blockerId()), o.rank(), o.minutes(), o.workingDaysAtStart(), o.breachedAtStart());
        }
        var decided = closed.stream()
                .sorted(Comparator.comparing(Blocker::resolvedAt).thenComparingLong(Blocker::id))
                .map(b -> new Decided(b.id(), b.title(), b.status(), b.decision(), b.owner(),
                        b.due() == null ? null : b.due().toString(), b.resolvedAt()))
                .toList();
        boolean running = meeting.status() == MeetingStatus.RUNNING;
        if (meeting.startedAt() == null) {
            steps = List.of();
        }
        // MTG-13, MTG-15 — moved on: to the back of the queue, the last moved last; pushed: below the line.
        var lastMoved = new HashMap<Long, Integer>();
        var pushed = new HashSet<Long>();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            switch (step.kind()) {
                case NEXT -> lastMoved.put(step.blockerId(), i);
                case OVERFLOW -> pushed.add(step.blockerId());
                case EXTEND -> { }
            }
        }
        var overflow = open.stream().filter(i -> pushed.contains(i.blockerId())).toList();
        open.removeIf(i -> pushed.contains(i.blockerId()));
        open.sort(Comparator.comparingInt(i -> lastMoved.getOrDefault(i.blockerId(), -1)));
        var belowForGood = overflow.stream().map(i -> new Next(i, null, false, true)).toList();
        boolean ended = meeting.status() == MeetingStatus.ENDED;
        var endsAt = meeting.endsAt();
        Long secondsLeft = running ? Duration.between(now, endsAt).toSeconds() : null;
        var followUp = agenda.followUp();
        var followUpTime = Duration.ofMinutes(agenda.meeting().followUpMinutes());

        // MTG-12 — an ended meeting has no current item: what was left open is below the line.
        if (ended || open.isEmpty()) {
            var left = new ArrayList<Next>();
            open.forEach(i -> left.add(new Next(i, null, false, false)));
            left.addAll(belowForGood);
            return new LiveMeeting(meeting, followUp, agenda.meeting().followUpMinutes(), null, left, decided, secondsLeft);
        }
        Current current;
        Instant from;
        var first = open.get(0);
        if (running) {
            // MTG-9 — the current item came up at the last outcome, or when the follow-up's time box
            // ended (AGD-9) when there is none; MTG-13, MTG-15 — or when a chair last moved an item on.
            var cameUp = Stream.concat(decided.stream().map(Decided::at),
                            steps.stream().filter(s -> s.kind() != Step.Kind.EXTEND).map(Step::at))
                    .max(Comparator.naturalOrder())
                    .orElse(meeting.startedAt().plus(followUpTime));
            // MTG-14 — each minute a chair added since it came up.
            int added = (int) steps.stream()
                    .filter(s -> s.kind() == Step.Kind.EXTEND && s.blockerId() == first.blockerId() && !s.at().isBefore(cameUp))
                    .count();
            var dueAt = cameUp.plus(Duration.ofMinutes(first.minutes() + added));
            current = new Current(first, cameUp, dueAt, Duration.between(now, dueAt).toSeconds(), added);
            from = dueAt.isAfter(now) ? dueAt : now;
        } else {
            current = new Current(first, null, null, null, 0);
            var start = meeting.startsAt().isAfter(now) ? meeting.startsAt() : now;
            from = start.plus(followUpTime).plus(Duration.ofMinutes(first.minutes()));
        }
        var next = new ArrayList<Next>();
        boolean above = true;
        for (var item : open.subList(1, open.size())) {
            var ends = from.plus(Duration.ofMinutes(item.minutes()));
            above = above && !ends.isAfter(endsAt);
            next.add(new Next(item, from, above, false));
            from = ends;
        }
        next.addAll(belowForGood);
        return new LiveMeeting(meeting, followUp, agenda.meeting().followUpMinutes(), current, next, decided, secondsLeft);
    }

    /// MTG-8 — an agenda entry stays on the live meeting while its blocker is open.
    private static void add(List<Item> open, Blocker b, int rank, int minutes, double days, boolean breached) {
        if (b != null && b.status() == Status.OPEN) {
            open.add(new Item(rank, b.id(), b.title(), b.detail(), b.raisedBy(), b.blocking(), b.impact(),
                    minutes, days, breached));
        }
    }
}
