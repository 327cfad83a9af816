package io.eteam.demo;

import io.eteam.App;
import io.eteam.agenda.Agenda;
import io.eteam.agenda.MeetingSlot;
import io.eteam.blocker.Impact;
import io.eteam.blocker.RaiseBlocker;
import io.eteam.blocker.Resolve;
import io.eteam.blocker.Withdraw;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import io.eteam.meeting.Schedule;
import io.eteam.people.Issued;
import io.eteam.people.NewPerson;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

/// Plays twelve weeks of E-Team life through the services, step by step in time order, moving
/// the clock to each step and stopping at `now`. Rules DEMO-1–DEMO-4 are in package-info.
final class History {

    /// Weeks of meetings before the current one.
    static final int WEEKS = 12;

    /// Nothing is raised or closed between Tuesdays in the last quarter hour before a meeting.
    private static final Duration QUIET_BEFORE_MEETING = Duration.ofMinutes(15);

    /// The room spends its first minutes on check-ins and last week's numbers.
    private static final Duration OPENING = Duration.ofMinutes(5);

    /// What happens to a blocker: the room decides it, a chair decides it between meetings,
    /// or its raiser withdraws it.
    private enum Fate { ROOM, EARLY, WITHDRAWN }

    /// A raised blocker's script: its story, its fate, and what someone tries instead of deciding.
    private record Plan(Catalogue.Story story, Fate fate, String deferral, String withdrawal) {
        Plan in(Fate other) {
            return new Plan(story, other, deferral, withdrawal);
        }
    }

    /// One thing that happens at one instant; `order` keeps steps at the same instant in the order planned.
    private record Step(Instant at, long order, Runnable action) {
    }

    private final App app;
    private final MutableClock clock;
    private final Instant now;
    private final Random random;
    private final Catalogue.Deck deck;
    private final PriorityQueue<Step> steps =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private final Map<Long, Plan> plans = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Issued> issued = new HashMap<>();
    private ZoneId zone;
    private WorkCalendar calendar;
    private long order;
    private boolean stopped;

    History(App app, MutableClock clock, Instant now, Random random) {
        this.app = app;
        this.clock = clock;
        this.now = now;
        this.random = random;
        this.deck = new Catalogue.Deck(random);
    }

    /// Plays the history up to `now`, leaves the clock there, and answers the tokens of the
    /// chair, VP and member the demo shows.
    Demo.SignIn play() {
        var settings = app.calendar().settings();
        zone = settings.zone();
        calendar = app.calendar().calendar(settings);
        var schedule = Schedule.of(settings);
        var current = schedule.current(now);
        var meetings = new ArrayList<MeetingSlot>();
        for (int k = WEEKS; k >= 0; k--) {
            meetings.add(schedule.on(current.date().minusWeeks(k)));
        }
        var before = schedule.on(current.date().minusWeeks(WEEKS + 1));
        hire(before.startsAt().minus(Duration.ofHours(4)));
        for (int i = 0; i < meetings.size(); i++) {
            var previous = i == 0 ? before : meetings.get(i - 1);
            var meeting = meetings.get(i);
            // The week before the last meeting is the board meeting's: the chairs are away, nothing is
            // decided between Tuesdays, and the room runs out of time, so this week starts with
            // blockers carried over and already past the target.
            boolean boardWeek = i == meetings.size() - 2;
            int count = boardWeek ? 19 + random.nextInt(3) : 11 + random.nextInt(5);
            for (int n = 0; n < count; n++) {
                var at = raiseTime(previous.date(), meeting);
                var plan = plan(deck.next(), i, boardWeek);
                schedule(at, () -> raise(plan, meeting));
            }
            int index = i;
            schedule(meeting.startsAt().minus(Duration.ofMinutes(10)), () -> hold(meeting, index));
        }
        while (!steps.isEmpty() && !stopped) {
            var step = steps.poll();
            if (step.at().isAfter(now)) {
                break;
            }
            step.action().run();
        }
        clock.set(now);
        // The warnings a server would have given by now (HOOK-6): blockers at risk and breached.
        app.warnings().scan();
        return new Demo.SignIn(issued.get(Cast.SHOWN_CHAIR), issued.get(Cast.SHOWN_VP), issued.get(Cast.SHOWN_MEMBER),
                app.feeds().issue(person(busiestOwner())));
    }

