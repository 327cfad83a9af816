package io.eteam.web.pages;

import java.util.List;

/// The agenda page: the slots in clock time, the cut-off at the meeting's end, the overflow
/// with its projected working time, and (for a chair, until the meeting ends) the ranking controls.
/// The overflow lists its first [#OVERFLOW_LISTED] entries; `notListed` counts the rest, which the
/// order field still holds: an agenda of thousands made a page of megabytes no one reads.
/// `capacity` is the minutes the items may take (the meeting's, less the follow-up's): the page's
/// script moves the cut-off line by it while a chair drags a row.
public record AgendaPageView(Chrome chrome, String date, String when, String status, boolean canRank,
                             List<FollowUp> followUp, String followUpTime, List<Row> items, String cutoff, int capacity,
                             List<Row> overflow, int notListed, String nextMeeting, String order, String error) {

    static final int OVERFLOW_LISTED = 200;

    /// ACT-4 — an action the meeting opens with.
    public record FollowUp(long id, String decision, String title, String owner, String due, String status) {
    }

    /// One agenda entry. `from`/`to` are set for a slot, `projected` for overflow; `up` and
    /// `down` are the step its ▲▼ form posts ("-1", "1"; null where it cannot move).
    public record Row(int rank, long id, String title, String raisedBy, String impact, int minutes, String from,
                      String to, String days, boolean breached, String projected, String up, String down) {
    }
}
