package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// A server's deferral check when the server stops (`DeferralCheck.shutDown`).
class DeferralCheckShutDownTest {

    @Test
    @Timeout(60)
    void shutting_down_waits_for_a_loading_under_way_which_then_still_answers() {
        var check = DeferralCheck.background().startLoading();

        check.shutDown(Duration.ofSeconds(30));

        // The loading ended before shutDown returned: nothing is left running in native code.
        assertThat(check.check("Ship it Monday; Ana owns it.").deferral()).isFalse();
    }

    @Test
    @Timeout(10)
    void after_shutting_down_a_loading_never_begins_and_a_check_is_refused_rather_than_left_waiting() {
        var check = DeferralCheck.background();

        check.shutDown(Duration.ofSeconds(1));
        check.startLoading();

        assertThatThrownBy(() -> check.check("Ship it Monday."))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shut down");
    }
}
