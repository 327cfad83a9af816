package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `eteam meeting run [DATE]`: the live meeting full-screen in a terminal, for the chair who runs
/// it. Everything goes through the HTTP API; the view follows the meeting's live events, so
/// what a browser does shows here at once and what is done here shows in every browser. When
/// stdout is not a terminal it prints the meeting as plain lines each time it changes, until it
/// ends. Keys are in [LiveScreen#HELP].
@Command(name = "run", description = "Run the live meeting full-screen in this terminal (chairs act, everyone may follow); "
        + "plain lines when not on a terminal. Press ? for the keys.")
final class MeetingRun extends ClientCommand {

    /// How often the view asks for the meeting even without an event (a missed event costs at most this).
    private static final long REFRESH_MILLIS = 10_000;
    /// How long typing pauses before the decision is checked for deferrals.
    private static final long CHECK_AFTER_MILLIS = 350;

    @Parameters(paramLabel = "DATE", arity = "0..1", description = "the meeting's date, YYYY-MM-DD (default: the running or next one)")
    String date;

    private ApiClient api;
    private String path;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private JsonNode live;
    private JsonNode blocker;
    private long blockerReadAt;
    private long readAt;
    private LiveScreen.Form form;
    private String kind;
    private String message;
    private boolean messageBad;
    private boolean help;
    private long typedAt;
    private String checked = "";

