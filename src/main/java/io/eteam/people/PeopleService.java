package io.eteam.people;

import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/// Who may use eteam and how they prove it. Rules are in package-info.
public final class PeopleService {

    private static final Pattern HANDLE = Pattern.compile("[a-z0-9-]{2,32}");

    private final PeopleRepository people;
    private final Clock clock;

    /// P2 — true when `text` has the shape of a handle (whether or not anyone has it).
    public static boolean isHandle(String text) {
        return text != null && HANDLE.matcher(text).matches();
    }

    public PeopleService(PeopleRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /// P1 — the first chair of a new installation; refused once anyone exists.
    public Issued init(String handle, String name) {
        return people.dsl().transactionResult(tx -> {
            var repo = PeopleRepository.in(tx.dsl());
            if (repo.count() > 0) {
                throw Problem.conflict("This database already has people; ask a chair for a token instead of running init again.");
            }
            return create(repo, new NewPerson(handle, name, "chair", null));
        });
    }

    /// P2 — only a chair adds people.
    public Issued add(Person actor, NewPerson input) {
        requireChair(actor, "add people");
        return people.dsl().transactionResult(tx -> create(PeopleRepository.in(tx.dsl()), input));
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

    /// P3 — a new token replaces every earlier one of that person (a lost token stops working).
    public Issued issueToken(Person actor, String handle) {
        requireChair(actor, "issue tokens");
        return people.dsl().transactionResult(tx -> {
            var repo = PeopleRepository.in(tx.dsl());
            var person = repo.find(handle)
                    .orElseThrow(() -> Problem.notFound("Nobody has the handle '" + handle + "'."));
            if (!person.active()) {
                throw Problem.conflict(handle + " is deactivated; add them again under a new handle instead.");
            }
            repo.revokeTokens(handle);
            return issue(repo, person);
        });
    }

    /// P4 — deactivation is immediate: the person's tokens stop working with the next request.
    public Person deactivate(Person actor, String handle) {
        requireChair(actor, "deactivate people");
        return people.dsl().transactionResult(tx -> {
            var repo = PeopleRepository.in(tx.dsl());
            var person = repo.find(handle)
                    .orElseThrow(() -> Problem.notFound("Nobody has the handle '" + handle + "'."));
            if (person.handle().equals(actor.handle())) {
                throw Problem.conflict("A chair cannot deactivate themselves; ask the other chair.");
            }
            repo.deactivate(handle);
            repo.revokeTokens(handle);
            return repo.find(handle).orElseThrow();
        });
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
    /// its holder ends the session as well (P3, P4).
    public Optional<Person> authenticateHash(String tokenHash) {
        return people.activeHolder(tokenHash)
                .filter(h -> Tokens.sameHash(h.storedHash(), tokenHash))
                .map(PeopleRepository.Holder::person);
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

    private static void requireChair(Person actor, String what) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may " + what + "; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
    }
}
