package io.eteam.people;

import io.eteam.event.EventBus;
import static io.eteam.db.schema.Tables.API_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.db.Database;
import io.eteam.problem.Problem;
import io.eteam.support.TestServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PeopleServiceTest {

    static Database db;
    static PeopleService people;
    static Person chair;

    @BeforeAll
    static void open() {
        db = Database.open(TestServer.memoryDb());
        people = new PeopleService(new PeopleRepository(db.dsl()), new EventBus(), Clock.systemUTC());
        chair = people.init("ana", "Ana Andersson").person();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_token_is_stored_only_as_its_hash() {
        var issued = people.add(chair, new NewPerson("hash-check", "Hal Hash", "vp", null));

        var stored = db.dsl().select(API_TOKEN.TOKEN_HASH).from(API_TOKEN).where(API_TOKEN.HANDLE.eq("hash-check")).fetchOne(API_TOKEN.TOKEN_HASH);
        assertThat(stored).isEqualTo(Tokens.hash(issued.token())).isNotEqualTo(issued.token());
        assertThat(people.authenticate(issued.token())).map(Person::handle).contains("hash-check");
    }

    @Test
    void a_token_carries_at_least_128_random_bits() {
        var token = Tokens.generate();
        assertThat(token.substring(3)).hasSizeGreaterThanOrEqualTo(22);
        assertThat(Tokens.generate()).isNotEqualTo(token);
    }

    @Test
    void init_is_refused_once_anyone_exists() {
        assertThatThrownBy(() -> people.init("bo", "Bo Berg"))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT));
    }

    @Test
    void a_vp_adding_people_is_refused_in_the_service_itself() {
        var vp = people.add(chair, new NewPerson("vp-service", "Vera VP", "vp", "Music")).person();

        assertThatThrownBy(() -> people.add(vp, new NewPerson("friend", "Fran", "vp", null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    }

    @Test
    void a_deactivated_persons_token_stops_working_at_once() {
        var issued = people.add(chair, new NewPerson("short-stay", "Sam Short", "vp", null));
        assertThat(people.authenticate(issued.token())).isPresent();

        people.deactivate(chair, "short-stay");

        assertThat(people.authenticate(issued.token())).isEmpty();
        assertThat(people.get("short-stay").active()).isFalse();
    }

    @Test
    void a_replaced_token_that_just_signed_in_stops_working_at_once() {
        var first = people.add(chair, new NewPerson("token-loser", "Tom Loser", "vp", null));
        assertThat(people.authenticate(first.token())).isPresent();

        var second = people.issueToken(chair, "token-loser");

        assertThat(people.authenticate(first.token())).isEmpty();
        assertThat(people.authenticate(second.token())).hasValueSatisfying(p -> assertThat(p.handle()).isEqualTo("token-loser"));
    }

    /// A token that signed in is taken at its word for at most a second: a change that reaches
    /// the database without this server hearing of it (its event lost) is seen after that.
    @Test
    void a_token_removed_behind_the_services_back_stops_working_within_a_second() throws Exception {
        var issued = people.add(chair, new NewPerson("backdoor", "Bea Door", "vp", null));
        assertThat(people.authenticate(issued.token())).isPresent();

        db.dsl().deleteFrom(API_TOKEN).where(API_TOKEN.HANDLE.eq("backdoor")).execute();
        long removed = System.nanoTime();
        while (people.authenticate(issued.token()).isPresent()) {
            assertThat(System.nanoTime() - removed).as("still signed in after a second").isLessThan(1_500_000_000L);
            Thread.sleep(20);
        }
    }

    @Test
    void handles_must_be_lowercase_letters_digits_or_dashes_and_unique() {
        assertThatThrownBy(() -> people.add(chair, new NewPerson("Ana", "Ana", "vp", null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.field()).isEqualTo("handle"));
        assertThatThrownBy(() -> people.add(chair, new NewPerson("ana", "Another Ana", "vp", null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT));
    }
}
