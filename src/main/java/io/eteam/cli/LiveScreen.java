package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/// What `eteam meeting run` shows: the live meeting (`GET /api/v1/meetings/{date}/live`) laid out
/// for a terminal of a given size, top to bottom — the meeting and its time left, the current
/// item with its countdown and SLA clock, the items to come with the cut-off line, what was
/// decided, who is in the room — and at the bottom the form being typed, the last message and
/// the keys. Styles are only styles: with colour off (`NO_COLOR`, or a plain pipe) the words are
/// the same.
final class LiveScreen {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final String KEYS = "s start  n next  + minute  r resolve  w withdraw  o overflow  i check in  e end  ? keys  q quit";
    static final List<String> HELP = List.of(
            "Keys (chairs; everyone may look):",
            "  s   start the meeting (on its day)",
            "  n   move on to the next item; this one goes to the back of the queue",
            "  +   add a minute to the current item's time box",
            "  r   resolve the current item: decision, owner, due date (checked for deferrals as you type)",
            "  w   withdraw the current item, with the reason",
            "  o   push the current item to overflow: it is left for the next meeting",
            "  i   check yourself in",
            "  e   end the meeting",
            "  ?   show or hide these keys",
            "  q   quit (Ctrl-C too); the meeting goes on",
            "In a form: type, Backspace to delete, Enter for the next field, Esc to cancel.");

    private final boolean colour;

    LiveScreen(boolean colour) {
        this.colour = colour;
    }

    /// A form at the bottom of the screen: its title, the fields and their values so far, which
    /// one is being typed, and a line under it (the deferral check's verdict, or a refusal).
    record Form(String title, List<String> labels, List<String> values, int field, String verdict, boolean verdictBad) {
    }

    /// The screen at `width` × `height`.
    ///
    /// @param live the live meeting, or null before the first answer
    /// @param blocker the current item's blocker (its SLA clock), or null
    /// @param elapsedSeconds seconds since `live` was read, taken off its countdowns
    /// @param form the form being typed, or null
    /// @param message the last thing said to the user (an answer or a refusal), or null
    List<AttributedString> render(JsonNode live, JsonNode blocker, long elapsedSeconds, Form form, String message,
                                  boolean messageBad, boolean help, int width, int height) {
        var body = new ArrayList<AttributedString>();
        var foot = new ArrayList<AttributedString>();
        if (live == null) {
            body.add(plain("Reading the meeting…"));
        } else {
            body.add(header(live, elapsedSeconds, width));
            body.add(plain(""));
            if (help) {
                HELP.forEach(line -> body.add(plain(line)));
            } else {
                current(body, live, blocker, elapsedSeconds);
                coming(body, live);
                decided(body, live);
                room(body, live);
            }
        }
        if (form != null) {
            for (int i = 0; i <= form.field(); i++) {
                var line = new AttributedStringBuilder();
                line.append(i == 0 ? form.title() + " — " : "  ", bold());
                line.append(form.labels().get(i) + ": ");
                line.append(form.values().get(i));
                foot.add(line.toAttributedString());
            }
            if (form.verdict() != null) {
                foot.add(styled("  " + form.verdict(), form.verdictBad() ? red() : green()));
            }
        }
        if (message != null) {
            foot.add(styled(message, messageBad ? red() : green()));
        }
        foot.add(styled(KEYS, faint()));
        var screen = new ArrayList<AttributedString>();
        int room = Math.max(0, height - foot.size() - 1);
        for (int i = 0; i < Math.min(room, body.size()); i++) {
            screen.add(fit(body.get(i), width));
        }
        if (body.size() > room && room > 0) {
            screen.set(room - 1, fit(styled("  … (a taller window shows more)", faint()), width));
        }
        while (screen.size() < room) {
            screen.add(AttributedString.EMPTY);
        }
        screen.add(fit(styled("━".repeat(Math.max(0, width)), faint()), width));
        foot.forEach(line -> screen.add(fit(line, width)));
        return screen;
    }

    /// Where the cursor stands while a form is typed: the end of its field (row, column).
    static int[] cursor(List<AttributedString> screen, Form form, String message, int width) {
        int fromEnd = 1 + (message == null ? 0 : 1) + (form.verdict() == null ? 0 : 1);
        int row = screen.size() - 1 - fromEnd;
        return new int[] {row, Math.min(width - 1, screen.get(row).columnLength())};
    }

    private AttributedString header(JsonNode live, long elapsed, int width) {
        var m = live.path("meeting");
        var zone = Format.zone(m);
        var text = new StringBuilder(" E-Team meeting ");
        try {
            text.append(LocalDate.parse(m.path("date").asText()).format(DAY));
        } catch (java.time.DateTimeException e) {
            text.append(m.path("date").asText());
        }
        text.append(" · ").append(Format.clock(m.get("starts_at"), zone)).append('–').append(Format.clock(m.get("ends_at"), zone))
                .append(" · ").append(Format.text(m, "status").toUpperCase(Locale.ROOT));
        var left = live.get("seconds_left");
        if (left != null && left.isNumber()) {
            long s = left.asLong() - elapsed;
            text.append(" · ").append(s >= 0 ? hms(s) + " left" : hms(-s) + " over");
        }
        var line = text.toString();
        var padded = line + " ".repeat(Math.max(0, width - line.length()));
        return styled(padded, colour ? AttributedStyle.DEFAULT.inverse().bold() : AttributedStyle.DEFAULT);
    }

