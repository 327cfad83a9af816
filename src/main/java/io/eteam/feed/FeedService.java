package io.eteam.feed;

import io.eteam.action.Action;
import io.eteam.action.ActionService;
import io.eteam.agenda.MeetingSlot;
import io.eteam.calendar.CalendarService;
import io.eteam.meeting.Schedule;
import io.eteam.people.Person;
import io.eteam.people.Tokens;
import io.eteam.problem.Problem;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Personal calendar feeds: issuing and revoking their tokens, and writing a feed for a token.
/// Rules in package-info.
public final class FeedService {

    /// Where a feed is served; its token goes in the query (`?token=`), as calendar clients
    /// subscribe to a plain URL and send no other credentials.
    public static final String PATH = "/calendar.ics";
    static final int WEEKS_BEFORE = 4;
    static final int WEEKS_AFTER = 12;

    private final FeedRepository feeds;
    private final ActionService actions;
    private final CalendarService calendar;
    private final Clock clock;

    public FeedService(FeedRepository feeds, ActionService actions, CalendarService calendar, Clock clock) {
        this.feeds = feeds;
        this.actions = actions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /// FEED-1 — a new feed token for `actor`, replacing the one they had.
    public FeedToken issue(Person actor) {
        requireActive(actor);
        var token = FeedTokens.generate();
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        feeds.dsl().transaction(tx -> FeedRepository.in(tx.dsl()).replace(actor.handle(), Tokens.hash(token), now));
        return new FeedToken(actor.handle(), PATH + "?token=" + token, token, now);
    }

    /// FEED-1 — `actor`'s feed stops working; false when they had none.
    public boolean revoke(Person actor) {
        requireActive(actor);
        return feeds.dsl().transactionResult(tx -> FeedRepository.in(tx.dsl()).revoke(actor.handle()));
    }

    /// FEED-2, FEED-3, FEED-4 — the feed `token` opens, as iCalendar text; empty when the token
    /// is no current feed token of an active person. A text that cannot be a token is not looked up.
    public Optional<String> feed(String token) {
        if (token == null || token.isEmpty() || token.length() > FeedTokens.MAX_LENGTH) {
            return Optional.empty();
        }
        var hash = Tokens.hash(token);
        return feeds.activeHolder(hash)
                .filter(h -> Tokens.sameHash(h.storedHash(), hash))
                .map(this::calendarOf);
    }

    private String calendarOf(FeedRepository.Holder holder) {
        var settings = calendar.settings();
        var schedule = Schedule.of(settings);
        var now = clock.instant();
        var today = now.atZone(settings.zone()).toLocalDate();
        var from = today.minusWeeks(WEEKS_BEFORE);
        var to = today.plusWeeks(WEEKS_AFTER);
        var meetings = new ArrayList<MeetingSlot>();
        for (var date = from.with(TemporalAdjusters.nextOrSame(schedule.day())); !date.isAfter(to); date = date.plusWeeks(1)) {
            meetings.add(schedule.on(date));
        }
        // Open and overdue actions whenever due (an old overdue one is the one to see); done ones in the window.
        List<Action> shown = actions.list(holder.handle(), null).stream()
                .filter(a -> a.due() != null)
                .filter(a -> !a.status().equals(Action.DONE) || !a.due().isBefore(from) && !a.due().isAfter(to))
                .toList();
        return FeedCalendar.render(new FeedCalendar.Content(holder.name(), now, settings.zone(), meetings, shown));
    }

    private static void requireActive(Person actor) {
        if (!actor.active()) {
            throw Problem.forbidden(actor.handle() + " is deactivated and has no calendar feed.");
        }
    }
}
