package io.eteam.web.pages;

import io.eteam.meeting.Minutes;
import io.eteam.meeting.MinutesMarkdown;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/// The minutes page: the meeting, who attended and who was refused at the door, each item with
/// its outcome and the time it took, and the deferrals refused in the room. Times and lengths are
/// written here, so the template only places them.
public record MinutesView(Chrome chrome, String date, String day, String held, String scheduled, String zone,
                         List<Attendee> attendees, List<Refused> refusals, List<Item> items, int overflow,
                         String afterLastOutcome, List<Deferral> refusedDeferrals, List<Deferral> overrules) {

    /// Someone checked in, and by whom.
    public record Attendee(String name, String handle, String role, String at, String by) {
    }

    /// A check-in the door refused.
    public record Refused(String at, String actor, String forHandle, String reason) {
    }

    /// An agenda item with its outcome: `text` is the decision or the withdrawal's reason; the
    /// times are empty for overflow.
    public record Item(String rank, long id, String title, String raisedBy, String outcome, String text, String rationale,
                       String owner, String due, String recordedBy, String overrule, String cameUp, String closed,
                       String took, int minutes) {
    }

    /// A deferral refused in the room, or one a chair overruled.
    public record Deferral(String at, String by, long id, String title, String text, String phrase, String overrule) {
    }

    static MinutesView of(Chrome chrome, Minutes minutes) {
        var m = minutes.meeting();
        var zone = ZoneId.of(m.zone());
        var attendees = minutes.attendees().stream()
                .map(a -> new Attendee(a.name(), a.handle(), a.role(), clock(a.checkedInAt(), zone), a.checkedInBy()))
                .toList();
        var refusals = minutes.refusedAtTheDoor().stream()
                .map(r -> new Refused(clock(r.at(), zone), r.actor(), r.forHandle(), r.reason()))
                .toList();
        var items = minutes.items().stream()
                .map(i -> new Item(i.rank() == null ? "–" : i.rank().toString(), i.blockerId(), i.title(), i.raisedBy(),
                        i.outcome().wire(), i.outcome() == Minutes.Outcome.RESOLVED ? i.decision() : i.reason(),
                        i.rationale(), i.owner(), i.due() == null ? null : i.due().toString(), i.recordedBy(), i.overrule(),
                        clock(i.cameUpAt(), zone), clock(i.closedAt(), zone),
                        i.tookSeconds() == null ? "" : MinutesMarkdown.duration(i.tookSeconds()), i.minutes()))
                .toList();
        int overflow = (int) minutes.items().stream().filter(i -> i.outcome() == Minutes.Outcome.OVERFLOW).count();
        return new MinutesView(chrome, m.date().toString(), Times.day(m.date()),
                clock(m.startedAt(), zone) + "–" + clock(m.endedAt(), zone) + " (" + MinutesMarkdown.duration(m.tookSeconds()) + ")",
                clock(m.startsAt(), zone) + "–" + clock(m.endsAt(), zone), m.zone(), attendees, refusals, items, overflow,
                MinutesMarkdown.duration(minutes.afterLastOutcomeSeconds()),
                deferrals(minutes.refusedDeferrals(), zone), deferrals(minutes.overrules(), zone));
    }

    private static List<Deferral> deferrals(List<Minutes.DeferralAttempt> attempts, ZoneId zone) {
        return attempts.stream()
                .map(a -> new Deferral(clock(a.at(), zone), a.by(), a.blockerId(), a.title(), a.text(), a.phrase(), a.overrule()))
                .toList();
    }

    private static String clock(Instant at, ZoneId zone) {
        return at == null ? "" : Times.clock(at, zone);
    }
}