    private void current(List<AttributedString> body, JsonNode live, JsonNode blocker, long elapsed) {
        var c = live.get("current");
        if (c == null || c.isNull()) {
            var status = Format.text(live.path("meeting"), "status");
            body.add(plain(status.equals("ended") ? "The meeting has ended." : "No item is open on the agenda."));
            body.add(plain(""));
            return;
        }
        var item = c.path("item");
        var now = new AttributedStringBuilder();
        now.append("NOW  ", bold());
        now.append("#" + item.path("blocker_id").asText() + "  " + Format.text(item, "title"), bold());
        body.add(now.toAttributedString());
        var who = new StringBuilder("     raised by ").append(Format.text(item, "raised_by"));
        var blocking = Format.text(item, "blocking");
        if (!blocking.isEmpty()) {
            who.append(" · blocks ").append(blocking).append("'s area");
        }
        who.append(" · impact ").append(Format.text(item, "impact"));
        int added = c.path("added_minutes").asInt();
        who.append(" · ").append(item.path("minutes").asInt()).append(" min").append(added > 0 ? " +" + added : "");
        body.add(plain(who.toString()));
        if (blocker != null) {
            var sla = Format.sla(blocker);
            var clock = new AttributedStringBuilder();
            clock.append("     SLA ");
            clock.append(blocker.path("working_days").asText() + " of " + blocker.path("target_days").asText()
                    + " working days · " + sla, slaStyle(Format.text(blocker, "sla")));
            body.add(clock.toAttributedString());
        }
        var secondsLeft = c.get("seconds_left");
        if (secondsLeft != null && secondsLeft.isNumber()) {
            long s = secondsLeft.asLong() - elapsed;
            var style = s < 0 ? red().bold() : s < 60 ? yellow().bold() : green().bold();
            body.add(styled("     " + (s >= 0 ? mmss(s) + " left" : mmss(-s) + " over time"), style));
        } else {
            body.add(plain("     comes up when the meeting starts"));
        }
        body.add(plain(""));
    }

    private void coming(List<AttributedString> body, JsonNode live) {
        var next = live.path("next");
        if (next.isEmpty()) {
            return;
        }
        var zone = Format.zone(live.path("meeting"));
        body.add(styled("NEXT", bold()));
        boolean lineDrawn = false;
        for (var n : next) {
            boolean above = n.path("above_the_line").asBoolean();
            if (!above && !lineDrawn) {
                body.add(styled("  ━━ cut-off line: what follows is left for the next meeting ━━", yellow()));
                lineDrawn = true;
            }
            var item = n.path("item");
            var when = n.path("overflow").asBoolean() ? "pushed" : above ? Format.clock(n.get("starts_at"), zone) : "  –  ";
            body.add(plain(String.format(Locale.ROOT, "  %-6s #%-4s %s (%d min, %s)", when, item.path("blocker_id").asText(),
                    Format.text(item, "title"), item.path("minutes").asInt(), Format.text(item, "raised_by"))));
        }
        body.add(plain(""));
    }

    private void decided(List<AttributedString> body, JsonNode live) {
        var decided = live.path("decided");
        if (decided.isEmpty()) {
            return;
        }
        body.add(styled("DECIDED (" + decided.size() + ")", bold()));
        // The latest first: the room remembers the last ones.
        for (int i = decided.size() - 1; i >= 0; i--) {
            var d = decided.get(i);
            boolean resolved = Format.text(d, "status").equals("resolved");
            var line = new StringBuilder("  ").append(resolved ? "✓ " : "– ").append('#').append(d.path("blocker_id").asText())
                    .append(' ').append(Format.text(d, "title")).append(" — ").append(Format.text(d, "decision"));
            if (resolved) {
                line.append(" (").append(Format.text(d, "owner"));
                var due = Format.text(d, "due");
                line.append(due.isEmpty() ? "" : ", due " + due).append(')');
            } else {
                line.append(" (withdrawn)");
            }
            body.add(plain(line.toString()));
        }
        body.add(plain(""));
    }

    private void room(List<AttributedString> body, JsonNode live) {
        var attendees = live.path("meeting").path("attendees");
        var names = new ArrayList<String>();
        attendees.forEach(a -> names.add(Format.text(a, "handle")));
        body.add(plain(names.isEmpty() ? "IN THE ROOM: nobody has checked in yet"
                : "IN THE ROOM (" + names.size() + "): " + String.join(", ", names)));
    }

    static String mmss(long seconds) {
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    static String hms(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private AttributedStyle slaStyle(String sla) {
        var shade = Table.shadeOf(sla);
        return shade == null ? AttributedStyle.DEFAULT : switch (shade) {
            case BAD -> red().bold();
            case WARNING -> yellow();
            case GOOD -> green();
        };
    }

    // Box-drawing characters JLine would send in the terminal's alternate character set, which
    // some terminals and multiplexers then show as letters: "━" is not among them.
    private static AttributedString fit(AttributedString line, int width) {
        return line.columnLength() <= width ? line : new AttributedStringBuilder().append(line.columnSubSequence(0, Math.max(0, width - 1))).append("…").toAttributedString();
    }

    private static AttributedString plain(String text) {
        return new AttributedString(text);
    }

    private AttributedString styled(String text, AttributedStyle style) {
        return new AttributedString(text, colour ? style : AttributedStyle.DEFAULT);
    }

    private AttributedStyle bold() {
        return colour ? AttributedStyle.BOLD : AttributedStyle.DEFAULT;
    }

    private AttributedStyle faint() {
        return colour ? AttributedStyle.DEFAULT.faint() : AttributedStyle.DEFAULT;
    }

    private AttributedStyle red() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.RED) : AttributedStyle.DEFAULT;
    }

    private AttributedStyle green() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN) : AttributedStyle.DEFAULT;
    }

    private AttributedStyle yellow() {
        return colour ? AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW) : AttributedStyle.DEFAULT;
    }
}
