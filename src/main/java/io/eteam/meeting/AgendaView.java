package io.eteam.meeting;

import io.eteam.agenda.Agenda;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/// An agenda as the API shows it: the meeting with its status, the slots, and the overflow,
/// with working days rounded to two decimals.
public record AgendaView(Header meeting, List<Agenda.Item> items, List<Agenda.Overflow> overflow) {

    /// The meeting an agenda belongs to.
    public record Header(LocalDate date, Instant startsAt, Instant endsAt, int minutes, MeetingStatus status, String zone) {
    }

    static AgendaView of(Agenda agenda, MeetingStatus status, String zone) {
        var m = agenda.meeting();
        var items = agenda.items().stream()
                .map(i -> new Agenda.Item(i.rank(), i.blockerId(), i.title(), i.raisedBy(), i.impact(), i.minutes(),
                        i.startsAt(), i.endsAt(), round(i.workingDaysAtStart()), i.breachedAtStart()))
                .toList();
        var overflow = agenda.overflow().stream()
                .map(o -> new Agenda.Overflow(o.rank(), o.blockerId(), o.title(), o.raisedBy(), o.impact(), o.minutes(),
                        round(o.workingDaysAtStart()), o.breachedAtStart(), round(o.projectedWorkingDays())))
                .toList();
        return new AgendaView(new Header(m.date(), m.startsAt(), m.endsAt(), m.minutes(), status, zone), items, overflow);
    }

    private static double round(double days) {
        return Math.round(days * 100) / 100.0;
    }
}