    /// Whose calendar feed the demo shows: who owns the most actions with a due date (the first
    /// handle of those who own as many), so that the feed has actions in it.
    private String busiestOwner() {
        var owned = new TreeMap<String, Integer>();
        app.actions().list(null, null).stream().filter(a -> a.due() != null).forEach(a -> owned.merge(a.owner(), 1, Integer::sum));
        return owned.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(Cast.SHOWN_VP);
    }

    /// The first chair runs `init`, then adds everyone else.
    private void hire(Instant at) {
        clock.set(at);
        var first = Cast.find(Cast.FIRST_CHAIR);
        var founder = app.people().init(first.handle(), first.name());
        keep(founder);
        var rest = new ArrayList<Cast.Part>();
        rest.addAll(Cast.CHAIRS);
        rest.addAll(Cast.VPS);
        rest.addAll(Cast.MEMBERS);
        for (var role : rest) {
            clock.set(clock.instant().plusSeconds(20 + random.nextInt(60)));
            if (role.handle().equals(first.handle())) {
                continue;
            }
            keep(app.people().add(founder.person(), new NewPerson(role.handle(), role.name(), role.role(), role.team())));
        }
    }

    private void keep(Issued person) {
        issued.put(person.person().handle(), person);
        people.put(person.person().handle(), person.person());
    }

    /// When a blocker is raised in the week before `meeting`: mostly working hours from the
    /// evening after the previous meeting to the morning of this one, now and then at night.
    private Instant raiseTime(LocalDate previousMeeting, MeetingSlot meeting) {
        int[] days = {0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 6, 6, 6, 7, 7};
        int day = days[random.nextInt(days.length)];
        var date = previousMeeting.plusDays(day);
        LocalTime time;
        if (day == 0) {
            time = LocalTime.of(16, 5).plusMinutes(random.nextInt(55));
        } else if (day == 7) {
            time = LocalTime.of(9, 0).plusMinutes(random.nextInt(210));
        } else if (random.nextInt(10) == 0) {
            time = LocalTime.of(19, 0).plusMinutes(random.nextInt(180));
        } else {
            time = LocalTime.of(9, 0).plusMinutes(random.nextInt(480));
        }
        var at = ZonedDateTime.of(date, time.withSecond(random.nextInt(60)), zone).toInstant();
        var latest = meeting.startsAt().minus(QUIET_BEFORE_MEETING);
        return at.isBefore(latest) ? at : latest.minus(Duration.ofMinutes(5));
    }

    /// The chairs learn: in week `week` (0 is the oldest) more blockers are decided between
    /// meetings, so the SLA report's trend improves over the twelve weeks; when they are away,
    /// nothing is decided between meetings.
    private Plan plan(Catalogue.Story story, int week, boolean chairsAway) {
        double early = chairsAway ? 0 : (story.impact().equals("high") ? 0.15 : 0.05) + 0.025 * week;
        double draw = random.nextDouble();
        var fate = draw < early ? Fate.EARLY : draw < early + 0.07 ? Fate.WITHDRAWN : Fate.ROOM;
        var deferral = random.nextDouble() < 0.14 ? pick(Catalogue.DEFERRALS) : null;
        return new Plan(story, fate, deferral, pick(Catalogue.WITHDRAWALS));
    }

    /// A VP raises the blocker; a chair's decision or the raiser's withdrawal between meetings is
    /// scheduled if it comes before the next meeting, else the blocker waits for the room.
    private void raise(Plan plan, MeetingSlot meeting) {
        var s = plan.story();
        var blocker = app.blockers().raise(person(s.raiser()),
                new RaiseBlocker(s.title(), s.detail(), s.kind(), s.impact(), s.blocking(), s.minutes()));
        long id = blocker.id();
        plans.put(id, plan);
        var latest = meeting.startsAt().minus(QUIET_BEFORE_MEETING);
        if (plan.fate() == Fate.EARLY) {
            var at = WorkingTime.plusWorkingMinutes(calendar, blocker.raisedAt(), 60 + random.nextInt(780));
            if (at.isBefore(latest)) {
                var chair = pick(Cast.CHAIRS).handle();
                schedule(at, () -> resolve(chair, id));
            } else {
                plans.put(id, plan.in(Fate.ROOM));
            }
        } else if (plan.fate() == Fate.WITHDRAWN) {
            var at = WorkingTime.plusWorkingMinutes(calendar, blocker.raisedAt(), 90 + random.nextInt(1100));
            if (at.isBefore(latest)) {
                schedule(at, () -> withdraw(id));
            }
        }
    }

