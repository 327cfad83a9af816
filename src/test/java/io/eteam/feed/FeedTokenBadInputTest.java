package io.eteam.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.RawHttp;
import io.eteam.support.RawHttp.Request;
import io.eteam.support.TestServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Generated feed tokens, sent as raw bytes on a socket: random text, unicode, invalid
/// percent-encoding, very long values, repeated parameters. None gets a 5xx or a feed; each
/// refusal of `/calendar.ics` is the API's error shape, and the real feed still answers after.
///
/// Seeded and printing its seed; `-Deteam.fuzz.seed=N` replays a run.
class FeedTokenBadInputTest {

    static TestServer server;
    static RawHttp raw;
    static String path;

    @BeforeAll
    static void start() {
        // Wrong tokens are what this sends; throttling them is FeedApiTest's.
        server = TestServer.start(Clock.systemUTC(), TestServer.unthrottled());
        raw = new RawHttp(server.app.port());
        path = server.http.post("/api/v1/feed-token", server.chairToken, null).json().path("path").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void generated_tokens_never_get_a_5xx_nor_a_feed() throws IOException {
        long seed = Long.getLong("eteam.fuzz.seed", new SecureRandom().nextLong());
        System.out.println("FeedTokenBadInputTest: seed " + seed + " (replay with -Deteam.fuzz.seed=" + seed + ")");
        var random = new Random(seed);
        var realToken = path.substring(path.indexOf('=') + 1);
        var failures = new ArrayList<String>();
        for (int n = 0; n < 400; n++) {
            var query = query(random, realToken, server.chairToken);
            var answer = raw.send(Request.of(random.nextInt(8) == 0 ? "HEAD" : "GET", "/calendar.ics" + query));
            int status = answer.status();
            var json = answer.json();
            boolean shaped = answer.header("Content-Type") != null && answer.header("Content-Type").startsWith("application/json")
                    && json != null && json.path("error").isTextual() && json.path("message").isTextual();
            if (status < 400 || status >= 500 || (status != 414 && status != 431 && !answer.text().isEmpty() && !shaped)
                    || answer.text().contains("BEGIN:VCALENDAR")) {
                failures.add(status + " for " + shown(query) + ": " + answer.text());
            }
        }
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(server.http.get(path, null).status()).isEqualTo(200);
    }

    /// A query string as it goes on the wire, never one holding the real token alone.
    static String query(Random random, String realToken, String apiToken) {
        return switch (random.nextInt(12)) {
            case 0 -> "?token=" + printable(random, random.nextInt(60));
            case 1 -> "?token=" + URLEncoder.encode(unicode(random, 1 + random.nextInt(40)), StandardCharsets.UTF_8);
            case 2 -> "?token=" + unicode(random, 1 + random.nextInt(20));                // raw UTF-8 in the request line
            case 3 -> "?token=" + percentBytes(random, 1 + random.nextInt(30));           // any bytes, UTF-8 or not
            case 4 -> "?token=" + "etf_" + "A".repeat(random.nextInt(5_000));             // long, up to and past what a URL may be
            case 5 -> "?token=" + realToken.substring(0, random.nextInt(realToken.length()));
            case 6 -> "?token=" + realToken + "xyz_-0".charAt(random.nextInt(6));
            case 7 -> "?token=" + URLEncoder.encode(apiToken, StandardCharsets.UTF_8);
            case 8 -> "?token=" + percentBytes(random, 1) + realToken;
            case 9 -> "?token=&token=" + printable(random, 10);
            case 10 -> "?" + printable(random, random.nextInt(30));
            default -> "?token=%" + printable(random, 2) + "&x=%zz%";
        };
    }

    private static String printable(Random random, int length) {
        var text = new StringBuilder();
        String alphabet = "abcXYZ019_-.~!$'()*+,;:@/?=&%";
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String unicode(Random random, int length) {
        int[] points = {'é', 'ß', '中', 0x202E, 0x200B, 0x0301, 0xFEFF, 0x1F3B5, 0x1D11E, 0x10FFFF, 'A', 0xFFFD};
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return text.toString();
    }

    private static String percentBytes(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append('%').append(String.format("%02X", random.nextInt(256)));
        }
        return text.toString();
    }

    private static String shown(String query) {
        return query.length() > 120 ? query.substring(0, 120) + "… (" + query.length() + " characters)" : query;
    }
}
