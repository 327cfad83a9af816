package io.eteam.blocker;

import com.fasterxml.jackson.databind.JsonNode;
import io.eteam.deferral.DeferralCheck;
import io.eteam.deferral.LabelledText;
import io.eteam.event.EventBus;
import io.eteam.db.Outbox;
import io.eteam.event.EventType;
import io.eteam.event.Remembered;
import io.eteam.people.PeopleRepository;
import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// Raising, reading and editing blockers. Rules are in package-info.
public final class BlockerService {

    private final BlockerRepository blockers;
    private final DeferralCheck deferrals;
    private final EventBus events;
    private final Clock clock;
    private final Remembered<Long, BlockerWithHistory> remembered;

    public BlockerService(BlockerRepository blockers, DeferralCheck deferrals, EventBus events, Clock clock) {
        this.blockers = blockers;
        this.deferrals = deferrals;
        this.events = events;
        this.clock = clock;
        // BLK-13 — an event naming a blocker forgets it.
        this.remembered = new Remembered<>(events, (event, memory) -> {
            if (event.fields().get("blocker_id") instanceof Number id) {
                memory.forget(id.longValue());
            }
        });
    }

    /// BLK-13 — the change `work` makes to blocker `id`, after which it is forgotten, whether the
    /// change committed, failed, or its commit's answer was lost.
    private <T> T changing(long id, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } finally {
            remembered.forget(id);
        }
    }

    /// The resolved blockers a new title is compared with, the most recent first: twelve weeks of
    /// an E-Team's are some hundreds; the bound keeps a raise fast on any history.
    private static final int SIMILAR_CANDIDATES = 2000;

    /// BLK-1 — only VPs and chairs raise blockers.
    public Blocker raise(Person actor, RaiseBlocker input) {
        return raise(actor, input, false);
    }

    /// As `raise`, for a blocker that repeats `input.repeats()` and must be the only open one that
    /// does (ACT-5): the repeated blocker's row is locked, so of two raised at once one is refused
    /// with 409. A `blocking` person who can no longer attend is left out rather than refused.
    public Blocker raiseOnce(Person actor, RaiseBlocker input) {
        Objects.requireNonNull(input.repeats(), "repeats");
        return raise(actor, input, true);
    }

    private Blocker raise(Person actor, RaiseBlocker input, boolean once) {
        if (!actor.canAttend()) {
            throw Problem.forbidden("Only VPs raise blockers: " + actor.handle() + " is a member. Ask your VP to raise it.");
        }
        var title = Text.required("title", input.title(), 200);
        var detail = Objects.requireNonNullElse(Text.optional("detail", input.detail(), 4000, true), "");
        var kind = kind(input.kind());
        var impact = input.impact() == null ? Impact.MEDIUM : impact(input.impact());
        var minutes = input.minutes() == null ? impact.defaultMinutes() : minutes(input.minutes());
        var named = Text.optional("team", input.team(), 100, false);
        var team = named != null ? named : actor.team() == null || actor.team().isBlank() ? null : actor.team().strip();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var raised = blockers.dsl().transactionResult(tx -> {
            var repo = BlockerRepository.in(tx.dsl());
            var people = PeopleRepository.in(tx.dsl());
            String blocking;
            if (once) {
                repo.findForUpdate(input.repeats());
                var open = repo.openRepeating(input.repeats());
                if (open.isPresent()) {
                    throw Problem.conflict("Blocker " + input.repeats() + " is already raised again, as blocker " + open.get() + ".");
                }
                blocking = input.blocking() == null ? null
                        : people.find(input.blocking()).filter(Person::canAttend).map(Person::handle).orElse(null);
            } else {
                blocking = blocking(people, input.blocking());
            }
            var repeats = repeats(repo, input.repeats());
            var draft = new Blocker(0, title, detail, kind, impact, minutes, actor.handle(), blocking, now,
                    Status.OPEN, null, null, null, null, null, team, repeats);
            long id = repo.insert(draft);
            record(repo, id, now, actor, new HistoryChange.Raised(title, kind.wire(), impact.wire(), minutes, blocking, team));
            var b = repo.find(id).orElseThrow();
            stage(tx.dsl(), EventType.BLOCKER_RAISED, now, actor, b, fields("blocking", b.blocking()));
            return b;
        });
        publish(EventType.BLOCKER_RAISED, now, actor, raised, fields("blocking", raised.blocking()));
        return raised;
    }

    /// BLK-11 — the blocker a new one repeats must exist and be closed.
    private static Long repeats(BlockerRepository repo, Long id) {
        if (id == null) {
            return null;
        }
        var earlier = repo.find(id).orElseThrow(() -> Problem.invalid("repeats", "There is no blocker " + id
                + " to repeat; name the earlier blocker's id, like 42."));
        if (earlier.status() == Status.OPEN) {
            throw Problem.invalid("repeats", "Blocker " + id + " is still open: add to it (eteam show " + id
                    + ") rather than raise it again.");
        }
        return id;
    }

    /// BLK-12 — the blockers resolved in the last 12 weeks whose titles closely match `title`.
    public List<Similar.Match> similar(String title) {
        var since = clock.instant().minus(java.time.Duration.ofDays(7 * 12));
        return Similar.matches(title, blockers.resolvedSince(since, SIMILAR_CANDIDATES));
    }

    public Blocker get(long id) {
        return blockers.find(id).orElseThrow(() -> notFound(id));
    }

    public Optional<Blocker> find(long id) {
        return blockers.find(id);
    }

    public List<BlockerEvent> history(long id) {
        return withHistory(id).history();
    }

    /// A blocker with its history, read together.
    public BlockerWithHistory withHistory(long id) {
        return remembered.get(id, () -> blockers.findWithHistory(id)).orElseThrow(() -> notFound(id));
    }

    /// What was open at an instant (raised before it, not closed before it).
    public List<Blocker> openAt(Instant t) {
        return blockers.openAt(t);
    }

    /// The outcomes recorded from `from` to `to` (both included), oldest first: resolutions,
    /// withdrawals, refused deferrals and overrules, with the text typed (for the minutes).
    public List<OutcomeEntry> outcomesBetween(Instant from, Instant to) {
        var kinds = OutcomeEntry.Kind.values();
        var actions = Arrays.stream(kinds).map(k -> k.action).toArray(String[]::new);
        var entries = new ArrayList<OutcomeEntry>();
        for (var row : blockers.historyBetween(from, to, actions)) {
            var kind = Arrays.stream(kinds).filter(k -> k.action.equals(row.action())).findFirst().orElseThrow();
            // A history row eteam did not write as JSON still says who closed what, and when.
            var change = HistoryChange.read(row.change()).orElse(null);
            var field = change != null && change.hasNonNull("reason") ? "reason" : "decision";
            entries.add(new OutcomeEntry(row.blockerId(), row.at(), row.actor(), kind, field,
                    change == null ? null : textOf(change, field), change == null ? null : textOf(change, "phrase"),
                    change == null ? null : textOf(change, "overrule")));
        }
        return entries;
    }

    private static String textOf(JsonNode change, String field) {
        return change.hasNonNull(field) ? change.path(field).asText() : null;
    }

    /// Blockers by status (`open`, `resolved`, `withdrawn`, or `all`) and raiser (null: anyone).
    public List<Blocker> list(String status, String raisedBy) {
        Status wanted = null;
        if (status != null && !status.equals("all")) {
            wanted = Status.parse(status)
                    .orElseThrow(() -> Problem.invalid("status", "status must be open, resolved, withdrawn or all."));
        }
        var raiser = raisedBy == null || raisedBy.isBlank() ? null : raisedBy.strip();
        if (raiser != null && !PeopleService.isHandle(raiser)) {
            return List.of();   // nobody with such a handle raised anything (see PeopleRepository.find)
        }
        return blockers.list(wanted, raiser);
    }

    /// BLK-2 — the raiser or a chair edits an open blocker; every change is kept in its history.
    public Blocker edit(Person actor, long id, BlockerEdit edit) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var edited = changing(id, () -> blockers.dsl().transactionResult(tx -> {
            var repo = BlockerRepository.in(tx.dsl());
            var current = repo.findForUpdate(id).orElseThrow(() -> notFound(id));
            if (!actor.isChairOr(current.raisedBy())) {
                throw Problem.forbidden("Only " + current.raisedBy() + ", who raised blocker " + id + ", or a chair may edit it.");
            }
            if (current.status() != Status.OPEN) {
                throw Problem.conflict("Blocker " + id + " is " + current.status().wire() + "; closed blockers are not edited.");
            }
            var title = edit.has("title") ? Text.required("title", edit.title(), 200) : current.title();
            var detail = edit.has("detail")
                    ? Objects.requireNonNullElse(Text.optional("detail", edit.detail(), 4000, true), "")
                    : current.detail();
            var kind = edit.has("kind") ? kind(edit.kind()) : current.kind();
            var impact = edit.has("impact") ? impact(edit.impact()) : current.impact();
            int minutes = current.minutes();
            if (edit.has("minutes")) {
                minutes = minutes(edit.minutes());
            } else if (impact != current.impact() && current.minutes() == current.impact().defaultMinutes()) {
                // The time box was the old impact's default, so it follows the new impact.
                minutes = impact.defaultMinutes();
            }
            var blocking = edit.has("blocking") ? blocking(PeopleRepository.in(tx.dsl()), edit.blocking()) : current.blocking();
            var repeats = edit.has("repeats") ? repeats(repo, edit.repeats()) : current.repeats();
            if (repeats != null && repeats >= id) {
                throw Problem.invalid("repeats", "A blocker repeats an earlier one, with a smaller id than " + id + ".");
            }
            var updated = new Blocker(id, title, detail, kind, impact, minutes, current.raisedBy(), blocking,
                    current.raisedAt(), current.status(), null, null, null, null, null, current.team(), repeats);
            var change = new LinkedHashMap<String, HistoryChange.FromTo>();
            diff(change, "title", current.title(), title);
            diff(change, "detail", current.detail(), detail);
            diff(change, "kind", current.kind().wire(), kind.wire());
            diff(change, "impact", current.impact().wire(), impact.wire());
            diff(change, "minutes", current.minutes(), minutes);
            diff(change, "blocking", current.blocking(), blocking);
            diff(change, "repeats", current.repeats(), repeats);
            var fields = List.copyOf(change.keySet());
            if (!change.isEmpty()) {
                repo.updateContent(updated);
                record(repo, id, now, actor, new HistoryChange.Edited(change));
                stage(tx.dsl(), EventType.BLOCKER_CHANGED, now, actor, current, fields("fields", fields));
            }
            return new Edited(repo.find(id).orElseThrow(), fields);
        }));
        if (!edited.fields().isEmpty()) {
            publish(EventType.BLOCKER_CHANGED, now, actor, edited.blocker(), fields("fields", edited.fields()));
        }
        return edited.blocker();
    }

    /// A blocker after an edit, and the names of the fields the edit changed (none: nothing to announce).
    private record Edited(Blocker blocker, List<String> fields) {
    }

    /// BLK-9 — a chair imports historical blockers: every row is checked like API input (the
    /// deferral rule included) before anything is written, then all rows go in one transaction.
    public List<Long> importCsv(Person actor, String csv, java.time.ZoneId zone) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may import blockers; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var ids = blockers.dsl().transactionResult(tx -> {
            var people = PeopleRepository.in(tx.dsl());
            var atTable = new java.util.HashMap<String, Boolean>();
            java.util.function.Predicate<String> vpOrChair = h -> atTable.computeIfAbsent(h,
                    k -> people.find(k).map(Person::hasSeat).orElse(false));
            var rows = CsvImport.parse(csv, vpOrChair, vpOrChair, deferrals, zone, now);
            var repo = BlockerRepository.in(tx.dsl());
            var inserted = new ArrayList<Long>(rows.size());
            var teams = new java.util.HashMap<String, String>();
            for (var r : rows) {
                var status = r.resolvedAt() == null ? Status.OPEN : Status.RESOLVED;
                /// An imported blocker blocks its raiser's team, as one raised today would.
                var team = teams.computeIfAbsent(r.raisedBy(), k -> people.find(k).map(Person::team)
                        .filter(t -> !t.isBlank()).map(String::strip).orElse(""));
                long id = repo.insert(new Blocker(0, r.title(), "", r.kind(), r.impact(), r.impact().defaultMinutes(),
                        r.raisedBy(), null, r.raisedAt(), status, r.resolvedAt(), r.decision(), r.owner(), null, null,
                        team.isEmpty() ? null : team));
                record(repo, id, now, actor, new HistoryChange.Imported(r.raisedAt().toString()));
                inserted.add(id);
            }
            if (!inserted.isEmpty()) {
                Outbox.stage(tx.dsl(), EventType.BLOCKERS_IMPORTED, now, actor.handle(), imported(inserted));
            }
            return inserted;
        });
        if (!ids.isEmpty()) {
            events.publish(EventType.BLOCKERS_IMPORTED, now, actor.handle(), imported(ids));
        }
        return ids;
    }

    /// BLK-4 — the raiser or a chair resolves an open blocker with a decision and an owner;
    /// a deferral is refused with 422, changes nothing, and is kept in the history.
    public Blocker resolve(Person actor, long id, Resolve input) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var current = closable(actor, id, "resolve");
        var decision = outcome("decision", input.decision(), "Record what was decided.");
        var rationale = Text.optional("rationale", input.rationale(), 4000, true);
        var due = due(input.due(), now);
        var ownerHandle = input.owner() == null ? "" : input.owner().strip();
        if (ownerHandle.isEmpty()) {
            throw Problem.invalid("owner", "owner is required: the handle of the VP or chair accountable for the decision.");
        }
        var overruled = refuseDeferral(actor, current, "decision", decision, input.overrule(), now);
        var resolved = changing(id, () -> blockers.dsl().transactionResult(tx -> {
            var repo = BlockerRepository.in(tx.dsl());
            var owner = PeopleRepository.in(tx.dsl()).find(ownerHandle)
                    .filter(Person::canAttend)
                    .orElseThrow(() -> Problem.invalid("owner", "owner must be an active VP or chair; '" + shorten(ownerHandle) + "' is not."));
            lockOpen(repo, actor, id);
            repo.close(id, Status.RESOLVED, now, decision, owner.handle(), due, rationale);
            overruled.ifPresent(o -> record(repo, id, now, actor, o));
            record(repo, id, now, actor, new HistoryChange.Resolved(decision, owner.handle(),
                    due == null ? null : due.toString(), rationale));
            var b = repo.find(id).orElseThrow();
            stage(tx.dsl(), EventType.BLOCKER_RESOLVED, now, actor, b, resolvedFields(b));
            return b;
        }));
        publish(EventType.BLOCKER_RESOLVED, now, actor, resolved, resolvedFields(resolved));
        return resolved;
    }

    /// BLK-5 — the raiser or a chair withdraws an open blocker with a reason, checked like a decision.
    public Blocker withdraw(Person actor, long id, Withdraw input) {
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var current = closable(actor, id, "withdraw");
        var reason = outcome("reason", input.reason(), "Say why it no longer blocks, e.g. 'we unblocked ourselves'.");
        var overruled = refuseDeferral(actor, current, "reason", reason, input.overrule(), now);
        var withdrawn = changing(id, () -> blockers.dsl().transactionResult(tx -> {
            var repo = BlockerRepository.in(tx.dsl());
            lockOpen(repo, actor, id);
            repo.close(id, Status.WITHDRAWN, now, reason, null, null, null);
            overruled.ifPresent(o -> record(repo, id, now, actor, o));
            record(repo, id, now, actor, new HistoryChange.Withdrawn(reason));
            var b = repo.find(id).orElseThrow();
            stage(tx.dsl(), EventType.BLOCKER_WITHDRAWN, now, actor, b, Map.of());
            return b;
        }));
        publish(EventType.BLOCKER_WITHDRAWN, now, actor, withdrawn, Map.of());
        return withdrawn;
    }

    /// BLK-8 — a chair exports the installation's refused and overruled outcomes as labelled corpus
    /// rows: a refused text is a `deferral`, an overruled one a `decision` (a chair said so),
    /// and a text refused once and overruled later counts as the decision only.
    public List<LabelledText> deferralHistory(Person actor) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may export the refused and overruled outcomes; " + actor.handle()
                    + " is a " + actor.role().wire() + ".");
        }
        var rows = blockers.history("deferral_refused", "deferral_overruled");
        var overruled = new HashSet<String>();
        var read = new ArrayList<Map.Entry<BlockerRepository.HistoryRow, JsonNode>>();
        for (var row : rows) {
            // A history row eteam did not write as JSON carries no text to label.
            HistoryChange.read(row.change()).ifPresent(change -> {
                read.add(Map.entry(row, change));
                if (row.action().equals("deferral_overruled")) {
                    overruled.add(outcomeText(change));
                }
            });
        }
        var result = new ArrayList<LabelledText>();
        for (var entry : read) {
            var row = entry.getKey();
            var text = outcomeText(entry.getValue());
            if (text.isBlank()) {
                continue;
            }
            var where = "blocker " + row.blockerId() + ", " + row.actor() + ", " + row.at();
            if (row.action().equals("deferral_overruled")) {
                result.add(new LabelledText(text, "decision", "overruled", "und", "export-" + row.id(),
                        where + ", overruled: " + entry.getValue().path("overrule").asText("")));
            } else if (!overruled.contains(text)) {
                result.add(new LabelledText(text, "deferral", "refused", "und", "export-" + row.id(),
                        where + ", refused at '" + entry.getValue().path("phrase").asText("") + "'"));
            }
        }
        return result;
    }

    /// The decision or reason a history row of the deferral check holds.
    private static String outcomeText(JsonNode change) {
        return change.hasNonNull("decision") ? change.path("decision").asText() : change.path("reason").asText("");
    }

    /// The blocker, if it exists, the actor may close it, and it is still open.
    private Blocker closable(Person actor, long id, String verb) {
        var current = blockers.find(id).orElseThrow(() -> notFound(id));
        mayClose(actor, current, verb);
        requireOpen(current);
        return current;
    }

    /// BLK-6 — locks the row and checks again inside the transaction: of two clients closing the
    /// same blocker at once, the second waits for the first and then gets 409.
    private static void lockOpen(BlockerRepository repo, Person actor, long id) {
        var locked = repo.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireOpen(locked);
    }

    private static void mayClose(Person actor, Blocker b, String verb) {
        if (!actor.isChairOr(b.raisedBy())) {
            throw Problem.forbidden("Only " + b.raisedBy() + ", who raised blocker " + b.id() + ", or a chair may " + verb + " it.");
        }
    }

    /// BLK-6 — a closed blocker is not closed again (checked before, then again under the row's lock).
    private static void requireOpen(Blocker b) {
        if (b.status() != Status.OPEN) {
            throw Problem.conflict("Blocker " + b.id() + " is already " + b.status().wire() + (b.resolvedAt() == null ? "" : " since " + b.resolvedAt()) + ".");
        }
    }

    /// A decision or reason: required, and more than punctuation.
    private static String outcome(String field, String value, String hint) {
        var text = Text.optional(field, value, 4000, true);
        if (text == null || DeferralCheck.isBlank(text)) {
            throw Problem.invalid(field, field + " is required. " + hint);
        }
        return text;
    }

    /// A deferral attempt is written to the history in its own transaction, then refused (BLK-4),
    /// unless a chair overrules the check (BLK-7): then the history row of the overrule is
    /// answered, to be written with the close. Nothing to overrule answers empty.
    private Optional<HistoryChange.DeferralChecked> refuseDeferral(Person actor, Blocker b, String field, String text,
                                                                   String overrule, Instant now) {
        var why = overrule == null || overrule.isBlank() ? null : Text.required("overrule", overrule, 400);
        if (why != null && !actor.isChair()) {
            throw Problem.forbidden("Only a chair may overrule the deferral check; " + actor.handle() + " is a "
                    + actor.role().wire() + ". Write the decision so it says who does what by when.");
        }
        var verdict = deferrals.check(text);
        if (!verdict.deferral()) {
            return Optional.empty();
        }
        boolean isDecision = field.equals("decision");
        var change = new HistoryChange.DeferralChecked(verdict.phrase(), isDecision ? text : null,
                isDecision ? null : text, why);
        if (why != null) {
            return Optional.of(change);
        }
        changing(b.id(), () -> blockers.dsl().transactionResult(tx -> {
            record(BlockerRepository.in(tx.dsl()), b.id(), now, actor, change);
            stage(tx.dsl(), EventType.DEFERRAL_REFUSED, now, actor, b, fields("field", field));
            return b;
        }));
        publish(EventType.DEFERRAL_REFUSED, now, actor, b, fields("field", field));
        throw Problem.deferralRejected(verdict.message());
    }

    /// EVT-1, EVT-2 — announces a committed change to `b`: its id and raiser, then `more` (ids and
    /// handles only; never the text anyone typed).
    private void publish(EventType type, Instant at, Person actor, Blocker b, Map<String, Object> more) {
        events.publish(type, at, actor.handle(), eventFields(b, more));
    }

    /// EVT-7 — the same event, staged for the webhooks in the transaction of the change.
    private static void stage(org.jooq.DSLContext tx, EventType type, Instant at, Person actor, Blocker b,
                              Map<String, Object> more) {
        Outbox.stage(tx, type, at, actor.handle(), eventFields(b, more));
    }

    private static Map<String, Object> eventFields(Blocker b, Map<String, Object> more) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("blocker_id", b.id());
        fields.put("raised_by", b.raisedBy());
        fields.putAll(more);
        return fields;
    }

    private static Map<String, Object> imported(List<Long> ids) {
        var imported = new LinkedHashMap<String, Object>();
        imported.put("count", ids.size());
        imported.put("first_id", ids.stream().mapToLong(Long::longValue).min().orElseThrow());
        imported.put("last_id", ids.stream().mapToLong(Long::longValue).max().orElseThrow());
        return imported;
    }

    private static Map<String, Object> resolvedFields(Blocker b) {
        return fields("owner", b.owner(), "due", b.due() == null ? null : b.due().toString());
    }

    /// Name-value pairs in order; a null value is left out.
    private static Map<String, Object> fields(Object... pairs) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                fields.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return fields;
    }

    /// The due date of the owner's action: `YYYY-MM-DD`, not before yesterday (UTC), so a
    /// typo'd year is caught while no time zone makes today's date look past, and at most five
    /// years ahead.
    private static LocalDate due(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate due;
        try {
            due = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalid("due", "due must be a date like 2026-12-01.");
        }
        var today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (due.isBefore(today.minusDays(1))) {
            throw Problem.invalid("due", "due is " + due + ", which has passed; give the date the owner will act by.");
        }
        // A typo'd year far ahead is caught too, and no date beyond what every database stores arrives.
        if (due.isAfter(today.plusYears(5))) {
            throw Problem.invalid("due", "due is " + due + ", more than five years ahead; give the date the owner will act by.");
        }
        return due;
    }

    private static void diff(Map<String, HistoryChange.FromTo> change, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            change.put(field, new HistoryChange.FromTo(before, after));
        }
    }

    /// Writes `change` to the history of blocker `id`, in the caller's transaction.
    private static void record(BlockerRepository repo, long id, Instant at, Person actor, HistoryChange change) {
        repo.addEvent(id, at, actor.handle(), change.action(), change.json());
    }

    private static Kind kind(String text) {
        return Kind.parse(text == null ? "" : text.strip())
                .orElseThrow(() -> Problem.invalid("kind", "kind must be blocked, misaligned or off-track."));
    }

    private static Impact impact(String text) {
        return Impact.parse(text == null ? "" : text.strip())
                .orElseThrow(() -> Problem.invalid("impact", "impact must be high, medium or low."));
    }

    private static int minutes(Integer minutes) {
        if (minutes == null || minutes < 5 || minutes > 60) {
            throw Problem.invalid("minutes", "minutes is the time box on the agenda: a whole number from 5 to 60.");
        }
        return minutes;
    }

    /// BLK-3 — `blocking` names an active VP or chair: the person whose area blocks.
    private static String blocking(PeopleRepository people, String handle) {
        if (handle == null || handle.isBlank()) {
            return null;
        }
        var h = handle.strip();
        var person = people.find(h)
                .orElseThrow(() -> Problem.invalid("blocking", "blocking must be the handle of a VP; nobody is called '" + shorten(h) + "'."));
        if (!person.canAttend()) {
            throw Problem.invalid("blocking", "blocking must name an active VP or chair; " + h + " is "
                    + (person.active() ? "a " + person.role().wire() : "deactivated") + ".");
        }
        return h;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static Problem notFound(long id) {
        return Problem.notFound("There is no blocker " + id + ".");
    }
}
