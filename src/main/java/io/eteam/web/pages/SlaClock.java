package io.eteam.web.pages;

import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import java.time.Instant;
import java.util.Locale;

/// An open blocker's SLA clock as the pages show it: working days so far against the target,
/// and whether it is on track, at risk (its target falls before the next meeting ends, so it
/// breaches unless handled earlier) or breached (past the target).
///
/// Blocker records do not carry their SLA status yet, so the pages compute it here, by the
/// spec's rule, from the working time `WorkingTime` counts.
public record SlaClock(long minutes, String days, String target, State state) {

    /// Where an open blocker stands against the target, with the words and CSS class the pages use.
    public enum State {
        OPEN("on track"), AT_RISK("at risk"), BREACHED("breached");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String css() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /// The clock of a blocker raised at `raisedAt` and still open at `now`.
    static SlaClock of(WorkCalendar cal, Instant raisedAt, Instant now, Instant nextMeetingEnds) {
        long minutes = WorkingTime.minutesBetween(cal, raisedAt, now);
        State state;
        if (minutes > cal.targetMinutes()) {
            state = State.BREACHED;
        } else if (WorkingTime.plusWorkingMinutes(cal, raisedAt, cal.targetMinutes()).isBefore(nextMeetingEnds)) {
            state = State.AT_RISK;
        } else {
            state = State.OPEN;
        }
        return new SlaClock(minutes, Times.days(WorkingTime.days(cal, minutes)), cal.targetDays().toPlainString(), state);
    }

    /// Sorts breached first, then at risk, then on track.
    int urgency() {
        return State.values().length - state.ordinal();
    }
}
