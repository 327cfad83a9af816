package io.eteam.meeting;

import io.eteam.action.Action;
import io.eteam.agenda.Agenda;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/// An agenda as the API shows it: the meeting with its status, the actions to follow up (ACT-4),
/// the slots, and the overflow, with working days rounded to two decimals as the SLA clock rounds
/// them.
public record AgendaView(Header meeting, List<Action> followUp, List<Agenda.Item> items, List<Agenda.Overflow> overflow) {

    /// The meeting an agenda belongs to; `followUpMinutes` is the time box its follow-up takes (AGD-9).
    public record Header(LocalDate date, Instant startsAt, Instant endsAt, int minutes, int followUpMinutes,
                         MeetingStatus status, String zone) {
    }

    static AgendaView of(Agenda agenda, List<Action> followUp, int followUpMinutes, MeetingStatus status, String zone) {
        var m = agenda.meeting();
        var items = agenda.items().stream()
                .map(i -> new Agenda.Item(i.rank(), i.blockerId(), i.title(), i.raisedBy(), i.impact(), i.minutes(),
                        i.startsAt(), i.endsAt(), round(i.workingDaysAtStart()), i.breachedAtStart()))
                .toList();
        var overflow = agenda.overflow().stream()
                .map(o -> new Agenda.Overflow(o.rank(), o.blockerId(), o.title(), o.raisedBy(), o.impact(), o.minutes(),
                        round(o.workingDaysAtStart()), o.breachedAtStart(), round(o.projectedWorkingDays())))
                .toList();
        return new AgendaView(new Header(m.date(), m.startsAt(), m.endsAt(), m.minutes(), followUpMinutes, status, zone),
                followUp, items, overflow);
    }

    /// Two decimals, half up, as the SLA clock rounds (`WorkingTime.hundredthsOfDays`): through
    /// the shortest decimal of the double, so 276 of 480 minutes (0.575, held as 0.57499…) is
    /// 0.58 here too, not the 0.57 that `Math.round(days * 100)` gave.
    static double round(double days) {
        return BigDecimal.valueOf(days).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
