package io.eteam.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Which `Host` a browser's request to `/mcp` may name: this server's own names, never the
/// domain of a page that DNS rebinding pointed at it.
class OriginsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            localhost                 | true
            localhost:7070            | true
            LOCALHOST:7070            | true
            app.localhost:7070        | true
            127.0.0.1:7070            | true
            10.1.2.3                  | true
            [::1]:7070                | true
            [2001:db8::7]             | true
            eteam.example             | true
            ETeam.Example:443         | true
            evil.example.com          | false
            evil.example.com:7070     | false
            localhost.evil.example    | false
            eteam.example.evil.com    | false
            127.0.0.1.evil.example    | false
            [::1                      | false
            ''                        | false
            localhost.                | true
            localhost.:7070           | true
            eteam.example.            | true
            [evil]                    | false
            []                        | false
            [::1]evil                 | false
            localhost:evil            | false
            :7070                     | false
            eteam.example:443:1       | false
            """)
    void a_host_is_served_when_it_is_loopback_an_ip_address_or_a_configured_name(String host, boolean served) {
        assertThat(Origins.servedAs(host, List.of("eteam.example"))).as(host).isEqualTo(served);
        var given = Limits.DEFAULT.named(List.of("ETeam.Example.", "", "other.example:8443")).names();
        assertThat(Origins.servedAs(host, given)).as("names as serve --name gives them: %s", host).isEqualTo(served);
    }
}
