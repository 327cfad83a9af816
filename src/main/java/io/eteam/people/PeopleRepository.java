package io.eteam.people;

import static io.eteam.db.schema.Tables.API_TOKEN;
import static io.eteam.db.schema.Tables.PERSON;

import io.eteam.db.Rendered;
import io.eteam.db.schema.tables.records.PersonRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/// People and token hashes in the database.
public final class PeopleRepository {

    /// A token's hash and its holder's columns.
    private static final Field<?>[] HOLDER_FIELDS = holderFields();
    private static final Rendered HOLDER = new Rendered(dsl -> dsl.select(HOLDER_FIELDS)
            .from(API_TOKEN)
            .join(PERSON).on(PERSON.HANDLE.eq(API_TOKEN.HANDLE))
            .where(API_TOKEN.TOKEN_HASH.eq(DSL.param("token_hash", String.class)))
            .and(PERSON.ACTIVE.eq(DSL.inline(true))));

    private final DSLContext dsl;

    public PeopleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public static PeopleRepository in(DSLContext tx) {
        return new PeopleRepository(tx);
    }

    public int count() {
        return dsl.fetchCount(PERSON);
    }

    /// A text that is not a handle (PPL-2) names nobody, and is answered without asking the
    /// database: PostgreSQL refuses some texts as a query parameter (U+0000) where H2 finds none.
    public Optional<Person> find(String handle) {
        if (!PeopleService.isHandle(handle)) {
            return Optional.empty();
        }
        return dsl.selectFrom(PERSON)
                .where(PERSON.HANDLE.eq(handle))
                .fetchOptional(PeopleRepository::toPerson);
    }

    /// Chairs, then VPs, then members, each by handle in character order: sorted here, not by
    /// the database, whose collation may ignore the hyphens (PostgreSQL with en_US does).
    public List<Person> all() {
        var people = new ArrayList<>(dsl.selectFrom(PERSON).fetch(PeopleRepository::toPerson));
        people.sort(Comparator.comparingInt((Person p) -> switch (p.role().wire()) {
            case "chair" -> 0;
            case "vp" -> 1;
            default -> 2;
        }).thenComparing(Person::handle));
        return people;
    }

    public void insert(Person p) {
        dsl.insertInto(PERSON)
                .set(PERSON.HANDLE, p.handle())
                .set(PERSON.NAME, p.name())
                .set(PERSON.ROLE, p.role().wire())
                .set(PERSON.TEAM, p.team())
                .set(PERSON.ACTIVE, p.active())
                .set(PERSON.CREATED_AT, p.createdAt())
                .execute();
    }

    public void deactivate(String handle) {
        dsl.update(PERSON)
                .set(PERSON.ACTIVE, false)
                .where(PERSON.HANDLE.eq(handle))
                .execute();
    }

    public void addToken(String handle, String tokenHash, Instant at) {
        dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.HANDLE, handle)
                .set(API_TOKEN.TOKEN_HASH, tokenHash)
                .set(API_TOKEN.CREATED_AT, at)
                .execute();
    }

    public void revokeTokens(String handle) {
        dsl.deleteFrom(API_TOKEN)
                .where(API_TOKEN.HANDLE.eq(handle))
                .execute();
    }

    /// The active person holding the token with this hash, with the stored hash beside it.
    public Optional<Holder> activeHolder(String tokenHash) {
        return HOLDER.fetch(dsl, HOLDER_FIELDS, tokenHash).stream().findFirst()
                .map(r -> new Holder(r.get(API_TOKEN.TOKEN_HASH), toPerson(r.into(PERSON))));
    }

    private static Field<?>[] holderFields() {
        var person = PERSON.fields();
        var fields = new Field<?>[person.length + 1];
        fields[0] = API_TOKEN.TOKEN_HASH;
        System.arraycopy(person, 0, fields, 1, person.length);
        return fields;
    }

    /// A stored token hash and its holder.
    public record Holder(String storedHash, Person person) {
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getHandle(), r.getName(), Role.valueOf(r.getRole().toUpperCase()),
                r.getTeam(), r.getActive(), r.getCreatedAt());
    }
}
