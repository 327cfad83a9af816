package io.eteam.web.pages;

import io.eteam.action.Action;
import io.eteam.action.ActionService;
import io.eteam.agenda.Agenda;
import io.eteam.blocker.BlockerService;
import io.eteam.calendar.CalendarService;
import io.eteam.meeting.Meeting;
import io.eteam.meeting.MeetingService;
import io.eteam.meeting.MeetingStatus;
import io.eteam.meeting.Schedule;
import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.sla.SlaService;
import io.eteam.event.EventBus;
import io.eteam.web.Sessions.Session;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// Builds what each page shows. A page reads several services (the meeting, its agenda, the
/// blockers' state, the people), so the reading is gathered here and the handlers stay one call.
///
/// Each view takes the latest event id before it reads anything: a change that lands
/// while the page is read is then announced again when the page connects (PAGE-5), never lost.
final class PageViews {

    private static final Comparator<DashboardView.Row> MINE_THEN_MOST_URGENT = Comparator
            .comparing((DashboardView.Row r) -> !r.mine())
            .thenComparing(r -> -r.sla().urgency())
            .thenComparing(r -> -r.sla().minutes())
            .thenComparingLong(DashboardView.Row::id);

    private final PeopleService people;
    private final BlockerService blockers;
    private final ActionService actions;
    private final CalendarService calendar;
    private final MeetingService meetings;
    private final SlaService sla;
    private final EventBus events;
    private final Clock clock;

