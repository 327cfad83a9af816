package io.eteam.action;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerRepository;
import io.eteam.blocker.BlockerService;
import io.eteam.blocker.RaiseBlocker;
import io.eteam.calendar.CalendarService;
import io.eteam.db.Outbox;
import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/// The decisions' follow-through: who owes what by when, and marking it done. Rules in package-info.
public final class ActionService {

    private static final Set<String> STATUSES = Set.of(Action.OPEN, Action.DONE, Action.OVERDUE);

    private final ActionRepository actions;
    private final BlockerService blockers;
    private final CalendarService calendar;
    private final EventBus events;
    private final Clock clock;

    public ActionService(ActionRepository actions, BlockerService blockers, CalendarService calendar, EventBus events,
                         Clock clock) {
        this.actions = actions;
        this.blockers = blockers;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /// ACT-3 — the actions of `owner` (null or blank: anyone) with `status` (null or blank: any).
    public List<Action> list(String owner, String status) {
        var wanted = status == null || status.isBlank() ? null : status.strip();
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw Problem.invalid("status", "status must be open, done or overdue.");
        }
        var whose = owner == null || owner.isBlank() ? null : owner.strip();
        if (whose != null && !PeopleService.isHandle(whose)) {
            return List.of();   // nobody with such a handle owns anything
        }
        return actions.list(whose, wanted, today());
    }

    /// ACT-4 — what the meeting on `date`, starting at `start`, opens with.
    public List<Action> followUp(LocalDate date, java.time.Instant start) {
        return actions.followUp(date, start);
    }

    /// ACT-5 — an overdue action raised again as a blocker, in one step: blocked by its owner's area,
    /// repeating the blocker whose decision it was (BLK-11), raised by `actor` (a VP or chair).
    public Blocker escalate(Person actor, long id, String impact) {
        var action = get(id);
        if (!action.status().equals(Action.OVERDUE)) {
            throw Problem.conflict("Action " + id + " is " + action.status() + "; only an overdue action is raised again as a blocker.");
        }
        var title = "Overdue action #" + id + ": " + action.decision().replaceAll("\\s+", " ");
        var detail = "The decision on blocker " + id + " (\"" + action.title() + "\"), owned by " + action.owner()
                + ", was due " + action.due() + " and is not done.";
        return blockers.raiseOnce(actor, new RaiseBlocker(cut(title, 200), detail, "blocked",
                impact == null || impact.isBlank() ? "high" : impact, action.owner(), null, null, id));
    }

    /// ACT-1 — one action, as of today.
    public Action get(long id) {
        return actions.find(id, today()).orElseThrow(() -> notFound(id));
    }

    /// ACT-2 — the owner or a chair marks an open or overdue action done.
    public Action done(Person actor, long id, String note) {
        var text = Text.optional("note", note, 2000, true);
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var today = today();
        var done = actions.dsl().transactionResult(tx -> {
            var repo = ActionRepository.in(tx.dsl());
            // The blocker's row, locked: of two people marking it done at once, one finds it done.
            BlockerRepository.in(tx.dsl()).findForUpdate(id);
            var action = repo.find(id, today).orElseThrow(() -> notFound(id));
            if (!actor.isChairOr(action.owner())) {
                throw Problem.forbidden("Only " + action.owner() + ", who owns action " + id + ", or a chair may mark it done.");
            }
            if (action.status().equals(Action.DONE)) {
                throw Problem.conflict("Action " + id + " is already done" + (action.due() == null
                        ? ": a decision without a due date is complete when it is decided." : "."));
            }
            repo.done(id, now, actor.handle(), text);
            Outbox.stage(tx.dsl(), EventType.ACTION_DONE, now, actor.handle(), doneFields(action));
            return repo.find(id, today).orElseThrow();
        });
        events.publish(EventType.ACTION_DONE, now, actor.handle(), doneFields(done));
        return done;
    }

    private static java.util.Map<String, Object> doneFields(Action action) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("action_id", action.id());
        fields.put("owner", action.owner());
        return fields;
    }

    /// `text` in at most `max` characters (code points, as titles count them), an ellipsis marking a cut.
    private static String cut(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    private LocalDate today() {
        return clock.instant().atZone(calendar.settings().zone()).toLocalDate();
    }

    private static Problem notFound(long id) {
        return Problem.notFound("There is no action " + id + ": an action is a resolved blocker's decision, under the blocker's id.");
    }
}
