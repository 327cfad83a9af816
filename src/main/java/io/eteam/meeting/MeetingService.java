package io.eteam.meeting;

import io.eteam.action.ActionService;
import io.eteam.agenda.Agenda;
import io.eteam.agenda.MeetingSlot;
import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerService;
import io.eteam.blocker.Status;
import io.eteam.calendar.CalendarService;
import io.eteam.calendar.CalendarText;
import io.eteam.event.EventBus;
import io.eteam.db.Outbox;
import io.eteam.event.EventType;
import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Meetings, the door (VPs only) and the agenda. Rules are in package-info.
public final class MeetingService {

    /// The date that names the meeting that ended last, for its minutes (MIN-1).
    public static final String LAST = "last";

    private final MeetingRepository meetings;
    private final CalendarService calendar;
    private final BlockerService blockers;
    private final ActionService actions;
    private final PeopleService people;
    private final EventBus events;
    private final Clock clock;

    public MeetingService(MeetingRepository meetings, CalendarService calendar, BlockerService blockers,
                          ActionService actions, PeopleService people, EventBus events, Clock clock) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.blockers = blockers;
        this.actions = actions;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /// MTG-1 — `next` is the running or next meeting; any other date must be a meeting day at most a year ahead.
    public MeetingSlot slot(String date) {
        var schedule = Schedule.of(calendar.settings());
        if (date == null || date.isBlank() || date.equals("next")) {
            return schedule.current(clock.instant());
        }
        var day = CalendarText.date("date", date);
        if (day.isAfter(today().plusYears(1))) {
            throw Problem.invalid("date", "date " + day + " is more than a year ahead; name a meeting up to "
                    + today().plusYears(1) + ".");
        }
        if (!schedule.isMeetingDay(day)) {
            throw Problem.invalid("date", day + " is a " + name(day) + "; the E-Team meets on "
                    + schedule.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s.");
        }
        return schedule.on(day);
    }

    public Meeting get(String date) {
        return meeting(slot(date));
    }

    /// MTG-3 — a chair starts a planned meeting on its day.
    public Meeting start(Person actor, String date) {
        requireChair(actor, "start a meeting");
        var slot = slot(date);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        meetings.dsl().transaction(tx -> {
            var repo = MeetingRepository.in(tx.dsl());
            var stored = repo.lock(slot.date());
            if (stored.status() != MeetingStatus.PLANNED) {
                throw Problem.conflict("The meeting of " + slot.date() + " is already " + stored.status().wire() + ".");
            }
            if (!today().equals(slot.date())) {
                throw Problem.conflict("The meeting of " + slot.date() + " can only be started on its day; today is " + today() + ".");
            }
            repo.setStatus(slot.date(), MeetingStatus.RUNNING, now);
            stage(tx.dsl(), EventType.MEETING_STARTED, now, actor, slot, Map.of());
        });
        publish(EventType.MEETING_STARTED, now, actor, slot, Map.of());
        return meeting(slot);
    }

    /// MTG-3 — a chair ends a running meeting.
    public Meeting end(Person actor, String date) {
        requireChair(actor, "end a meeting");
        var slot = slot(date);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        meetings.dsl().transaction(tx -> {
            var repo = MeetingRepository.in(tx.dsl());
            var stored = repo.lock(slot.date());
            if (stored.status() != MeetingStatus.RUNNING) {
                throw Problem.conflict("The meeting of " + slot.date() + " is " + stored.status().wire() + "; only a running meeting can be ended.");
            }
            repo.setStatus(slot.date(), MeetingStatus.ENDED, now);
            stage(tx.dsl(), EventType.MEETING_ENDED, now, actor, slot, Map.of());
        });
        publish(EventType.MEETING_ENDED, now, actor, slot, Map.of());
        return meeting(slot);
    }

    /// MTG-4 — VPs only: a VP or chair checks in as themselves; a chair may check in another VP
    /// or chair. A member, or anyone checking in someone they may not, is refused with
    /// `vps_only` and the refusal is kept. Check-ins are taken on the meeting's day until it ends.
    /// MTG-5 — a handle that cannot be anyone's is bad input, refused before the door's rules.
    public Meeting checkIn(Person actor, String date, String handle) {
        var slot = slot(date);
        var target = handle == null || handle.isBlank() ? actor.handle() : handle.strip();
        if (!PeopleService.isHandle(target)) {
            throw Problem.invalid("handle", "handle must be a person's handle: 2 to 32 lowercase letters, digits or dashes, "
                    + "like 'vp-music'; leave it out to check in yourself.");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var reason = refusal(actor, target);
        if (reason != null) {
            meetings.dsl().transaction(tx -> {
                var repo = MeetingRepository.in(tx.dsl());
                repo.lock(slot.date());
                repo.refuse(slot.date(), actor.handle(), target, now, reason);
                stage(tx.dsl(), EventType.CHECKIN_REFUSED, now, actor, slot, Map.of("handle", target));
            });
            publish(EventType.CHECKIN_REFUSED, now, actor, slot, Map.of("handle", target));
            throw Problem.vpsOnly(reason);
        }
        boolean checkedIn = meetings.dsl().transactionResult(tx -> {
            var repo = MeetingRepository.in(tx.dsl());
            var stored = repo.lock(slot.date());
            if (stored.status() == MeetingStatus.ENDED) {
                throw Problem.conflict("The meeting of " + slot.date() + " has ended; check-ins are closed.");
            }
            if (!today().equals(slot.date())) {
                throw Problem.conflict("Check-ins for " + slot.date() + " are taken on that day only; today is " + today() + ".");
            }
            if (repo.attended(slot.date(), target)) {
                return false;
            }
            repo.checkIn(slot.date(), target, actor.handle(), now);
            stage(tx.dsl(), EventType.CHECKIN, now, actor, slot, Map.of("handle", target));
            return true;
        });
        if (checkedIn) {
            publish(EventType.CHECKIN, now, actor, slot, Map.of("handle", target));
        }
        return meeting(slot);
    }

    private String refusal(Person actor, String target) {
        if (!actor.hasSeat()) {
            return "The E-Team is VPs only: no direct reports, no proxies. " + actor.handle() + " is a member.";
        }
        if (target.equals(actor.handle())) {
            return null;
        }
        if (!actor.isChair()) {
            return "The E-Team is VPs only: no direct reports, no proxies. " + actor.handle()
                    + " may check in only as themselves, not for " + target + ".";
        }
        Person person;
        try {
            person = people.get(target);
        } catch (Problem notFound) {
            return "The E-Team is VPs only: nobody called '" + target + "' can be checked in.";
        }
        if (!person.canAttend()) {
            return "The E-Team is VPs only: no direct reports, no proxies. " + target + " is "
                    + (person.active() ? "a member" : "deactivated") + ".";
        }
        return null;
    }

    /// MTG-6 — the agenda: the follow-up (ACT-4), then what was open at the meeting's start, in the
    /// chair's order then the default order.
    public AgendaView agenda(String date) {
        var slot = slot(date);
        return agenda(slot, blockers.openAt(slot.startsAt()), status(slot));
    }

    /// The agenda of `slot` from `onAgenda`, the blockers open at its start as they are now.
    private AgendaView agenda(MeetingSlot slot, List<Blocker> onAgenda, MeetingStatus status) {
        var settings = calendar.settings();
        var next = Schedule.of(settings).after(slot);
        var followUp = actions.followUp(slot.date(), slot.startsAt());
        // AGD-9 — a time box a chair set longer than a meeting shortened since is cut to leave it a minute.
        int reserved = followUp.isEmpty() ? 0 : Math.min(settings.followUpMinutes(), slot.minutes() - 1);
        var agenda = Agenda.build(onAgenda, calendar.calendars(settings), slot, next, meetings.ranking(slot.date()), reserved);
        return AgendaView.of(agenda, followUp, reserved, status, settings.zone().getId());
    }

    /// MTG-8–MTG-12 — the meeting as it runs now: its current item, what comes next and where the cut-off
    /// line falls, what was decided.
    public LiveMeeting live(String date) {
        var slot = slot(date);
        var meeting = meeting(slot);
        // One read of the blockers serves the agenda and the live state.
        var open = blockers.openAt(slot.startsAt());
        var agenda = agenda(slot, open, meeting.status());
        var onAgenda = new HashMap<Long, Blocker>();
        open.forEach(b -> onAgenda.put(b.id(), b));
        return LiveMeeting.of(meeting, agenda, onAgenda, closedSince(meeting, onAgenda.values()),
                meetings.steps(slot.date()), clock.instant());
    }

    /// MTG-13–MTG-15 — a chair moves the current item of a running meeting on (`next`), gives it
    /// another minute (`extend`) or pushes it below the line (`overflow`). `blockerId` names the
    /// item the chair sees as current: when another outcome or step has moved on in between, the
    /// step is refused (`409`) rather than applied to an item the chair did not mean.
    public LiveMeeting step(Person actor, String date, Long blockerId, String step) {
        requireChair(actor, "move the meeting on");
        var slot = slot(date);
        if (blockerId == null) {
            throw Problem.invalid("blocker_id", "blocker_id is required: the id of the current item.");
        }
        if (step == null) {
            throw Problem.invalid("step", "step is required: next, extend or overflow.");
        }
        var kind = Step.Kind.parse(step);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var fields = Map.<String, Object>of("blocker_id", blockerId, "step", kind.wire());
        meetings.dsl().transaction(tx -> {
            var repo = MeetingRepository.in(tx.dsl());
            var stored = repo.lock(slot.date());
            if (stored.status() != MeetingStatus.RUNNING) {
                throw Problem.conflict("The meeting of " + slot.date() + " is " + stored.status().wire()
                        + "; items move on only while it runs.");
            }
            var current = live(slot.date().toString()).current();
            if (current == null || current.item().blockerId() != blockerId) {
                throw Problem.conflict("Blocker " + blockerId + " is not the current item"
                        + (current == null ? "; no item is." : "; blocker " + current.item().blockerId() + " is.")
                        + " Look again and try once more.");
            }
            repo.addStep(slot.date(), new Step(blockerId, kind, now, actor.handle()));
            stage(tx.dsl(), EventType.MEETING_STEP, now, actor, slot, fields);
        });
        publish(EventType.MEETING_STEP, now, actor, slot, fields);
        return live(slot.date().toString());
    }

    /// MTG-11 — what was closed since the meeting started. A meeting started early closes items
    /// before its scheduled start, and the agenda (what was open then) no longer holds them, so
    /// what was open at the actual start is read as well.
    private List<Blocker> closedSince(Meeting meeting, Collection<Blocker> onAgenda) {
        var startedAt = meeting.startedAt();
        if (startedAt == null) {
            return List.of();
        }
        var candidates = new HashMap<Long, Blocker>();
        onAgenda.forEach(b -> candidates.put(b.id(), b));
        if (startedAt.isBefore(meeting.startsAt())) {
            blockers.openAt(startedAt).forEach(b -> candidates.put(b.id(), b));
        }
        return candidates.values().stream()
                .filter(b -> b.status() != Status.OPEN && !b.resolvedAt().isBefore(startedAt))
                .toList();
    }

    /// MIN-1–MIN-6 — the minutes of an ended meeting; `last` (or nothing) names the meeting that ended last.
    public Minutes minutes(String date) {
        var slot = date == null || date.isBlank() || date.equals(LAST) ? lastEnded() : slot(date);
        var meeting = meeting(slot);
        requireEnded(meeting);
        var onAgenda = new HashMap<Long, Blocker>();
        var open = blockers.openAt(slot.startsAt());
        open.forEach(b -> onAgenda.put(b.id(), b));
        var agenda = agenda(slot, open, meeting.status());
        // As for the live meeting (MTG-11): a meeting started early closed items the agenda no longer holds.
        if (meeting.startedAt().isBefore(slot.startsAt())) {
            blockers.openAt(meeting.startedAt()).forEach(b -> onAgenda.putIfAbsent(b.id(), b));
        }
        return Minutes.of(meeting, agenda, onAgenda, blockers.outcomesBetween(meeting.startedAt(), meeting.endedAt()));
    }

    /// MIN-1 — the meeting that ended last, of those on the schedule's meeting day.
    private MeetingSlot lastEnded() {
        var schedule = Schedule.of(calendar.settings());
        return meetings.endedDates().stream()
                .filter(schedule::isMeetingDay)
                .findFirst()
                .map(schedule::on)
                .orElseThrow(() -> Problem.notFound("No meeting has ended yet, so there are no minutes; "
                        + "a chair ends a running meeting with 'eteam meeting end'."));
    }

    /// MIN-2 — minutes are written once a meeting has ended: a meeting still to come or running is
    /// refused with 409, and one whose time passed without anyone starting it was never held (404).
    private void requireEnded(Meeting meeting) {
        switch (meeting.status()) {
            case ENDED -> { }
            case RUNNING -> throw Problem.conflict("The meeting of " + meeting.date() + " is still running; "
                    + "its minutes are ready once a chair ends it ('eteam meeting end --date " + meeting.date() + "').");
            case PLANNED -> {
                if (meeting.endsAt().isAfter(clock.instant())) {
                    throw Problem.conflict("The meeting of " + meeting.date() + " has not been held yet; "
                            + "its minutes are ready once a chair has started and ended it.");
                }
                throw Problem.notFound("No meeting was held on " + meeting.date()
                        + ": nobody started it, so it has no minutes.");
            }
        }
    }

    /// MTG-7 — a chair stack-ranks the agenda; every id must be an open blocker on it.
    public AgendaView rank(Person actor, String date, List<Long> blockerIds) {
        requireChair(actor, "rank the agenda");
        var slot = slot(date);
        if (blockerIds == null) {
            throw Problem.invalid("blocker_ids", "blocker_ids is required: the ids in the order to take them.");
        }
        var ids = new ArrayList<>(new LinkedHashSet<>(blockerIds));
        var onAgenda = new HashMap<Long, Blocker>();
        for (var b : blockers.openAt(slot.startsAt())) {
            onAgenda.put(b.id(), b);
        }
        for (var id : ids) {
            if (id == null) {
                throw Problem.invalid("blocker_ids", "blocker_ids holds blocker ids such as 12.");
            }
            var b = onAgenda.containsKey(id) ? onAgenda.get(id) : blockers.find(id)
                    .orElseThrow(() -> Problem.invalid("blocker_ids", "There is no blocker " + id + "."));
            if (b.status() != Status.OPEN) {
                throw Problem.invalid("blocker_ids", "Blocker " + id + " is " + b.status().wire() + "; only open blockers are ranked.");
            }
            if (!onAgenda.containsKey(id)) {
                throw Problem.invalid("blocker_ids", "Blocker " + id + " was raised after the meeting of " + slot.date() + " started, so it is not on its agenda.");
            }
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean reordered = meetings.dsl().transactionResult(tx -> {
            var repo = MeetingRepository.in(tx.dsl());
            var stored = repo.lock(slot.date());
            if (stored.status() == MeetingStatus.ENDED) {
                throw Problem.conflict("The meeting of " + slot.date() + " has ended; its agenda is history.");
            }
            if (repo.ranking(slot.date()).equals(ids)) {
                return false;
            }
            repo.replaceRanking(slot.date(), ids);
            stage(tx.dsl(), EventType.AGENDA_RANKED, now, actor, slot, Map.of("blocker_ids", List.copyOf(ids)));
            return true;
        });
        if (reordered) {
            publish(EventType.AGENDA_RANKED, now, actor, slot, Map.of("blocker_ids", List.copyOf(ids)));
        }
        return agenda(slot.date().toString());
    }

    private Meeting meeting(MeetingSlot slot) {
        var stored = meetings.find(slot.date());
        var status = stored.map(MeetingRepository.Stored::status).orElse(MeetingStatus.PLANNED);
        return new Meeting(slot.date(), slot.startsAt(), slot.endsAt(), slot.minutes(), calendar.settings().zone().getId(), status,
                stored.map(MeetingRepository.Stored::startedAt).orElse(null),
                stored.map(MeetingRepository.Stored::endedAt).orElse(null),
                meetings.attendees(slot.date()), meetings.refusals(slot.date()));
    }

    private MeetingStatus status(MeetingSlot slot) {
        return meetings.find(slot.date()).map(MeetingRepository.Stored::status).orElse(MeetingStatus.PLANNED);
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.settings().zone()).toLocalDate();
    }

    private static String name(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /// EVT-1, EVT-2 — announces a committed change to the meeting of `slot`: its date, then `more`.
    private void publish(EventType type, Instant at, Person actor, MeetingSlot slot, Map<String, Object> more) {
        events.publish(type, at, actor.handle(), eventFields(slot, more));
    }

    /// EVT-7 — the same event, staged for the webhooks in the transaction of the change.
    private static void stage(org.jooq.DSLContext tx, EventType type, Instant at, Person actor, MeetingSlot slot,
                              Map<String, Object> more) {
        Outbox.stage(tx, type, at, actor.handle(), eventFields(slot, more));
    }

    private static Map<String, Object> eventFields(MeetingSlot slot, Map<String, Object> more) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("meeting_date", slot.date().toString());
        fields.putAll(more);
        return fields;
    }

    private static void requireChair(Person actor, String what) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may " + what + "; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
    }
}
