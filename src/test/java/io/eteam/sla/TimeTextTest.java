package io.eteam.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/// `TimeText` writes what `DateTimeFormatter` writes, only faster: checked against it.
class TimeTextTest {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Stockholm"), ZoneId.of("UTC"),
            ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Africa/Monrovia"), ZoneId.of("Pacific/Chatham"));
    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Test
    void iso_text_matches_the_iso_offset_formatter_across_offset_changes_in_any_order() {
        var random = new Random(20261124L);
        long from = Instant.parse("1960-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        for (var zone : ZONES) {
            var text = new TimeText(zone);
            for (int i = 0; i < 20_000; i++) {
                var at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), nanos(random));
                var out = new StringBuilder();
                text.appendIso(out, at);
                text.appendMinutes(out.append('|'), at);

                assertThat(out).as("%s in %s", at, zone).hasToString(
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)) + "|" + MINUTES.format(at.atZone(zone)));
            }
        }
    }

    @Test
    void iso_text_matches_the_formatter_on_both_sides_of_every_offset_change() {
        for (var zone : ZONES) {
            var text = new TimeText(zone);
            var rules = zone.getRules();
            var change = rules.nextTransition(Instant.parse("2000-01-01T00:00:00Z"));
            for (int n = 0; n < 60 && change != null; n++) {
                for (long delta : new long[] {-1, 0, 1}) {
                    var at = change.getInstant().plusSeconds(delta);
                    var out = new StringBuilder();
                    text.appendIso(out, at);

                    assertThat(out).as("%s in %s", at, zone)
                            .hasToString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)));
                }
                change = rules.nextTransition(change.getInstant());
            }
        }
    }

    static int nanos(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
    }
}
