package io.eteam.demo;

import io.eteam.App;
import io.eteam.agenda.Agenda;
import io.eteam.agenda.MeetingSlot;
import io.eteam.blocker.Impact;
import io.eteam.blocker.RaiseBlocker;
import io.eteam.blocker.Resolve;
import io.eteam.blocker.Withdraw;
import io.eteam.calendar.CalendarUpdate;
import io.eteam.calendar.Calendars;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

/// Plays twelve weeks of E-Team life through the services, step by step in time order, moving
/// the clock to each step and stopping at `now`, where a meeting is under way. Rules
/// DEMO-1–DEMO-8 are in package-info.
final class History {

    /// Weeks of meetings before the current one.
    static final int WEEKS = 12;

    /// The team that works around the clock (moderation never stops), on a calendar of its own.
    static final String AROUND_THE_CLOCK = "Trust & Safety";

    /// Nothing is raised or closed between meetings in the last quarter hour before one.
    private static final Duration QUIET_BEFORE_MEETING = Duration.ofMinutes(15);

    /// The room spends its first minutes on check-ins, last week's numbers and the follow-up.
    private static final Duration FIRST_ITEM = Duration.ofMinutes(15);

    /// DEMO-5 — the share of a week's blockers that wait for the room past the target, in the
    /// oldest week and in the last complete one: the chairs learn, so the report's trend improves.
    private static final double BREACH_FIRST = 0.29;
    private static final double BREACH_LAST = 0.14;

    /// The minutes of time boxes a meeting takes on: however long its items run (up to one and a
    /// half times their box), the room gets through them all in its three hours.
    private static final int ROOM_BUDGET = 100;

    /// DEMO-7 — at most this many actions are overdue: one or two owners have not done theirs.
    private static final int OVERDUE = 2;

    /// What happens to a blocker: the room decides it (OVERRULED: after a chair overrules the
    /// deferral check), the raiser or a chair decides it between meetings, or its raiser withdraws it.
    private enum Fate { ROOM, EARLY, WITHDRAWN, OVERRULED }

    /// A blocker to raise at `at`, with its story.
    private record Raise(Catalogue.Story story, Instant at) {
    }

    /// A raised blocker's script: its story, its fate, when it closes between meetings and who
    /// closes it, and what someone tries instead of deciding.
    private record Plan(Catalogue.Story story, Fate fate, Instant closeAt, String closer, String deferral,
                        String withdrawal) {
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
    private Calendars calendars;
    private WorkCalendar calendar;
    private LocalDate today;
    /// How many agenda items the meeting running now has decided.
    private int decidedNow;
    private int overdue;
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
        var defaults = app.calendar().settings();
        zone = defaults.zone();
        var schedule = runningAt(Schedule.of(defaults), now);
        var current = schedule.current(now);
        var meetings = new ArrayList<MeetingSlot>();
        for (int k = WEEKS; k >= 0; k--) {
            meetings.add(schedule.on(current.date().minusWeeks(k)));
        }
        var before = schedule.on(current.date().minusWeeks(WEEKS + 1));
        hire(before.startsAt().minus(Duration.ofHours(4)));
        setUp(schedule);
        calendars = app.calendar().calendars(app.calendar().settings());
        calendar = calendars.installation();
        today = now.atZone(zone).toLocalDate();
        decidedNow = decidedBy(firstItem(current));
        for (int i = 0; i <= WEEKS; i++) {
            var meeting = meetings.get(i);
            week(i, i == 0 ? before : meetings.get(i - 1), meeting);
            int index = i;
            schedule(door(meeting, meeting.startsAt().minus(Duration.ofMinutes(9))), () -> hold(meeting, index));
        }
        atRisk(current);
        while (!steps.isEmpty() && !stopped) {
            steps.poll().action().run();
        }
        clock.set(now);
        // The warnings a server would have given by now (HOOK-6): blockers at risk and breached.
        app.warnings().scan();
        return new Demo.SignIn(issued.get(Cast.SHOWN_CHAIR), issued.get(Cast.SHOWN_VP), issued.get(Cast.SHOWN_MEMBER),
                app.feeds().issue(person(busiestOwner())), schedule, current.date());
    }

