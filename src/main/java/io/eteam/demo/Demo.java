package io.eteam.demo;

import io.eteam.App;
import io.eteam.feed.FeedToken;
import io.eteam.people.Issued;
import io.eteam.meeting.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/// `eteam serve --demo`: a fictional E-Team with twelve weeks of history, played through the
/// services on a [MutableClock] so that every rule applies to it, up to a meeting under way now.
/// Rules DEMO-1–DEMO-8 are in package-info.
public final class Demo {

    /// The same seed every time, so the same "now" always gives the same history.
    static final long SEED = 20_260_407L;

    /// The tokens the demo prints: one chair, one VP and one member, and the calendar feed of
    /// whoever owns the most actions. Shown once, like every token. With them, the meeting
    /// schedule the demo runs on and the date of the meeting running when it starts (DEMO-6).
    public record SignIn(Issued chair, Issued vp, Issued member, FeedToken feed, Schedule schedule, LocalDate meeting) {
    }

    private Demo() {
    }

    /// A fresh, private in-memory H2 database: nothing touches the disk, and it is gone when
    /// the process ends.
    public static String temporaryDatabase() {
        return "jdbc:h2:mem:eteam-demo-" + UUID.randomUUID();
    }

    /// Fills the empty database at `dbUrl` with the demo's history, which ends at `now`, and
    /// closes it again: the server then opens it on the real clock.
    public static SignIn seed(String dbUrl, Instant now) {
        var clock = new MutableClock(now);
        try (var app = App.open(dbUrl, clock)) {
            return seed(app, clock, now);
        }
    }

    /// Fills `app`, whose services all run on `clock`, with the demo's history ending at `now`;
    /// leaves the clock at `now`. Refused when the database already has people.
    public static SignIn seed(App app, MutableClock clock, Instant now) {
        if (!app.people().isEmpty()) {
            throw new IllegalStateException("The demo fills an empty database; this one already has people.");
        }
        return new History(app, clock, now, new Random(SEED)).play();
    }

    /// What `serve --demo` prints once the server answers at `serverUrl`.
    public static String instructions(String serverUrl, SignIn signIn) {
        var text = new StringBuilder();
        text.append("Demo E-Team ready at ").append(serverUrl)
                .append(" — sign in with one of these tokens:\n");
        for (var issued : new Issued[] {signIn.chair(), signIn.vp(), signIn.member()}) {
            var p = issued.person();
            var who = p.name() + (p.team() == null ? "" : ", " + p.team());
            text.append(String.format("  %-7s %-7s %-34s %s%n", p.role().wire(), p.handle(), who, issued.token()));
        }
        text.append("The E-Team is meeting now (in this demo on ")
                .append(signIn.schedule().day().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append("s at ")
                .append(signIn.schedule().time()).append("): follow it at ")
                .append(serverUrl).append("/meetings/").append(signIn.meeting()).append('\n');
        text.append("On the command line: eteam login --server ").append(serverUrl)
                .append(" --token ").append(signIn.chair().token()).append('\n');
        text.append("Calendar feed of ").append(signIn.feed().handle()).append(", who owns the most actions (subscribe in a calendar app): ")
                .append(serverUrl).append(signIn.feed().path()).append('\n');
        text.append("Cadenza and its people are invented. The demo runs on a temporary in-memory database:")
                .append(" nothing is written to disk, and it is gone when the server stops.");
        return text.toString();
    }
}
