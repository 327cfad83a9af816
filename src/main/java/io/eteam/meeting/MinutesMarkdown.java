package io.eteam.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/// The minutes as Markdown, for pasting into mail, chat or a wiki: the meeting, who attended,
/// the items in the order they closed then the overflow, and the deferrals refused in the room.
/// Every text a person typed is escaped (MIN-7).
public final class MinutesMarkdown {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final String NONE = "–";
    /// The ASCII characters `escape` backslash-escapes, looked up by code.
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : "\\`*_[]<>|~&#!".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private MinutesMarkdown() {
    }

    public static String render(Minutes minutes) {
        var m = minutes.meeting();
        var zone = ZoneId.of(m.zone());
        var md = new StringBuilder(4096 + 400 * minutes.items().size());
        md.append("# Minutes of the E-Team meeting, ").append(DAY.format(m.date())).append("\n\n")
                .append("Held ").append(clock(m.startedAt(), zone)).append('–').append(clock(m.endedAt(), zone))
                .append(" (").append(duration(m.tookSeconds())).append("), scheduled ")
                .append(clock(m.startsAt(), zone)).append('–').append(clock(m.endsAt(), zone))
                .append(". Times in ").append(m.zone()).append(".\n");
        attendance(md, minutes, zone);
        followUp(md, minutes);
        items(md, minutes, zone);
        deferrals(md, "Refused deferrals", "No decision or reason was refused as a deferral.",
                minutes.refusedDeferrals(), zone);
        if (!minutes.overrules().isEmpty()) {
            deferrals(md, "Overruled by a chair", "", minutes.overrules(), zone);
        }
        return md.toString();
    }

    /// MIN-4 — the actions the meeting opened with.
    private static void followUp(StringBuilder md, Minutes minutes) {
        if (minutes.followUp().isEmpty()) {
            return;
        }
        md.append("\n## Follow-up (").append(minutes.followUp().size()).append(")\n\n");
        md.append("| # | decision | owner | due | status |\n|---:|---|---|---|---|\n");
        for (var a : minutes.followUp()) {
            md.append("| ").append(a.id()).append(" | ");
            escape(md, a.decision()).append(" | ");
            escape(md, a.owner()).append(" | ").append(a.due()).append(" | ").append(a.status()).append(" |\n");
        }
    }

