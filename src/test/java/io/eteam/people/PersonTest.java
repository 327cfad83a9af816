package io.eteam.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/// The VPs-only rule, in the one place it is stated.
class PersonTest {

    private static Person person(Role role, boolean active) {
        return new Person("p", "P", role, "Music", active, Instant.EPOCH);
    }

    @Test
    void only_active_vps_and_chairs_attend_and_history_may_name_any_vp_or_chair() {
        assertThat(person(Role.VP, true).canAttend()).isTrue();
        assertThat(person(Role.CHAIR, true).canAttend()).isTrue();
        assertThat(person(Role.MEMBER, true).canAttend()).isFalse();
        assertThat(person(Role.VP, false).canAttend()).isFalse();
        assertThat(person(Role.VP, false).hasSeat()).isTrue();
        assertThat(person(Role.MEMBER, true).hasSeat()).isFalse();
    }

    @Test
    void a_chair_or_the_raiser_acts_on_a_blocker() {
        assertThat(person(Role.VP, true).isChairOr("p")).isTrue();
        assertThat(person(Role.VP, true).isChairOr("q")).isFalse();
        assertThat(person(Role.CHAIR, true).isChairOr("q")).isTrue();
    }
}
