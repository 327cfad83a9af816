package io.eteam.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/// Writes instants as local times of one zone, straight into the renderer's buffer.
///
/// A year's report writes two instants per row, 200,000 in all. `DateTimeFormatter` builds a
/// `ZonedDateTime` and a print context for each and asks the zone's rules for the offset every
/// time; here the offset is looked up once per stretch between two offset changes and the
/// digits are written by hand. The text is what `ISO_OFFSET_DATE_TIME` writes.
final class TimeText {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private int offset;
    private long lastDay = Long.MIN_VALUE;
    private String lastDate;

    TimeText(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /// `2026-11-24T13:05:00+01:00`, with a fraction of a second only when there is one, and `Z`
    /// for +00:00.
    void appendIso(StringBuilder out, Instant at) {
        long local = local(at);
        appendDate(out, local);
        out.append('T');
        appendTime(out, local, true);
        int nanos = at.getNano();
        if (nanos > 0) {
            appendFraction(out, nanos);
        }
        appendOffset(out);
    }

    /// `2026-11-24 13:05`: local time to the minute, for people.
    void appendMinutes(StringBuilder out, Instant at) {
        long local = local(at);
        appendDate(out, local);
        out.append(' ');
        appendTime(out, local, false);
    }

    /// Seconds since 1970-01-01T00:00 local time.
    private long local(Instant at) {
        long second = at.getEpochSecond();
        if (second < validFrom || second >= validUntil) {
            lookUp(at);
        }
        return second + offset;
    }

    /// The offset at `at` and the stretch of instants around it that share it. When `at` is
    /// itself an offset change, the stretch starts at `at`.
    private void lookUp(Instant at) {
        offset = rules.getOffset(at).getTotalSeconds();
        var next = rules.nextTransition(at);
        var previous = rules.previousTransition(at);
        validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        validFrom = previous == null ? Long.MIN_VALUE
                : previous.getOffsetAfter().getTotalSeconds() == offset ? previous.toEpochSecond()
                : at.getEpochSecond();
    }

    private void appendOffset(StringBuilder out) {
        if (offset == 0) {
            out.append('Z');
            return;
        }
        int abs = Math.abs(offset);
        out.append(offset < 0 ? '-' : '+');
        two(out, abs / 3600);
        out.append(':');
        two(out, abs / 60 % 60);
        if (abs % 60 != 0) {
            out.append(':');
            two(out, abs % 60);
        }
    }

    /// Rows come in closing or raising order, so most dates repeat the one before.
    private void appendDate(StringBuilder out, long local) {
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        if (day != lastDay) {
            lastDay = day;
            lastDate = LocalDate.ofEpochDay(day).toString();
        }
        out.append(lastDate);
    }

    private static void appendTime(StringBuilder out, long local, boolean seconds) {
        int secondOfDay = (int) Math.floorMod(local, SECONDS_PER_DAY);
        two(out, secondOfDay / 3600);
        out.append(':');
        two(out, secondOfDay / 60 % 60);
        if (seconds) {
            out.append(':');
            two(out, secondOfDay % 60);
        }
    }

    /// As many digits as the fraction needs, trailing zeros dropped: `.5`, `.123`, `.000000001`.
    private static void appendFraction(StringBuilder out, int nanos) {
        out.append('.');
        int rest = nanos;
        for (int unit = 100_000_000; rest > 0; unit /= 10) {
            out.append((char) ('0' + rest / unit));
            rest %= unit;
        }
    }

    private static void two(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