    @Override
    int run(ApiClient api) {
        this.api = api;
        this.path = MeetingCommands.path(date);
        refresh();
        if (System.console() == null) {
            return plain();
        }
        try (var terminal = TerminalBuilder.builder().system(true).build()) {
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                return plain();
            }
            return screen(terminal);
        } catch (IOException e) {
            throw new CliException(Exit.UNAVAILABLE, "Could not open the terminal (" + e.getMessage() + "); "
                    + "pipe the output (eteam meeting run | cat) for plain lines.");
        }
    }

    /// Plain lines: the meeting each time it changes (not its countdowns), until it has ended.
    private int plain() {
        var out = out();
        var screen = new LiveScreen(false);
        String shown = null;
        follow();
        while (true) {
            if (changed.getAndSet(false) || System.currentTimeMillis() - readAt > REFRESH_MILLIS) {
                refresh();
                var lines = screen.render(live, blocker, 0, null, null, false, false, 200, 200);
                var text = new StringBuilder();
                // The body only: the keys mean nothing in a pipe.
                for (var line : lines.subList(0, lines.size() - 2)) {
                    if (!line.toString().isBlank()) {
                        text.append(line.toString().stripTrailing()).append('\n');
                    }
                }
                var what = withoutClocks(live).toString();
                if (!what.equals(shown)) {
                    out.println(text);
                    out.flush();
                    shown = what;
                }
                if (Format.text(live.path("meeting"), "status").equals("ended")) {
                    return Exit.OK;
                }
            }
            sleep(200);
        }
    }

    private int screen(Terminal terminal) {
        var screen = new LiveScreen(io.eteam.cli.Terminal.ofSystem().colour());
        Attributes saved = terminal.enterRawMode();
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.flush();
        var display = new Display(terminal, true);
        var resized = new AtomicBoolean(true);
        terminal.handle(Terminal.Signal.WINCH, s -> resized.set(true));
        var interrupted = new AtomicBoolean();
        terminal.handle(Terminal.Signal.INT, s -> interrupted.set(true));
        follow();
        NonBlockingReader keys = terminal.reader();
        try {
            while (!interrupted.get()) {
                if (resized.getAndSet(false)) {
                    display.clear();
                    display.resize(terminal.getHeight(), terminal.getWidth());
                }
                if (changed.getAndSet(false) || System.currentTimeMillis() - readAt > REFRESH_MILLIS) {
                    refresh();
                }
                checkAsTyped();
                int width = Math.max(20, terminal.getWidth());
                int height = Math.max(8, terminal.getHeight());
                long elapsed = (System.currentTimeMillis() - readAt) / 1000;
                var lines = screen.render(live, blocker, elapsed, form, message, messageBad, help, width, height);
                if (form != null) {
                    var at = LiveScreen.cursor(lines, form, message, width);
                    terminal.puts(Capability.cursor_visible);
                    display.update(lines, new Size(width, height).cursorPos(at[0], at[1]));
                } else {
                    terminal.puts(Capability.cursor_invisible);
                    display.update(lines, -1);
                }
                int c = keys.read(250);
                if (c == NonBlockingReader.EOF) {
                    return Exit.OK;
                }
                if (c == NonBlockingReader.READ_EXPIRED) {
                    continue;
                }
                if (c == 27) {
                    // Esc alone cancels; an escape sequence (an arrow key) is read and ignored.
                    boolean sequence = false;
                    for (int more = keys.peek(30); more >= 0; more = keys.peek(5)) {
                        keys.read();
                        sequence = true;
                    }
                    if (!sequence && form != null) {
                        cancel();
                    }
                    continue;
                }
                if (form != null ? typed(c) : key(c)) {
                    return Exit.OK;
                }
            }
            return Exit.OK;
        } catch (IOException e) {
            return Exit.OK;
        } finally {
            display.update(List.of(), 0);
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.setAttributes(saved);
            terminal.flush();
        }
    }

    /// A key outside a form; true to quit.
    private boolean key(int c) {
        message = null;
        switch (c) {
            case 'q', 'Q', 3, 4 -> {
                return true;
            }
            case '?' -> help = !help;
            case 's' -> act("Started the meeting.", () -> api.post(meetingPath() + "/start", JSON.createObjectNode()));
            case 'e' -> open("end", "End the meeting", List.of("Type yes to end it"));
            case 'i' -> act("Checked you in.", () -> api.post(meetingPath() + "/attendees", JSON.createObjectNode()));
            case 'n' -> step("next", "Moved on: #%s goes to the back of the queue.");
            case '+', '=' -> step("extend", "Added a minute to #%s.");
            case 'o' -> step("overflow", "Pushed #%s to overflow: it is left for the next meeting.");
            case 'r' -> {
                if (currentId() != null) {
                    open("resolve", "Resolve #" + currentId(), List.of("Decision", "Owner (handle)", "Due (YYYY-MM-DD, Enter for none)"));
                }
            }
            case 'w' -> {
                if (currentId() != null) {
                    open("withdraw", "Withdraw #" + currentId(), List.of("Reason"));
                }
            }
            default -> {
                if (c >= ' ') {
                    say("Press ? for the keys.", false);
                }
            }
        }
        return false;
    }

    /// A key typed into the form; true to quit.
    private boolean typed(int c) {
        var values = new ArrayList<>(form.values());
        int field = form.field();
        var value = values.get(field);
        if (c == 3) {
            cancel();
            return false;
        }
        if (c == '\r' || c == '\n') {
            submit(values);
            return false;
        }
        if (c == 127 || c == 8) {
            value = value.isEmpty() ? value : value.substring(0, value.offsetByCodePoints(value.length(), -1));
        } else if (c == 21) {
            value = "";
        } else if (c >= ' ') {
            value = value + Character.toString(c);
        } else {
            return false;
        }
        values.set(field, value);
        typedAt = System.currentTimeMillis();
        form = new LiveScreen.Form(form.title(), form.labels(), values, field, form.verdict(), form.verdictBad());
        return false;
    }

    private void submit(List<String> values) {
        int field = form.field();
        var value = values.get(field).strip();
        if (kind.equals("end")) {
            if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("y")) {
                form = null;
                act("Ended the meeting.", () -> api.post(meetingPath() + "/end", JSON.createObjectNode()));
            } else {
                cancel();
            }
            return;
        }
        if (value.isEmpty() && field < 2) {
            form = new LiveScreen.Form(form.title(), form.labels(), values, field,
                    form.labels().get(field) + " is needed.", true);
            return;
        }
        if (field + 1 < form.labels().size()) {
            form = new LiveScreen.Form(form.title(), form.labels(), values, field + 1, form.verdict(), form.verdictBad());
            return;
        }
        var id = currentId();
        ObjectNode body = JSON.createObjectNode();
        if (kind.equals("resolve")) {
            body.put("decision", values.get(0).strip()).put("owner", values.get(1).strip());
            if (!values.get(2).isBlank()) {
                body.put("due", values.get(2).strip());
            }
        } else {
            body.put("reason", values.get(0).strip());
        }
        try {
            api.post("/api/v1/blockers/" + id + "/" + kind, body);
            form = null;
            say((kind.equals("resolve") ? "Resolved #" : "Withdrew #") + id + ".", false);
            changed.set(true);
        } catch (CliException e) {
            // A deferral (or any refusal of the text) goes back to the text, kept as typed.
            int back = e.exitCode() == Exit.REFUSED ? 0 : field;
            form = new LiveScreen.Form(form.title(), form.labels(), values, back, e.getMessage(), true);
        }
    }

    /// The deferral check, once typing pauses, on the decision or reason being typed.
    private void checkAsTyped() {
        if (form == null || kind.equals("end") || form.field() != 0 || System.currentTimeMillis() - typedAt < CHECK_AFTER_MILLIS) {
            return;
        }
        var text = form.values().get(0).strip();
        if (text.equals(checked)) {
            return;
        }
        checked = text;
        if (text.isEmpty()) {
            form = new LiveScreen.Form(form.title(), form.labels(), form.values(), 0, null, false);
            return;
        }
        try {
            var verdict = api.post("/api/v1/deferral-check", JSON.createObjectNode().put("text", text));
            boolean deferral = verdict.path("deferral").asBoolean();
            var says = deferral ? "Deferral: '" + Format.text(verdict, "phrase") + "' — " + Format.text(verdict, "hint")
                    : "Reads as a decision.";
            form = new LiveScreen.Form(form.title(), form.labels(), form.values(), 0, says, deferral);
        } catch (CliException e) {
            form = new LiveScreen.Form(form.title(), form.labels(), form.values(), 0, e.getMessage(), true);
        }
    }

    private void open(String kind, String title, List<String> labels) {
        this.kind = kind;
        this.checked = "";
        var values = new ArrayList<String>();
        labels.forEach(l -> values.add(""));
        form = new LiveScreen.Form(title, labels, values, 0, null, false);
        help = false;
    }

    private void cancel() {
        form = null;
        say("Cancelled; nothing was recorded.", false);
    }

    private void step(String step, String done) {
        var id = currentId();
        if (id == null) {
            say("No item is current.", true);
            return;
        }
        act(String.format(done, id), () -> api.post(meetingPath() + "/current",
                JSON.createObjectNode().put("blocker_id", Long.parseLong(id)).put("step", step)));
    }

    private void act(String done, Runnable call) {
        try {
            call.run();
            say(done, false);
            changed.set(true);
        } catch (CliException e) {
            say(e.getMessage(), true);
        }
    }

    private void say(String text, boolean bad) {
        message = text;
        messageBad = bad;
    }

    private String currentId() {
        var c = live == null ? null : live.get("current");
        return c == null || c.isNull() ? null : c.path("item").path("blocker_id").asText();
    }

    /// The meeting's own date once known, so that `next` keeps naming the meeting on the screen after it ends.
    private String meetingPath() {
        return live == null ? path : MeetingCommands.path(live.path("meeting").path("date").asText());
    }

    private void refresh() {
        try {
            live = api.get(meetingPath() + "/live");
            readAt = System.currentTimeMillis();
            // The current blocker (its SLA clock) again only when another item is current or
            // on the periodic refresh, not on every event: a check-in changes nothing of it.
            var id = currentId();
            if (id == null) {
                blocker = null;
            } else if (blocker == null || !id.equals(blocker.path("id").asText())
                    || readAt - blockerReadAt > REFRESH_MILLIS) {
                blocker = api.get("/api/v1/blockers/" + id);
                blockerReadAt = readAt;
            }
        } catch (CliException e) {
            if (live == null) {
                throw e;
            }
            say(e.getMessage(), true);
            readAt = System.currentTimeMillis();
        }
    }

    /// Follows the meeting's live events in the background: each one asks for a fresh view.
    private void follow() {
        var events = meetingPath() + "/events";
        var thread = new Thread(() -> {
            while (true) {
                try {
                    api.follow(events, type -> changed.set(true));
                } catch (IOException | CliException e) {
                    // The stream dropped: the periodic refresh covers the gap; try again shortly.
                }
                changed.set(true);
                sleep(1_000);
            }
        }, "eteam-live-events");
        thread.setDaemon(true);
        thread.start();
    }

    /// The live meeting without what changes every second, to tell a real change in a pipe.
    private static JsonNode withoutClocks(JsonNode live) {
        var copy = live.deepCopy();
        if (copy instanceof ObjectNode o) {
            o.remove("seconds_left");
            if (o.get("current") instanceof ObjectNode c) {
                c.remove("seconds_left");
            }
        }
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
