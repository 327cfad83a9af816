package io.eteam.blocker;

import io.eteam.deferral.DeferralCheck;
import io.eteam.event.EventBus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eteam.db.Database;
import io.eteam.people.NewPerson;
import io.eteam.people.PeopleRepository;
import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import io.eteam.support.TestServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BlockerServiceTest {

    static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");

    static Database db;
    static BlockerService blockers;
    static Person chair;
    static Person vp;
    static Person member;

    @BeforeAll
    static void open() {
        db = Database.open(TestServer.memoryDb());
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var people = new PeopleService(new PeopleRepository(db.dsl()), new EventBus(), clock);
        chair = people.init("ana", "Ana Andersson").person();
        vp = people.add(chair, new NewPerson("bo", "Bo Berg", "vp", "Music")).person();
        member = people.add(chair, new NewPerson("cy", "Cy Clerk", "member", null)).person();
        blockers = new BlockerService(new BlockerRepository(db.dsl()), new DeferralCheck(), new EventBus(), clock);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_raised_blocker_gets_the_impacts_default_time_box_and_the_clocks_time() {
        var b = blockers.raise(vp, new RaiseBlocker("Ads SDK blocks release", null, "blocked", "low", null, null));

        assertThat(b.minutes()).isEqualTo(5);
        assertThat(b.impact()).isEqualTo(Impact.LOW);
        assertThat(b.raisedAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123Z"));
        assertThat(b.status()).isEqualTo(Status.OPEN);
        assertThat(blockers.history(b.id())).extracting(BlockerEvent::action).containsExactly("raised");
    }

    @Test
    void impact_defaults_to_medium_with_ten_minutes() {
        var b = blockers.raise(vp, new RaiseBlocker("Two roadmaps for search", null, "misaligned", null, null, null));
        assertThat(b.impact()).isEqualTo(Impact.MEDIUM);
        assertThat(b.minutes()).isEqualTo(10);
    }

    @Test
    void a_member_is_refused_by_the_service_not_only_by_the_route() {
        assertThatThrownBy(() -> blockers.raise(member, new RaiseBlocker("Decide", null, "blocked", null, null, null)))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN);
                    assertThat(p.getMessage()).isEqualTo("Only VPs raise blockers: cy is a member. Ask your VP to raise it.");
                });
    }

    @Test
    void blocking_must_name_a_vp_or_chair_not_a_member() {
        assertThatThrownBy(() -> blockers.raise(vp, new RaiseBlocker("Waiting on Cy", null, "blocked", null, "cy", null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.field()).isEqualTo("blocking"));
    }

    @Test
    void a_title_counts_characters_as_people_do() {
        var emoji = "🚧".repeat(200);
        assertThat(blockers.raise(vp, new RaiseBlocker(emoji, null, "blocked", null, null, null)).title()).isEqualTo(emoji);
        assertThatThrownBy(() -> blockers.raise(vp, new RaiseBlocker("x".repeat(201), null, "blocked", null, null, null)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.field()).isEqualTo("title"));
    }

    @Test
    void another_vp_cannot_edit_a_blocker_they_did_not_raise() {
        var b = blockers.raise(vp, new RaiseBlocker("Pricing test stalled", null, "off-track", null, null, null));
        var other = new Person("dee", "Dee", io.eteam.people.Role.VP, null, true, NOW);

        assertThatThrownBy(() -> blockers.edit(other, b.id(), new BlockerEdit("New", null, null, null, null, null, null, Set.of("title"))))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    }

    @Test
    void an_edit_is_kept_in_the_history_with_from_and_to() {
        var b = blockers.raise(vp, new RaiseBlocker("Catalog feed late", null, "blocked", "medium", null, null));

        var edited = blockers.edit(chair, b.id(), new BlockerEdit(null, null, null, "high", null, null, null, Set.of("impact")));

        assertThat(edited.impact()).isEqualTo(Impact.HIGH);
        assertThat(edited.minutes()).isEqualTo(15);
        var last = blockers.history(b.id()).get(1);
        assertThat(last.action()).isEqualTo("edited");
        assertThat(last.actor()).isEqualTo("ana");
        assertThat(last.change()).contains("\"impact\":{\"from\":\"medium\",\"to\":\"high\"}");
    }
}
