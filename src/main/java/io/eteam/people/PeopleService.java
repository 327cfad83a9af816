package io.eteam.people;

import io.eteam.event.EventBus;
import io.eteam.event.EventType;
import io.eteam.event.Remembered;
import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// Who may use eteam and how they prove it. Rules are in package-info.
public final class PeopleService {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]{2,32}");

    private final PeopleRepository people;
    private final EventBus events;
    private final Clock clock;
    /// Token hash → its active holder, as lately checked (see `authenticateHash`).
    private final Remembered<String, Person> signedIn;

    public PeopleService(PeopleRepository people, EventBus events, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
        // Replacing tokens or deactivating someone, on any server, forgets every token.
        this.signedIn = new Remembered<>(events, (event, memory) -> {
            if (event.type() == EventType.PERSON_DEACTIVATED || event.type() == EventType.TOKEN_ISSUED) {
                memory.forgetAll();
            }
        });
    }

    /// True when `text` has the form of a handle (PPL-2), whether or not anybody has it.
    public static boolean isHandle(String text) {
        return text != null && HANDLE.matcher(text).matches();
    }

    /// PPL-1 — the first chair of a new installation; refused once anyone exists.
    public Issued init(String handle, String name) {
        var issued = people.dsl().transactionResult(tx -> {
            var repo = PeopleRepository.in(tx.dsl());
            if (repo.count() > 0) {
                throw Problem.conflict("This database already has people; ask a chair for a token instead of running init again.");
            }
            return create(repo, new NewPerson(handle, name, "chair", null));
        });
        added(issued.person(), issued.person());
        return issued;
    }

    /// PPL-2 — only a chair adds people.
    public Issued add(Person actor, NewPerson input) {
        requireChair(actor, "add people");
        var issued = people.dsl().transactionResult(tx -> create(PeopleRepository.in(tx.dsl()), input));
        added(actor, issued.person());
        return issued;
    }

    private void added(Person actor, Person person) {
        events.publish(EventType.PERSON_ADDED, person.createdAt().truncatedTo(ChronoUnit.MILLIS), actor.handle(),
                Map.of("handle", person.handle(), "role", person.role().wire()));
    }

    /// True while nobody can sign in (before `init`).
    public boolean isEmpty() {
        return people.count() == 0;
    }

    public List<Person> list(Person actor) {
        return people.all();
    }

    public Person get(String handle) {
        return people.find(handle)
                .orElseThrow(() -> Problem.notFound("Nobody has the handle '" + handle + "'."));
    }

    /// PPL-3 — a new token replaces every earlier one of that person (a lost token stops working).
    public Issued issueToken(Person actor, String handle) {
        requireChair(actor, "issue tokens");
        Issued issued;
        try {
            issued = people.dsl().transactionResult(tx -> {
                var repo = PeopleRepository.in(tx.dsl());
                var person = repo.find(handle)
                        .orElseThrow(() -> Problem.notFound("Nobody has the handle '" + handle + "'."));
                if (!person.active()) {
                    throw Problem.conflict(handle + " is deactivated; add them again under a new handle instead.");
                }
                repo.revokeTokens(handle);
                return issue(repo, person);
            });
        } finally {
            forget();   // also when the commit's answer was lost: it may have committed
        }
        events.publish(EventType.TOKEN_ISSUED, now(), actor.handle(), Map.of("handle", issued.person().handle()));
        return issued;
    }

    /// PPL-4 — deactivation is immediate: the person's tokens stop working with the next request.
    public Person deactivate(Person actor, String handle) {
        requireChair(actor, "deactivate people");
        Deactivation deactivated;
        try {
            deactivated = people.dsl().transactionResult(tx -> {
                var repo = PeopleRepository.in(tx.dsl());
                var person = repo.find(handle)
                        .orElseThrow(() -> Problem.notFound("Nobody has the handle '" + handle + "'."));
                if (person.handle().equals(actor.handle())) {
                    throw Problem.conflict("A chair cannot deactivate themselves; ask the other chair.");
                }
                if (!person.active()) {
                    return new Deactivation(person, false);
                }
                repo.deactivate(handle);
                repo.revokeTokens(handle);
                return new Deactivation(repo.find(handle).orElseThrow(), true);
            });
        } finally {
            forget();   // also when the commit's answer was lost: it may have committed
        }
        if (deactivated.changed()) {
            events.publish(EventType.PERSON_DEACTIVATED, now(), actor.handle(), Map.of("handle", handle));
        }
        return deactivated.person();
    }

    /// A person after `deactivate`, and whether they were active before it.
    private record Deactivation(Person person, boolean changed) {
    }

    /// The active person holding this token, if any.
    public Optional<Person> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return authenticateHash(Tokens.hash(token));
    }

    /// The active person holding the token whose SHA-256 hash this is. A web session keeps
    /// only the hash of the token it was started with, so replacing that token or deactivating
    /// its holder ends the session as well (PPL-3, PPL-4).
    ///
    /// A token that signed in is remembered for up to a second, so that a burst of requests
    /// checks it once. Replacing tokens or deactivating someone forgets them all: on this server
    /// before the change answers, on every other server sharing the database as its event
    /// arrives (EVT-6); the second bounds how late a change is seen when that event is lost.
    public Optional<Person> authenticateHash(String tokenHash) {
        return signedIn.get(tokenHash, () -> people.activeHolder(tokenHash)
                .filter(h -> Tokens.sameHash(h.storedHash(), tokenHash))
                .map(PeopleRepository.Holder::person));
    }

    /// Forgets every remembered token: someone's tokens or standing changed.
    private void forget() {
        signedIn.forgetAll();
    }


    private Issued create(PeopleRepository repo, NewPerson input) {
        var handle = input.handle() == null ? "" : input.handle().strip();
        if (!isHandle(handle)) {
            throw Problem.invalid("handle", "handle must be 2 to 32 lowercase letters, digits or dashes, like 'ana' or 'vp-music'.");
        }
        var name = Text.required("name", input.name(), 200);
        var role = Role.parse(input.role() == null ? "" : input.role().strip())
                .orElseThrow(() -> Problem.invalid("role", "role must be chair, vp or member."));
        var team = Text.optional("team", input.team(), 200, false);
        if (repo.find(handle).isPresent()) {
            throw Problem.conflict("The handle '" + handle + "' is taken; pick another.");
        }
        var person = new Person(handle, name, role, team, true, clock.instant());
        repo.insert(person);
        return issue(repo, person);
    }

    private Issued issue(PeopleRepository repo, Person person) {
        var token = Tokens.generate();
        repo.addToken(person.handle(), Tokens.hash(token), clock.instant());
        return new Issued(person, token);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireChair(Person actor, String what) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may " + what + "; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
    }
}
