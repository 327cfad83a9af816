package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/// The arithmetic of counting refused sign-ins per address, on a clock the test moves.
class ThrottleTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final Throttle throttle = new Throttle(3, Duration.ofSeconds(2), 100, nanos::get);

    @Test
    void an_address_waits_only_after_its_burst_of_refusals() {
        assertThat(throttle.count("10.0.0.1")).isFalse();
        assertThat(throttle.count("10.0.0.1")).isFalse();
        assertThat(throttle.retryAfter("10.0.0.1")).isZero();

        assertThat(throttle.count("10.0.0.1")).as("the third refusal starts the wait").isTrue();

        assertThat(throttle.retryAfter("10.0.0.1")).isEqualTo(2);
        assertThat(throttle.retryAfter("10.0.0.2")).as("another address").isZero();
    }

    @Test
    void the_limit_decays_one_refusal_per_refill() {
        for (int i = 0; i < 3; i++) {
            throttle.count("10.0.0.1");
        }
        advance(Duration.ofMillis(1500));
        assertThat(throttle.retryAfter("10.0.0.1")).isEqualTo(1);

        advance(Duration.ofMillis(500));
        assertThat(throttle.retryAfter("10.0.0.1")).as("one refill later, one more try").isZero();
        assertThat(throttle.count("10.0.0.1")).isTrue();
        assertThat(throttle.retryAfter("10.0.0.1")).isEqualTo(2);

        advance(Duration.ofSeconds(6));
        assertThat(throttle.count("10.0.0.1")).as("decayed to nothing, a full burst again").isFalse();
        assertThat(throttle.count("10.0.0.1")).isFalse();
    }

    @Test
    void an_attacker_rotating_addresses_cannot_grow_memory() {
        for (int i = 0; i < 10_000; i++) {
            throttle.count("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(100);
    }

    @Test
    void the_addresses_of_one_ipv6_network_count_together() {
        throttle.count("2001:db8:1:2::1");
        throttle.count("2001:db8:1:2:ffff::7");
        throttle.count("[2001:db8:1:2::99]");

        assertThat(throttle.retryAfter("2001:db8:1:2::1234")).isPositive();
        assertThat(throttle.retryAfter("2001:db8:1:3::1")).isZero();
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }
}
