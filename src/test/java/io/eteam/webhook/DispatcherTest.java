package io.eteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/// HOOK-2, HOOK-4 — where a delivery may go, and how long it waits before it is tried again.
class DispatcherTest {

    @Test
    void a_delivery_never_goes_to_a_link_local_wildcard_or_multicast_address_but_may_go_to_loopback_or_a_private_network() {
        assertThat(Dispatcher.refusedAddress("169.254.169.254")).as("a cloud's metadata service").isEqualTo("169.254.169.254");
        assertThat(Dispatcher.refusedAddress("0.0.0.0")).isEqualTo("0.0.0.0");
        assertThat(Dispatcher.refusedAddress("224.0.0.1")).isEqualTo("224.0.0.1");
        assertThat(Dispatcher.refusedAddress("[fe80::1]")).isNotNull();
        assertThat(Dispatcher.refusedAddress("127.0.0.1")).isNull();
        assertThat(Dispatcher.refusedAddress("10.1.2.3")).isNull();
        assertThat(Dispatcher.refusedAddress("localhost")).isNull();
        assertThat(Dispatcher.refusedAddress("no-such-host.invalid")).as("left to the request, which fails").isNull();
    }

    @Test
    void a_failed_delivery_waits_10_seconds_then_twice_as_long_each_time_and_never_more_than_an_hour() {
        assertThat(Dispatcher.backOff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Dispatcher.backOff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Dispatcher.backOff(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(Dispatcher.backOff(12)).isEqualTo(Duration.ofHours(1));
        assertThat(Dispatcher.backOff(Dispatcher.ATTEMPTS)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_listed_address_keeps_its_host_and_first_path_part_only() {
        assertThat(WebhookService.shown("https://hooks.slack.com/services/T0/B0/secret")).isEqualTo("https://hooks.slack.com/services/…");
        assertThat(WebhookService.shown("https://webhook.site/3f1c2a9e-secret")).isEqualTo("https://webhook.site/…");
        assertThat(WebhookService.shown("https://ops.example.com:8443/?token=secret")).isEqualTo("https://ops.example.com:8443/");
    }
}