    /// A Tuesday: the door (with a refused check-in now and then), the agenda taken in order
    /// until the time runs out, and the end. The facilitator alternates between the chairs.
    private void hold(MeetingSlot meeting, int index) {
        var date = meeting.date().toString();
        var start = meeting.startsAt();
        var facilitator = Cast.CHAIRS.get(index % 2).handle();
        var other = Cast.CHAIRS.get(1 - index % 2).handle();
        if (random.nextInt(4) == 0) {
            if (!at(start.minus(Duration.ofMinutes(9)))) {
                return;
            }
            rankFirst(facilitator, date);
        }
        var agenda = app.meetings().agenda(date);
        var timeline = new ArrayList<Step>();
        var absent = new ArrayList<String>();
        var lastCheckIn = start;
        add(timeline, start.minus(Duration.ofMinutes(8)), () -> checkIn(facilitator, date, facilitator));
        if (random.nextDouble() < 0.93) {
            add(timeline, start.minusSeconds(60 + random.nextInt(360)), () -> checkIn(other, date, other));
        }
        for (var vp : Cast.VPS) {
            double draw = random.nextDouble();
            if (draw < 0.80) {
                add(timeline, start.plusSeconds(-420 + random.nextInt(720)), () -> checkIn(vp.handle(), date, vp.handle()));
            } else if (draw < 0.88) {
                var late = start.plusSeconds(720 + random.nextInt(1080));
                add(timeline, late, () -> checkIn(facilitator, date, vp.handle()));
                lastCheckIn = latest(late, lastCheckIn);
            } else {
                absent.add(vp.handle());
            }
        }
        if (random.nextDouble() < 0.3) {
            var member = pick(Cast.MEMBERS).handle();
            add(timeline, start.minusSeconds(30 + random.nextInt(200)), () -> refusedCheckIn(member, date, member));
        }
        if (random.nextDouble() < 0.15 && !absent.isEmpty()) {
            var proxy = pick(Cast.VPS).handle();
            var forWhom = absent.get(random.nextInt(absent.size()));
            if (!absent.contains(proxy)) {
                add(timeline, start.plusSeconds(random.nextInt(120)), () -> refusedCheckIn(proxy, date, forWhom));
            }
        }
        add(timeline, start.plus(Duration.ofMinutes(1)), () -> app.meetings().start(person(facilitator), date));

        var ids = new ArrayList<Long>();
        agenda.items().forEach(i -> ids.add(i.blockerId()));
        agenda.overflow().forEach(o -> ids.add(o.blockerId()));
        var minutes = new HashMap<Long, Integer>();
        agenda.items().forEach(i -> minutes.put(i.blockerId(), i.minutes()));
        agenda.overflow().forEach(o -> minutes.put(o.blockerId(), o.minutes()));
        var last = meeting.endsAt().minus(Duration.ofMinutes(2));
        var cursor = start.plus(OPENING);
        boolean finished = true;
        for (long id : ids) {
            var plan = plans.get(id);
            if (plan.fate() == Fate.WITHDRAWN) {
                var quick = cursor.plusSeconds(90 + random.nextInt(120));
                if (quick.isAfter(last)) {
                    finished = false;
                    break;
                }
                add(timeline, quick, () -> withdraw(id));
                cursor = quick;
                continue;
            }
            long seconds = Math.max(180, Math.round(minutes.get(id) * 60 * (0.7 + 0.8 * random.nextDouble())));
            var decided = cursor.plusSeconds(seconds);
            if (decided.isAfter(last)) {
                finished = false;
                break;
            }
            if (plan.deferral() != null) {
                var who = random.nextBoolean() ? plan.story().raiser() : facilitator;
                add(timeline, cursor.plusSeconds(seconds / 2), () -> refusedDeferral(who, id, plan));
            }
            var resolver = random.nextDouble() < 0.8 ? facilitator : plan.story().raiser();
            add(timeline, decided, () -> resolve(resolver, id));
            cursor = decided;
        }
        // A short agenda still waits for the VPs who came late: check-ins close when the meeting ends.
        var end = finished ? latest(cursor, lastCheckIn).plusSeconds(120 + random.nextInt(240)) : meeting.endsAt();
        add(timeline, end.isAfter(meeting.endsAt()) ? meeting.endsAt() : end,
                () -> app.meetings().end(person(facilitator), date));

        timeline.sort(Comparator.comparing(Step::at).thenComparingLong(Step::order));
        for (var step : timeline) {
            if (!at(step.at())) {
                return;
            }
            step.action().run();
        }
    }