    /// DEMO-6 — the meeting schedule the demo runs on: the E-Team's own (`defaults`) when by it a
    /// meeting is between half an hour and an hour and a quarter under way at `now`; else a meeting
    /// of the same length on `now`'s weekday, starting on the quarter hour 45 to 60 minutes before
    /// `now` (at midnight when `now` is earlier in the day), so a meeting is always running when the
    /// demo starts, with some of it behind it. A meeting crossing midnight could not take check-ins
    /// after it, so none starts the day before.
    static Schedule runningAt(Schedule defaults, Instant now) {
        var local = now.atZone(defaults.zone());
        if (defaults.isMeetingDay(local.toLocalDate())) {
            var into = Duration.between(defaults.on(local.toLocalDate()).startsAt(), now);
            if (into.compareTo(Duration.ofMinutes(30)) >= 0 && into.compareTo(Duration.ofMinutes(75)) < 0) {
                return defaults;
            }
        }
        int minute = Math.max(0, (local.toLocalTime().toSecondOfDay() / 60 - 45) / 15 * 15);
        var schedule = new Schedule(defaults.zone(), local.getDayOfWeek(), LocalTime.MIDNIGHT.plusMinutes(minute),
                defaults.minutes());
        // A start moved by a daylight-saving gap may fall after now, or just before: start earlier.
        while (minute > 0 && schedule.on(local.toLocalDate()).startsAt().isAfter(now.minus(Duration.ofMinutes(30)))) {
            minute -= 15;
            schedule = new Schedule(defaults.zone(), local.getDayOfWeek(), LocalTime.MIDNIGHT.plusMinutes(minute),
                    defaults.minutes());
        }
        return schedule;
    }

    /// When the meeting running now took up its first item: after the opening and the follow-up,
    /// or a third of the way to now when it started only minutes ago.
    private Instant firstItem(MeetingSlot meeting) {
        var into = Duration.between(meeting.startsAt(), now);
        var third = into.dividedBy(3);
        return meeting.startsAt().plus(third.compareTo(FIRST_ITEM) < 0 ? third : FIRST_ITEM);
    }

    /// How many items the meeting running now has decided by `now`: one every twelve minutes or
    /// so since its first item came up, at least one and at most three.
    private int decidedBy(Instant first) {
        var minutes = Duration.between(first, now).toMinutes();
        return minutes < 2 ? 0 : (int) Math.max(1, Math.min(3, minutes / 12));
    }

