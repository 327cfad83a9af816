package io.eteam.feed;

import io.eteam.action.Action;
import io.eteam.agenda.MeetingSlot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/// One person's feed as iCalendar text (FEED-3–FEED-5), from what the services read: a pure
/// function, no database and no clock.
public final class FeedCalendar {

    static final String PRODID = "-//eteam//eteam calendar feed//EN";
    /// How often a subscribing client should look again (RFC 7986; Outlook reads the X- one).
    private static final java.time.Duration REFRESH = java.time.Duration.ofHours(1);
    /// A summary is what a calendar shows in a day's cell: the decision is cut there, whole in the description.
    static final int SUMMARY_CHARACTERS = 120;

    private FeedCalendar() {
    }

    /// What goes in the feed of `holder` (a name to show), written at `stamp`: the meetings, in
    /// `zone`, and the holder's actions.
    public record Content(String holder, Instant stamp, ZoneId zone, List<MeetingSlot> meetings, List<Action> actions) {
    }

    public static String render(Content content) {
        var stamp = content.stamp().truncatedTo(ChronoUnit.SECONDS);
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "E-Team: " + plain(content.holder())));
        calendar.add(new XProperty("X-WR-CALDESC", "The E-Team meetings and the actions " + plain(content.holder())
                + " owns, from eteam."));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (var meeting : content.meetings()) {
            calendar.add(meeting(meeting, stamp, content.zone()));
        }
        for (var action : content.actions()) {
            if (action.due() != null) {
                calendar.add(action(action, stamp));
            }
        }
        return ContentLines.fold(calendar.toString());
    }

    /// FEED-3 — a meeting, at its instants in UTC (computed in the calendar's zone).
    private static VEvent meeting(MeetingSlot meeting, Instant stamp, ZoneId zone) {
        var event = new VEvent(false);
        event.add(new Uid("meeting-" + meeting.date() + "@eteam"));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(meeting.startsAt()));
        event.add(new DtEnd<>(meeting.endsAt()));
        event.add(new Summary("E-Team meeting"));
        var local = meeting.startsAt().atZone(zone).toLocalTime();
        event.add(new Description("The weekly E-Team meeting: " + meeting.minutes() + " minutes from " + local + " ("
                + zone.getId() + "), where blockers are decided in the room.\nThe agenda: eteam agenda --date " + meeting.date()));
        event.add(new Categories("E-Team"));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /// FEED-4 — an action, all day on its due date, free time (it is a deadline, not a meeting).
    private static VEvent action(Action action, Instant stamp) {
        var event = new VEvent(false);
        event.add(new Uid("action-" + action.id() + "@eteam"));
        event.add(new DtStamp(stamp));
        LocalDate due = action.due();
        event.add(new DtStart<>(due));
        event.add(new DtEnd<>(due.plusDays(1)));
        event.add(new Summary(statusWord(action.status()) + ": " + shorten(plain(action.decision()), SUMMARY_CHARACTERS)));
        var text = new StringBuilder();
        text.append("Decision: ").append(plain(action.decision())).append('\n');
        text.append("On blocker ").append(action.id()).append(": ").append(plain(action.title())).append('\n');
        text.append("Owner: ").append(action.owner()).append(". Due ").append(due).append(": ").append(action.status()).append('.');
        if (Action.DONE.equals(action.status())) {
            if (action.doneBy() != null) {
                text.append(" Marked done by ").append(action.doneBy()).append('.');
            }
        } else {
            text.append("\nMark it done: eteam done ").append(action.id());
        }
        event.add(new Description(text.toString()));
        event.add(new Categories("E-Team action"));
        event.add(ImmutableTransp.TRANSPARENT);
        return event;
    }

    private static String statusWord(String status) {
        return switch (status) {
            case Action.OVERDUE -> "Overdue";
            case Action.DONE -> "Done";
            default -> "Due";
        };
    }

    /// Text with its line breaks as one kind (`\n`, which ical4j escapes as `\n`): a CR of its
    /// own would otherwise reach the feed as a raw control character.
    static String plain(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /// At most `max` characters (code points, as people count them), cut with an ellipsis.
    static String shorten(String text, int max) {
        var oneLine = text.replace('\n', ' ');
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