    /// The facilitator puts the most urgent high-impact item that is not yet breached first.
    private void rankFirst(String chair, String date) {
        app.meetings().agenda(date).items().stream()
                .filter(i -> i.impact() == Impact.HIGH && !i.breachedAtStart())
                .max(Comparator.comparingDouble(Agenda.Item::workingDaysAtStart))
                .ifPresent(i -> app.meetings().rank(person(chair), date, List.of(i.blockerId())));
    }

    private void checkIn(String actor, String date, String handle) {
        app.meetings().checkIn(person(actor), date, handle);
    }

    /// A member at the door, or a VP checking in for a colleague: refused, and the refusal kept.
    private void refusedCheckIn(String actor, String date, String handle) {
        try {
            app.meetings().checkIn(person(actor), date, handle);
        } catch (Problem p) {
            if (p.kind() == Problem.Kind.VPS_ONLY) {
                return;
            }
            throw p;
        }
        throw new IllegalStateException("The door let " + actor + " check in " + handle + "; the demo expected vps_only.");
    }

    /// Someone tries to put the decision off; the service refuses it and keeps the attempt.
    private void refusedDeferral(String actor, long id, Plan plan) {
        try {
            app.blockers().resolve(person(actor), id, new Resolve(plan.deferral(), plan.story().owner(), null, null, null));
        } catch (Problem p) {
            if (p.kind() == Problem.Kind.DEFERRAL_REJECTED) {
                return;
            }
            throw p;
        }
        throw new IllegalStateException("'" + plan.deferral() + "' was taken as a decision; the demo expected deferral_rejected.");
    }

    private void resolve(String actor, long id) {
        var s = plans.get(id).story();
        var due = due(s.dueDays());
        app.blockers().resolve(person(actor), id, new Resolve(s.decision(), s.owner(), due, s.rationale(), null));
        // Most owners act by the afternoon their action is due; one in five has not yet.
        if (due != null && id % 5 != 0) {
            schedule(LocalDate.parse(due).atTime(15, 0).atZone(zone).toInstant(),
                    () -> app.actions().done(person(s.owner()), id, id % 2 == 0 ? "Done as decided." : null));
        }
    }

    /// The date `days` working days after today (0: today), or null when the story sets no due date.
    private String due(Integer days) {
        if (days == null) {
            return null;
        }
        var date = clock.instant().atZone(zone).toLocalDate();
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (calendar.workingDays().contains(date.getDayOfWeek()) && !calendar.holidays().contains(date)) {
                left--;
            }
        }
        return date.toString();
    }

    private void withdraw(long id) {
        var plan = plans.get(id);
        app.blockers().withdraw(person(plan.story().raiser()), id, new Withdraw(plan.withdrawal(), null));
    }

    /// Moves the clock to `t`, or stops the history when `t` is after `now`.
    private boolean at(Instant t) {
        if (t.isAfter(now)) {
            stopped = true;
            return false;
        }
        clock.set(t);
        return true;
    }

    private void schedule(Instant at, Runnable action) {
        steps.add(new Step(at, order++, () -> {
            if (at(at)) {
                action.run();
            }
        }));
    }

    private void add(List<Step> timeline, Instant at, Runnable action) {
        timeline.add(new Step(at, order++, action));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Person person(String handle) {
        return people.get(handle);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