    PageViews(PeopleService people, BlockerService blockers, ActionService actions, CalendarService calendar,
              MeetingService meetings, SlaService sla, EventBus events, Clock clock) {
        this.people = people;
        this.blockers = blockers;
        this.actions = actions;
        this.calendar = calendar;
        this.meetings = meetings;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    DashboardView dashboard(Session session, DashboardView.RaiseForm form, String actionError) {
        var chrome = Chrome.of("Dashboard", session, events.latest());
        var me = session.person();
        var next = meetings.get("next");
        var zone = ZoneId.of(next.zone());
        var open = blockers.list("open", null);
        var readings = sla.read(open);
        var rows = new ArrayList<DashboardView.Row>(open.size());
        for (int i = 0; i < open.size(); i++) {
            var b = open.get(i);
            rows.add(new DashboardView.Row(b.id(), b.title(), b.kind().wire(), b.impact().wire(), b.raisedBy(),
                    b.blocking(), b.raisedBy().equals(me.handle()), ClockView.of(readings.get(i))));
        }
        rows.sort(MINE_THEN_MOST_URGENT);
        var meeting = new DashboardView.Next(next.date().toString(),
                Times.span(next.date(), next.startsAt(), next.endsAt(), zone), next.status().wire());
        var owed = new ArrayList<Action>(actions.list(null, Action.OVERDUE));
        owed.addAll(actions.list(null, Action.OPEN));
        owed.sort(Comparator.comparing((Action a) -> !a.owner().equals(me.handle())));   // stable: overdue, soonest due first
        var actionRows = owed.stream()
                .limit(DashboardView.ACTIONS_LISTED)
                .map(a -> new DashboardView.ActionRow(a.id(), a.title(), a.decision(), a.owner(), Times.day(a.due()),
                        a.status(), a.owner().equals(me.handle()), me.isChairOr(a.owner()),
                        me.canAttend() && a.status().equals(Action.OVERDUE)))
                .toList();
        return new DashboardView(chrome, meeting, rows, actionRows, owed.size() - actionRows.size(), actionError,
                me.canAttend(), form, atTheTable(me));
    }

    AgendaPageView agenda(Session session, String date, String error) {
        var since = events.latest();
        var agenda = meetings.agenda(date);
        var header = agenda.meeting();
        var zone = ZoneId.of(header.zone());
        var order = Stream.concat(agenda.items().stream().map(Agenda.Item::blockerId),
                agenda.overflow().stream().map(Agenda.Overflow::blockerId)).toList();
        var items = agenda.items().stream()
                .map(i -> new AgendaPageView.Row(i.rank(), i.blockerId(), i.title(), i.raisedBy(), i.impact().wire(),
                        i.minutes(), Times.clock(i.startsAt(), zone), Times.clock(i.endsAt(), zone),
                        Times.days(i.workingDaysAtStart()), i.breachedAtStart(), null,
                        moved(order, i.rank() - 1, -1), moved(order, i.rank() - 1, 1)))
                .toList();
        var overflow = agenda.overflow().stream()
                .limit(AgendaPageView.OVERFLOW_LISTED)
                .map(o -> new AgendaPageView.Row(o.rank(), o.blockerId(), o.title(), o.raisedBy(), o.impact().wire(),
                        o.minutes(), null, null, Times.days(o.workingDaysAtStart()), o.breachedAtStart(),
                        Times.days(o.projectedWorkingDays()), moved(order, o.rank() - 1, -1), moved(order, o.rank() - 1, 1)))
                .toList();
        var slot = meetings.slot(header.date().toString());
        var next = Schedule.of(calendar.settings()).after(slot);
        boolean canRank = session.person().isChair() && header.status() != MeetingStatus.ENDED;
        var followUp = agenda.followUp().stream()
                .map(a -> new AgendaPageView.FollowUp(a.id(), a.decision(), a.title(), a.owner(), Times.day(a.due()), a.status()))
                .toList();
        var followUpTime = Times.clock(header.startsAt(), zone) + "–"
                + Times.clock(header.startsAt().plus(java.time.Duration.ofMinutes(header.followUpMinutes())), zone);
        return new AgendaPageView(Chrome.of("Agenda " + header.date(), session, since), header.date().toString(),
                Times.span(header.date(), header.startsAt(), header.endsAt(), zone), header.status().wire(), canRank,
                followUp, followUpTime, items, Times.clock(header.endsAt(), zone), header.minutes() - header.followUpMinutes(),
                overflow, agenda.overflow().size() - overflow.size(),
                Times.day(next.date()), join(order), error);
    }

    MeetingView meeting(Session session, String date, MeetingView.Outcome typed, String error) {
        var since = events.latest();
        var me = session.person();
        var live = meetings.live(date);
        var meeting = live.meeting();
        var zone = ZoneId.of(meeting.zone());
        boolean running = meeting.status() == MeetingStatus.RUNNING;
        boolean ended = meeting.status() == MeetingStatus.ENDED;

        MeetingView.Current current = null;
        MeetingView.Outcome outcome = null;
        if (live.current() != null) {
            var c = live.current();
            var i = c.item();
            current = new MeetingView.Current(i.blockerId(), i.title(), i.detail(), i.raisedBy(), i.blocking(),
                    i.impact().wire(), i.minutes(), c.addedMinutes(), Times.days(i.workingDaysAtStart()), i.breachedAtStart(),
                    c.secondsLeft(), me.isChairOr(i.raisedBy()));
            outcome = typed != null && typed.blockerId() == current.id() ? typed : MeetingView.Outcome.empty(current.id());
        }
        var upcoming = new ArrayList<MeetingView.Upcoming>();
        for (var n : live.next()) {
            boolean cutOff = !n.aboveTheLine() && (upcoming.isEmpty() || !upcoming.get(upcoming.size() - 1).belowTheLine());
            upcoming.add(new MeetingView.Upcoming(n.item().rank(), n.item().blockerId(), n.item().title(),
                    n.item().raisedBy(), n.item().minutes(), n.startsAt() == null ? null : Times.clock(n.startsAt(), zone),
                    !n.aboveTheLine(), cutOff));
        }
        var attendees = meeting.attendees().stream()
                .map(a -> new MeetingView.Attendee(a.name(), a.handle(), a.role(), Times.clock(a.checkedInAt(), zone),
                        a.checkedInBy()))
                .toList();
        var checkedIn = new HashSet<String>();
        meeting.attendees().forEach(a -> checkedIn.add(a.handle()));
        var refusals = meeting.refusals().stream()
                .map(r -> new MeetingView.Refused(Times.clock(r.at(), zone), r.actor(), r.forHandle(), r.reason()))
                .toList();
        var table = atTheTable(me);
        var checkable = me.isChair() && !ended
                ? table.stream().filter(p -> !checkedIn.contains(p.handle())).toList()
                : List.<Person>of();
        var decidedRows = live.decided().stream()
                .map(d -> new MeetingView.Decided(d.blockerId(), d.title(), d.status().wire(), d.decision(), d.owner(),
                        d.due(), Times.clock(d.at(), zone)))
                .toList();
        boolean canCheckInSelf = me.canAttend() && !ended && !checkedIn.contains(me.handle());
        var topError = error != null ? error
                : typed != null && typed.error() != null && outcome != typed ? typed.error() : null;
        return new MeetingView(Chrome.of("Meeting " + meeting.date(), session, since), meeting.date().toString(),
                Times.span(meeting.date(), meeting.startsAt(), meeting.endsAt(), zone),
                Times.clock(meeting.endsAt(), zone), meeting.status().wire(), running, ended, canCheckInSelf, checkable, attendees, refusals, current, upcoming, decidedRows,
                outcome, table, live.followUp().stream()
                        .map(a -> new MeetingView.FollowUp(a.id(), a.decision(), a.owner(), Times.day(a.due()), a.status()))
                        .toList(), live.followUpMinutes(), topError);
    }

    /// The active VPs and chairs: who may own a decision, be checked in, or block.
    private List<Person> atTheTable(Person me) {
        return people.list(me).stream().filter(Person::canAttend).toList();
    }

    /// `step` ("-1" up, "1" down) when the entry at `index` can move one place that way, or null
    /// at an end. The ▲▼ forms post only the blocker and the step: a form carrying the whole new
    /// order made the page grow with the square of the agenda (a gigabyte for 10,000 blockers).
    private static String moved(List<Long> ids, int index, int step) {
        int other = index + step;
        return other < 0 || other >= ids.size() ? null : String.valueOf(step);
    }

    /// The agenda's order with `blocker` moved one place by `step`; unchanged at an end, or when
    /// the blocker is not on it.
    static List<Long> moved(List<Long> order, long blocker, int step) {
        int index = order.indexOf(blocker);
        int other = index + step;
        if (index < 0 || other < 0 || other >= order.size()) {
            return order;
        }
        var moved = new ArrayList<>(order);
        moved.set(index, order.get(other));
        moved.set(other, blocker);
        return moved;
    }

    /// The agenda's order now: its items, then its overflow.
    List<Long> order(String date) {
        var agenda = meetings.agenda(date);
        return Stream.concat(agenda.items().stream().map(Agenda.Item::blockerId),
                agenda.overflow().stream().map(Agenda.Overflow::blockerId)).toList();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
