package io.eteam.meeting;

import com.fasterxml.jackson.annotation.JsonValue;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.Impact;
import io.eteam.blocker.OutcomeEntry;
import io.eteam.blocker.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// The minutes of an ended meeting: who attended and who was refused at the door, every agenda
/// item with its outcome and the time it took or as overflow, and the deferrals refused or
/// overruled in the room. A pure function of what is stored (rules MIN-3–MIN-6 in `package-info.java`);
/// the API, the Markdown, the page and the CLI all read it.
public record Minutes(Header meeting, List<Attendee> attendees, List<Refusal> refusedAtTheDoor,
                      List<io.eteam.action.Action> followUp, List<Item> items,
                      long afterLastOutcomeSeconds, List<DeferralAttempt> refusedDeferrals,
                      List<DeferralAttempt> overrules) {

    public Minutes {
        Objects.requireNonNull(meeting, "meeting");
        attendees = List.copyOf(attendees);
        followUp = List.copyOf(followUp);
        refusedAtTheDoor = List.copyOf(refusedAtTheDoor);
        items = List.copyOf(items);
        refusedDeferrals = List.copyOf(refusedDeferrals);
        overrules = List.copyOf(overrules);
    }

    /// The meeting: its scheduled slot, when it really started and ended, and how long it ran.
    public record Header(LocalDate date, String zone, Instant startsAt, Instant endsAt, int minutes, Instant startedAt,
                         Instant endedAt, long tookSeconds) {
    }

    /// MIN-3 — how an agenda item left the meeting.
    public enum Outcome {
        RESOLVED, WITHDRAWN, OVERFLOW;

        @JsonValue
        public String wire() {
            return name().toLowerCase();
        }
    }

    /// MIN-3, MIN-4 — an agenda item: its place on the agenda (`rank`, null for one the agenda of the
    /// scheduled start did not hold), its outcome, and for a closed one who recorded it, when it
    /// came up and when it closed, and the seconds between. A resolution carries `decision`,
    /// `owner`, `due` and `rationale`; a withdrawal its `reason`; `overrule` is a chair's reason
    /// for recording a text the deferral check refused. Overflow took no time: its times are null.
    public record Item(Integer rank, long blockerId, String title, String raisedBy, Impact impact, int minutes,
                       Outcome outcome, String decision, String reason, String owner, LocalDate due, String rationale,
                       String recordedBy, String overrule, Instant cameUpAt, Instant closedAt, Long tookSeconds) {
    }

    /// MIN-5 — a decision or reason the deferral check refused in the room (`overrule` null), or one
    /// a chair overruled it for: when, by whom, on which item, the text and the words it quoted.
    public record DeferralAttempt(Instant at, String by, long blockerId, String title, String field, String text,
                                  String phrase, String overrule) {
    }

    /// The minutes of `meeting`, which has ended.
    ///
    /// @param agenda the meeting's agenda (MTG-6: what was open at its scheduled start)
    /// @param blockers the agenda's blockers and those open at the actual start, as they are now, by id
    /// @param history the outcomes recorded between the meeting's start and end, oldest first
    public static Minutes of(Meeting meeting, AgendaView agenda, Map<Long, Blocker> blockers,
                             List<OutcomeEntry> history) {
        if (meeting.status() != MeetingStatus.ENDED) {
            throw new IllegalArgumentException("Minutes are of an ended meeting; " + meeting.date() + " is "
                    + meeting.status().wire() + ".");
        }
        var started = meeting.startedAt();
        var ended = meeting.endedAt();
        var ranks = new LinkedHashMap<Long, Integer>();
        agenda.items().forEach(i -> ranks.put(i.blockerId(), i.rank()));
        agenda.overflow().forEach(o -> ranks.put(o.blockerId(), o.rank()));
        var recorded = new HashMap<Long, OutcomeEntry>();
        var overruled = new HashMap<Long, OutcomeEntry>();
        for (var entry : history) {
            switch (entry.kind()) {
                case RESOLVED, WITHDRAWN -> recorded.put(entry.blockerId(), entry);
                case DEFERRAL_OVERRULED -> overruled.put(entry.blockerId(), entry);
                default -> { }
            }
        }

        // MIN-3 — closed between the start and the end, in the order they closed (MTG-11).
        var closed = blockers.values().stream()
                .filter(b -> b.status() != Status.OPEN && within(b.resolvedAt(), started, ended))
                .sorted(Comparator.comparing(Blocker::resolvedAt).thenComparingLong(Blocker::id))
                .toList();
        var items = new ArrayList<Item>();
        // MIN-4 — each took from the previous outcome (or the start, after the follow-up's time box) to its own.
        var cameUp = started.plus(Duration.ofMinutes(agenda.meeting().followUpMinutes()));
        if (!closed.isEmpty() && closed.get(0).resolvedAt().isBefore(cameUp)) {
            cameUp = started;
        }
        for (var b : closed) {
            boolean resolved = b.status() == Status.RESOLVED;
            var by = recorded.get(b.id());
            var overrule = overruled.get(b.id());
            items.add(new Item(ranks.get(b.id()), b.id(), b.title(), b.raisedBy(), b.impact(), b.minutes(),
                    resolved ? Outcome.RESOLVED : Outcome.WITHDRAWN, resolved ? b.decision() : null,
                    resolved ? null : b.decision(), b.owner(), b.due(), b.rationale(), by == null ? null : by.actor(),
                    overrule == null ? null : overrule.overrule(), cameUp, b.resolvedAt(),
                    Duration.between(cameUp, b.resolvedAt()).toSeconds()));
            cameUp = b.resolvedAt();
        }
        // MIN-3 — what was still open at the end is overflow, in the agenda's order; an item closed
        // before a late start was never taken up.
        for (var id : ranks.keySet()) {
            var b = blockers.get(id);
            if (b != null && (b.status() == Status.OPEN || b.resolvedAt().isAfter(ended))) {
                items.add(new Item(ranks.get(id), b.id(), b.title(), b.raisedBy(), b.impact(), b.minutes(),
                        Outcome.OVERFLOW, null, null, null, null, null, null, null, null, null, null));
            }
        }

        // MIN-5 — deferrals refused or overruled in the room, on its items.
        var refusedDeferrals = new ArrayList<DeferralAttempt>();
        var overrules = new ArrayList<DeferralAttempt>();
        for (var entry : history) {
            var b = blockers.get(entry.blockerId());
            if (b == null) {
                continue;
            }
            var attempt = new DeferralAttempt(entry.at(), entry.actor(), b.id(), b.title(), entry.field(), entry.text(),
                    entry.phrase(), entry.overrule());
            switch (entry.kind()) {
                case DEFERRAL_REFUSED -> refusedDeferrals.add(attempt);
                case DEFERRAL_OVERRULED -> overrules.add(attempt);
                default -> { }
            }
        }
        var header = new Header(meeting.date(), meeting.zone(), meeting.startsAt(), meeting.endsAt(), meeting.minutes(),
                started, ended, Duration.between(started, ended).toSeconds());
        return new Minutes(header, meeting.attendees(), meeting.refusals(), agenda.followUp(), items,
                Duration.between(cameUp, ended).toSeconds(), refusedDeferrals, overrules);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && !at.isAfter(to);
    }
}
