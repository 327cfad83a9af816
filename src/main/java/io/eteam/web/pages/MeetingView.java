package io.eteam.web.pages;

import io.eteam.blocker.Resolve;
import io.eteam.people.Person;
import java.util.List;
import java.util.Locale;

/// The live meeting page for the facilitator: status, check-ins and refusals at the door, the
/// current item with its time box, what comes next, what was decided, and the outcome form.
public record MeetingView(Chrome chrome, String date, String when, String endsAt, String status, boolean running, boolean ended,
                          boolean canCheckInSelf, List<Person> checkable, List<Attendee> attendees,
                          List<Refused> refusals, Current current, List<Upcoming> upcoming, List<Decided> decided,
                          Outcome outcome, List<Person> owners, List<FollowUp> followUp, int followUpMinutes, String error) {

    /// ACT-4 — an action the meeting opens with.
    public record FollowUp(long id, String decision, String owner, String due, String status) {
    }

    /// Someone checked in, and by whom.
    public record Attendee(String name, String handle, String role, String at, String by) {
    }

    /// A check-in the door refused.
    public record Refused(String at, String actor, String forHandle, String reason) {
    }

    /// The first agenda item still open. `secondsLeft` counts down its time box from when it
    /// came up (the meeting's start or the previous outcome); null until the meeting runs.
    /// `added` is the minutes chairs gave it since it came up (MTG-14).
    public record Current(long id, String title, String detail, String raisedBy, String blocking, String impact,
                          int minutes, int added, String days, boolean breached, Long secondsLeft, boolean mayDecide) {

        /// The time left (or over) as the countdown shows it, "14:05", before the page's script counts on.
        public String clock() {
            long seconds = Math.abs(secondsLeft);
            return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
        }

        /// "left", or "over" once the time box has run out.
        public String leftOrOver() {
            return secondsLeft < 0 ? "over" : "left";
        }
    }

    /// An open item after the current one: when it would come up (null once the meeting has
    /// ended), and whether it falls below the cut-off line (`cutOff` is the line itself).
    public record Upcoming(int rank, long id, String title, String raisedBy, int minutes, String at,
                           boolean belowTheLine, boolean cutOff) {
    }

    /// An agenda item closed since the meeting started.
    public record Decided(long id, String title, String status, String decision, String owner, String due, String at) {
    }

    /// What was typed into the outcome form of one blocker, kept when it is refused, with the reason.
    /// `overrule` is a chair's reason for recording a text the deferral check refused (BLK-7);
    /// `deferralRefused` tells the page to offer a chair that field.
    public record Outcome(long blockerId, String decision, String owner, String due, String rationale, String overrule,
                          String error, boolean deferralRefused) {

        static Outcome empty(long blockerId) {
            return new Outcome(blockerId, "", "", "", "", "", null, false);
        }

        Resolve input() {
            return new Resolve(decision, owner, due, rationale, overrule);
        }

        Outcome refused(String reason, boolean deferral) {
            return new Outcome(blockerId, decision, owner, due, rationale, overrule, reason, deferral);
        }
    }
}