    /// MIN-4 — a length of time as people say it: "45 s", "12 min", "1 h 5 min 30 s".
    public static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        var text = new StringBuilder();
        long h = seconds / 3600;
        long min = seconds % 3600 / 60;
        long s = seconds % 60;
        if (h > 0) {
            text.append(h).append(" h");
        }
        if (min > 0) {
            text.append(text.isEmpty() ? "" : " ").append(min).append(" min");
        }
        if (s > 0) {
            text.append(' ').append(s).append(" s");
        }
        return text.toString();
    }

    private static void attendance(StringBuilder md, Minutes minutes, ZoneId zone) {
        md.append("\n## Attended (").append(minutes.attendees().size()).append(")\n\n");
        if (minutes.attendees().isEmpty()) {
            md.append("Nobody checked in.\n");
        } else {
            md.append("| who | role | checked in | by |\n|---|---|---|---|\n");
            for (var a : minutes.attendees()) {
                escape(md.append("| "), a.name()).append(" (");
                escape(md, a.handle()).append(") | ");
                escape(md, a.role()).append(" | ").append(clock(a.checkedInAt(), zone)).append(" | ");
                escape(md, a.checkedInBy()).append(" |\n");
            }
        }
        if (!minutes.refusedAtTheDoor().isEmpty()) {
            md.append("\n### Refused at the door (").append(minutes.refusedAtTheDoor().size()).append(")\n\n")
                    .append("| when | who | for | why |\n|---|---|---|---|\n");
            for (var r : minutes.refusedAtTheDoor()) {
                md.append("| ").append(clock(r.at(), zone)).append(" | ");
                escape(md, r.actor()).append(" | ");
                escape(md, r.forHandle()).append(" | ");
                escape(md, r.reason()).append(" |\n");
            }
        }
    }

    private static void items(StringBuilder md, Minutes minutes, ZoneId zone) {
        md.append("\n## Items (").append(minutes.items().size()).append(")\n\n");
        if (minutes.items().isEmpty()) {
            md.append("The agenda was empty.\n");
            return;
        }
        md.append("| # | id | item | outcome | decision or reason | owner | due | came up | closed | took |\n")
                .append("|---:|---:|---|---|---|---|---|---|---|---:|\n");
        for (var i : minutes.items()) {
            md.append("| ").append(i.rank() == null ? NONE : i.rank().toString())
                    .append(" | ").append(i.blockerId()).append(" | ");
            escape(md, i.title()).append(" | ").append(i.outcome().wire()).append(" | ");
            switch (i.outcome()) {
                case RESOLVED -> {
                    escape(md, i.decision());
                    if (i.rationale() != null) {
                        escape(md.append(" (why: "), i.rationale()).append(')');
                    }
                }
                case WITHDRAWN -> escape(md, i.reason());
                case OVERFLOW -> md.append("left open");
            }
            if (i.overrule() != null) {
                escape(escape(md.append(" (deferral check overruled by "), i.recordedBy()).append(": "), i.overrule())
                        .append(')');
            }
            md.append(" | ").append(i.owner() == null ? NONE : escape(new StringBuilder(), i.owner()))
                    .append(" | ").append(i.due() == null ? NONE : i.due().toString())
                    .append(" | ").append(i.cameUpAt() == null ? NONE : clock(i.cameUpAt(), zone))
                    .append(" | ").append(i.closedAt() == null ? NONE : clock(i.closedAt(), zone))
                    .append(" | ").append(i.tookSeconds() == null ? NONE : duration(i.tookSeconds()))
                    .append(" |\n");
        }
        long overflow = minutes.items().stream().filter(i -> i.outcome() == Minutes.Outcome.OVERFLOW).count();
        md.append('\n').append(overflow == 0 ? "Every item on the agenda was closed." : overflow
                + (overflow == 1 ? " item was" : " items were") + " left open and go to the next meeting.");
        md.append(" After the last outcome ").append(duration(minutes.afterLastOutcomeSeconds()))
                .append(" passed until the end.\n");
    }

    private static void deferrals(StringBuilder md, String heading, String none, List<Minutes.DeferralAttempt> attempts,
                                  ZoneId zone) {
        md.append("\n## ").append(heading).append(" (").append(attempts.size()).append(")\n\n");
        if (attempts.isEmpty()) {
            md.append(none).append('\n');
            return;
        }
        boolean overrules = attempts.get(0).overrule() != null;
        md.append("| when | by | id | item | text | words that defer |").append(overrules ? " why it stands |" : "")
                .append("\n|---|---|---:|---|---|---|").append(overrules ? "---|" : "").append('\n');
        for (var a : attempts) {
            md.append("| ").append(clock(a.at(), zone)).append(" | ");
            escape(md, a.by()).append(" | ").append(a.blockerId()).append(" | ");
            escape(md, a.title()).append(" | ");
            escape(md, a.text()).append(" | ");
            escape(md, a.phrase()).append(" |");
            if (overrules) {
                escape(md.append(' '), a.overrule()).append(" |");
            }
            md.append('\n');
        }
    }

    /// MIN-7 — appends text a person typed, safe inside a table cell: Markdown's specials are
    /// backslash-escaped, so a `|` cannot split a cell, a `<` cannot open HTML, a `[` cannot make
    /// a link and a `#` cannot make a heading; line breaks become spaces, as a row is one line.
    static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out.append(NONE);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else {
                if (c < SPECIAL.length && SPECIAL[c]) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out;
    }

    private static String clock(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }
}
