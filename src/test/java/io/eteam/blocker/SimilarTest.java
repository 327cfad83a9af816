package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/// BLK-12, the pure function: what counts as a close title, and how many are suggested.
class SimilarTest {

    static Blocker resolved(long id, String title) {
        return new Blocker(id, title, "", Kind.BLOCKED, Impact.MEDIUM, 10, "vp", null, Instant.EPOCH, Status.RESOLVED,
                Instant.parse("2026-11-03T12:00:00Z"), "d", "vp", null, null);
    }

    @Test
    void rewording_inflection_and_order_still_match_and_another_subject_does_not() {
        assertThat(Similar.score("Label deal blocks the Brazil launch", "Brazil launch blocked by the label deal")).isGreaterThan(0.8);
        assertThat(Similar.score("Label deal blocks the Brazil launch", "Label deal blocking Brazil launch again")).isGreaterThan(0.8);
        assertThat(Similar.score("Label deal blocks the Brazil launch", "Studio lease renewal")).isLessThan(0.2);
        assertThat(Similar.score("Café opening", "Cafe opening")).isEqualTo(1.0);
        assertThat(Similar.score("", "Anything")).isZero();
        assertThat(Similar.score("the of and", "the of and")).as("nothing but function words").isZero();
    }

    @Test
    void at_most_three_are_suggested_closest_first() {
        var candidates = List.of(resolved(1, "Studio lease renewal"), resolved(2, "Label deal blocks Brazil"),
                resolved(3, "Label deal blocks the Brazil launch"), resolved(4, "Brazil launch label deal"),
                resolved(5, "The label deal blocks our Brazil launch"));

        var matches = Similar.matches("Label deal blocks the Brazil launch", candidates);

        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).id()).isIn(3L, 5L);
        assertThat(matches).extracting(Similar.Match::id).doesNotContain(1L);
        assertThat(matches.get(0).score()).isGreaterThanOrEqualTo(matches.get(2).score());
    }
}