    /// DEMO-6 — the first chair sets the calendar up before any blocker is raised, so it holds from
    /// the start: Swedish public holidays, the schedule of [#runningAt], and Trust & Safety's own
    /// calendar: every day, around the clock, through holidays.
    private void setUp(Schedule schedule) {
        var chair = person(Cast.FIRST_CHAIR);
        app.calendar().update(chair, new CalendarUpdate(null, null, null, "SE", null, null,
                schedule.day().name().substring(0, 3), schedule.time().toString(), schedule.minutes()));
        app.calendar().update(chair, new CalendarUpdate(null, "MON-SUN", "00:00-24:00", "none", null, null,
                null, null, null, null, null, AROUND_THE_CLOCK));
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

    /// DEMO-5 — the blockers raised in the week before `meeting` (index `i`; [#WEEKS] is the one
    /// running now) and their fates. Those still within target when the meeting ends wait for the
    /// room. Of those that would be past it, a few wait anyway and breach; the raiser or a chair
    /// decides the others, or the raiser withdraws them, between meetings and within target. This
    /// week the room has breached items to take first, one or two more than it has decided by now,
    /// and what it has not reached is not past the target now.
    private void week(int i, MeetingSlot previous, MeetingSlot meeting) {
        boolean current = i == WEEKS;
        int count = 11 + random.nextInt(5);
        var raised = new ArrayList<Raise>();
        for (int n = 0; n < count; n++) {
            raised.add(new Raise(deck.next(), raiseTime(previous, meeting)));
        }
        var late = new ArrayList<Raise>();
        for (var r : raised) {
            if (minutes(r, meeting.startsAt()) > target(r)) {
                late.add(r);
            }
        }
        Collections.shuffle(late, random);
        double share = BREACH_FIRST + (BREACH_LAST - BREACH_FIRST) * Math.min(i, WEEKS - 1) / (WEEKS - 1);
        int waiting = current ? decidedNow + 1 + random.nextInt(2) : (int) Math.round(count * share);
        // A week of holidays may leave too little working time for anything to be past the target
        // by the meeting; Trust & Safety works through holidays, and its blockers are.
        while (current && late.size() < waiting) {
            var story = deck.next(History::aroundTheClock);
            var target = calendars.of(AROUND_THE_CLOCK).at(meeting.startsAt()).targetMinutes();
            var r = new Raise(story, meeting.startsAt().minus(Duration.ofMinutes(target + 30 + random.nextInt(570))));
            raised.add(r);
            late.add(r);
        }
        var wait = late.subList(0, Math.min(waiting, late.size()));
        int booked = wait.stream().mapToInt(r -> timeBox(r.story())).sum();
        for (var r : raised) {
            boolean room = wait.contains(r);
            if (!room && !late.contains(r) && booked + timeBox(r.story()) <= ROOM_BUDGET
                    && (current ? minutes(r, now) < target(r) : minutes(r, meeting.endsAt()) <= target(r))) {
                room = true;
                booked += timeBox(r.story());
            }
            var plan = room ? room(r.story(), Fate.ROOM) : between(r, meeting);
            schedule(r.at(), () -> raise(plan));
        }
        if (i == WEEKS - 3) {
            // DEMO-8 — an episode held back until the court rules: the rule refuses it, a chair overrules it.
            var story = Catalogue.OVERRULED.template().fill(Catalogue.fills(random));
            var at = meeting.startsAt().minus(Duration.ofMinutes(200 + random.nextInt(60)));
            schedule(at, () -> raise(room(story, Fate.OVERRULED)));
        }
    }

    /// The minutes the agenda gives `story`: its own, or the default of its impact.
    private static int timeBox(Catalogue.Story story) {
        return story.minutes() != null ? story.minutes() : Impact.parse(story.impact()).orElseThrow().defaultMinutes();
    }

    private Plan room(Catalogue.Story story, Fate fate) {
        var deferral = fate == Fate.ROOM && random.nextDouble() < 0.14 ? pick(Catalogue.DEFERRALS) : null;
        return new Plan(story, fate, null, null, deferral, null);
    }

    /// Decided or withdrawn between meetings: within the target (sooner more often than later),
    /// and before the quiet quarter hour before the meeting.
    private Plan between(Raise r, MeetingSlot meeting) {
        long target = target(r);
        long after = 45 + (long) ((target - 105) * Math.pow(random.nextDouble(), 2));
        var at = WorkingTime.plusWorkingMinutes(calendarOf(r.story()), r.at(), after);
        var latest = meeting.startsAt().minus(QUIET_BEFORE_MEETING).minusSeconds(random.nextInt(600));
        if (at.isAfter(latest)) {
            at = latest;
        }
        if (!at.isAfter(r.at())) {
            at = r.at().plus(Duration.ofMinutes(3));
        }
        if (random.nextDouble() < 0.1) {
            return new Plan(r.story(), Fate.WITHDRAWN, at, r.story().raiser(), null, pick(Catalogue.WITHDRAWALS));
        }
        var closer = random.nextDouble() < 0.6 ? pick(Cast.CHAIRS).handle() : r.story().raiser();
        return new Plan(r.story(), Fate.EARLY, at, closer, null, null);
    }

    /// DEMO-6 — Trust & Safety's clock runs around the clock, so one of its blockers is at risk
    /// whenever the demo starts, night or weekend: raised so that its target falls while the
    /// meeting running now still runs, halfway to its end or 90 minutes from now.
    private void atRisk(MeetingSlot meeting) {
        long target = calendars.of(AROUND_THE_CLOCK).at(now).targetMinutes();
        long ahead = Math.max(1, Math.min(90, Duration.between(now, meeting.endsAt()).toMinutes() / 2));
        var at = now.minus(Duration.ofMinutes(target - ahead)).truncatedTo(ChronoUnit.SECONDS);
        var story = deck.next(History::aroundTheClock);
        schedule(at, () -> raise(room(story, Fate.ROOM)));
    }

    /// A story of Trust & Safety's: its raiser's team is the one blocked, so its clock runs around the clock.
    private static boolean aroundTheClock(Catalogue.Template t) {
        return Cast.find(t.raiser()).team().equals(AROUND_THE_CLOCK);
    }

    /// When a blocker is raised in the week before `meeting`: now and then straight after the
    /// previous meeting, else at a random moment of a working day in between (one in ten in the
    /// evening), never in the quiet quarter hour before the meeting.
    private Instant raiseTime(MeetingSlot previous, MeetingSlot meeting) {
        var earliest = previous.endsAt().plus(Duration.ofMinutes(5));
        var latest = meeting.startsAt().minus(QUIET_BEFORE_MEETING).minus(Duration.ofMinutes(5));
        Instant at;
        if (random.nextInt(17) == 0) {
            at = earliest.plusSeconds(random.nextInt(3300));
        } else {
            var days = new ArrayList<LocalDate>();
            for (var d = previous.date().plusDays(1); !d.isAfter(meeting.date()); d = d.plusDays(1)) {
                if (calendar.workingDays().contains(d.getDayOfWeek()) && !calendar.holidays().contains(d)) {
                    days.add(d);
                }
            }
            var date = days.isEmpty() ? meeting.date().minusDays(1) : pick(days);
            var time = random.nextInt(10) == 0
                    ? LocalTime.of(19, 0).plusMinutes(random.nextInt(180))
                    : LocalTime.of(9, 0).plusMinutes(random.nextInt(480));
            at = ZonedDateTime.of(date, time.withSecond(random.nextInt(60)), zone).toInstant();
        }
        if (at.isBefore(earliest)) {
            at = earliest.plusSeconds(random.nextInt(1800));
        }
        return at.isAfter(latest) ? latest.minusSeconds(random.nextInt(4 * 3600)) : at;
    }

    /// A VP raises the blocker; its close between meetings, if it has one, is scheduled.
    private void raise(Plan plan) {
        var s = plan.story();
        var blocker = app.blockers().raise(person(s.raiser()),
                new RaiseBlocker(s.title(), s.detail(), s.kind(), s.impact(), s.blocking(), s.minutes()));
        long id = blocker.id();
        plans.put(id, plan);
        if (plan.fate() == Fate.EARLY) {
            schedule(plan.closeAt(), () -> resolve(plan.closer(), id, null));
        } else if (plan.fate() == Fate.WITHDRAWN) {
            schedule(plan.closeAt(), () -> withdraw(id));
        }
    }

    /// A meeting, from a few minutes before it starts: the door (with a refused check-in now and
    /// then), the agenda taken in order until the time runs out, and the end. The facilitator
    /// alternates between the chairs. The meeting running now is left running (DEMO-2): it has
    /// decided its first items, and the next is on the clock.
    private void hold(MeetingSlot meeting, int index) {
        boolean current = index == WEEKS;
        var date = meeting.date().toString();
        var start = meeting.startsAt();
        var facilitator = Cast.CHAIRS.get(index % 2).handle();
        var other = Cast.CHAIRS.get(1 - index % 2).handle();
        if (!current && random.nextInt(4) == 0) {
            rankFirst(facilitator, date);
        }
        var agenda = app.meetings().agenda(date);
        var absent = new ArrayList<String>();
        var lastCheckIn = start;
        schedule(door(meeting, start.minus(Duration.ofMinutes(8))), () -> checkIn(facilitator, date, facilitator));
        if (random.nextDouble() < 0.93) {
            schedule(door(meeting, start.minusSeconds(60 + random.nextInt(360))), () -> checkIn(other, date, other));
        }
        for (var vp : Cast.VPS) {
            double draw = random.nextDouble();
            if (draw < 0.80) {
                schedule(door(meeting, start.plusSeconds(-420 + random.nextInt(720))), () -> checkIn(vp.handle(), date, vp.handle()));
            } else if (draw < 0.88) {
                var late = start.plusSeconds(720 + random.nextInt(1080));
                schedule(late, () -> checkIn(facilitator, date, vp.handle()));
                lastCheckIn = latest(late, lastCheckIn);
            } else {
                absent.add(vp.handle());
            }
        }
        if (random.nextDouble() < 0.3) {
            var member = pick(Cast.MEMBERS).handle();
            schedule(door(meeting, start.minusSeconds(30 + random.nextInt(200))), () -> refusedCheckIn(member, date, member));
        }
        if (random.nextDouble() < 0.15 && !absent.isEmpty()) {
            var proxy = pick(Cast.VPS).handle();
            var forWhom = absent.get(random.nextInt(absent.size()));
            if (!absent.contains(proxy)) {
                schedule(start.plusSeconds(random.nextInt(120)), () -> refusedCheckIn(proxy, date, forWhom));
            }
        }
        var startedAt = current ? start.plus(min(Duration.ofMinutes(1), Duration.between(start, now).dividedBy(2)))
                : start.plus(Duration.ofMinutes(1));
        schedule(startedAt, () -> app.meetings().start(person(facilitator), date));

        var ids = new ArrayList<Long>();
        agenda.items().forEach(i -> ids.add(i.blockerId()));
        agenda.overflow().forEach(o -> ids.add(o.blockerId()));
        var minutes = new HashMap<Long, Integer>();
        agenda.items().forEach(i -> minutes.put(i.blockerId(), i.minutes()));
        agenda.overflow().forEach(o -> minutes.put(o.blockerId(), o.minutes()));
        if (current) {
            decideSoFar(date, ids, minutes, facilitator, firstItem(meeting));
            return;
        }
        var last = meeting.endsAt().minus(Duration.ofMinutes(2));
        var cursor = start.plus(FIRST_ITEM);
        boolean finished = true;
        for (long id : ids) {
            var plan = plans.get(id);
            long seconds = Math.max(180, Math.round(minutes.get(id) * 60 * (0.7 + 0.8 * random.nextDouble())));
            var decided = cursor.plusSeconds(seconds);
            if (decided.isAfter(last)) {
                finished = false;
                break;
            }
            var halfway = cursor.plusSeconds(seconds / 2);
            if (plan.fate() == Fate.OVERRULED) {
                var text = plan.story().decision();
                schedule(halfway, () -> refusedDeferral(plan.story().raiser(), id, text));
                schedule(decided, () -> resolve(facilitator, id, Catalogue.OVERRULED.overrule()));
            } else {
                if (plan.deferral() != null) {
                    var who = random.nextBoolean() ? plan.story().raiser() : facilitator;
                    schedule(halfway, () -> refusedDeferral(who, id, plan.deferral()));
                }
                var resolver = random.nextDouble() < 0.8 ? facilitator : plan.story().raiser();
                schedule(decided, () -> resolve(resolver, id, null));
            }
            cursor = decided;
        }
        // A short agenda still waits for the VPs who came late: check-ins close when the meeting ends.
        var end = finished ? latest(cursor, lastCheckIn).plusSeconds(120 + random.nextInt(240)) : meeting.endsAt();
        schedule(end.isAfter(meeting.endsAt()) ? meeting.endsAt() : end, () -> app.meetings().end(person(facilitator), date));
    }

    /// The meeting running now: its first [#decidedNow] items decided at an even pace from
    /// `first`, and the next one on the clock for less than half its time box, so its countdown runs.
    private void decideSoFar(String date, List<Long> ids, Map<Long, Integer> minutes, String facilitator, Instant first) {
        int decided = Math.min(decidedNow, ids.size());
        var onTheClock = Duration.between(first, now).multipliedBy(3).dividedBy(10);
        if (decided < ids.size()) {
            onTheClock = min(onTheClock, Duration.ofSeconds(minutes.get(ids.get(decided)) * 60L * 4 / 10));
        }
        long pace = decided == 0 ? 0 : Duration.between(first, now.minus(onTheClock)).toMillis() / decided;
        for (int j = 0; j < decided; j++) {
            long id = ids.get(j);
            var plan = plans.get(id);
            var cameUp = first.plusMillis(pace * j);
            if (plan.deferral() != null) {
                schedule(cameUp.plusMillis(pace / 2), () -> refusedDeferral(plan.story().raiser(), id, plan.deferral()));
            }
            schedule(cameUp.plusMillis(pace), () -> resolve(facilitator, id, null));
        }
        if (decided < ids.size()) {
            // Halfway through its time on the clock so far, the facilitator gives it another minute (MTG-14).
            schedule(now.minus(onTheClock.dividedBy(2)), () -> extendCurrent(facilitator, date));
        }
    }

    private void extendCurrent(String chair, String date) {
        var current = app.meetings().live(date).current();
        if (current != null) {
            app.meetings().step(person(chair), date, current.item().blockerId(), "extend");
        }
    }

    /// A step before a meeting starts happens on its day: check-ins are taken on that day only.
    private Instant door(MeetingSlot meeting, Instant at) {
        return latest(at, meeting.date().atStartOfDay(zone).toInstant());
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

    /// Someone tries `text` as the decision; the service refuses it and keeps the attempt.
    private void refusedDeferral(String actor, long id, String text) {
        try {
            app.blockers().resolve(person(actor), id, new Resolve(text, plans.get(id).story().owner(), null, null, null));
        } catch (Problem p) {
            if (p.kind() == Problem.Kind.DEFERRAL_REJECTED) {
                return;
            }
            throw p;
        }
        throw new IllegalStateException("'" + text + "' was taken as a decision; the demo expected deferral_rejected.");
    }

    /// `actor` records the story's decision; a chair's `overrule` gets it past the deferral check.
    /// One decision in three whose story names no due date gets one, 3, 5 or 10 working days
    /// ahead, so that there are always actions still to do (DEMO-7).
    private void resolve(String actor, long id, String overrule) {
        var s = plans.get(id).story();
        var due = due(s.dueDays() != null ? s.dueDays() : id % 3 == 0 ? List.of(3, 5, 10).get((int) (id / 3 % 3)) : null);
        app.blockers().resolve(person(actor), id, new Resolve(s.decision(), s.owner(), due, s.rationale(), overrule));
        if (due != null) {
            follow(id, s.owner(), LocalDate.parse(due));
        }
    }

    /// DEMO-7 — owners act on the afternoon their action is due, one in six a working day late;
    /// the first [#OVERDUE] actions due in the ten days before today are not done yet, so they
    /// are overdue now and open the meeting's follow-up.
    private void follow(long id, String owner, LocalDate due) {
        if (due.isBefore(today) && !due.isBefore(today.minusDays(10)) && overdue < OVERDUE) {
            overdue++;
            return;
        }
        var at = due.atTime(15, 0).atZone(zone).toInstant();
        var late = workingDayAfter(due).atTime(11, 0).atZone(zone).toInstant();
        if (id % 6 == 0 && !late.isAfter(now)) {
            at = late;
        }
        schedule(at, () -> app.actions().done(person(owner), id, id % 2 == 0 ? "Done as decided." : null));
    }

    /// The date `days` working days after today (0: today), or null when the story sets no due date.
    private String due(Integer days) {
        if (days == null) {
            return null;
        }
        var date = clock.instant().atZone(zone).toLocalDate();
        for (int left = days; left > 0; left--) {
            date = workingDayAfter(date);
        }
        return date.toString();
    }

    private LocalDate workingDayAfter(LocalDate date) {
        var next = date.plusDays(1);
        while (!calendar.workingDays().contains(next.getDayOfWeek()) || calendar.holidays().contains(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private void withdraw(long id) {
        var plan = plans.get(id);
        app.blockers().withdraw(person(plan.closer()), id, new Withdraw(plan.withdrawal(), null));
    }

    private WorkCalendar calendarOf(Catalogue.Story story) {
        return calendars.of(Cast.find(story.raiser()).team());
    }

    /// The working minutes from `r`'s raise to `to`, on the calendar of the team it blocks.
    private long minutes(Raise r, Instant to) {
        return WorkingTime.minutesBetween(calendarOf(r.story()), r.at(), to);
    }

    private long target(Raise r) {
        return calendarOf(r.story()).at(r.at()).targetMinutes();
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

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Person person(String handle) {
        return people.get(handle);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
