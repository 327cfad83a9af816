package io.eteam.web.pages;

import io.eteam.blocker.RaiseBlocker;
import io.eteam.people.Person;
import java.util.List;

/// The dashboard: the next meeting, the open blockers with their SLA clocks (the signed-in
/// person's first), the actions not done (the signed-in person's first, then the most overdue),
/// and the form that raises a blocker. `actionError` is why marking an action done was refused.
public record DashboardView(Chrome chrome, Next meeting, List<Row> blockers, List<ActionRow> actions,
                            int actionsNotListed, String actionError, boolean canRaise, RaiseForm form,
                            List<Person> vps) {

    /// The actions listed; the rest are counted and read through `eteam actions`.
    static final int ACTIONS_LISTED = 200;

    /// An action open or overdue (ACT-1); `canMarkDone` for its owner and chairs (ACT-2),
    /// `canRaiseAgain` for VPs and chairs while it is overdue (ACT-5).
    public record ActionRow(long id, String title, String decision, String owner, String due, String status,
                            boolean mine, boolean canMarkDone, boolean canRaiseAgain) {
    }

    /// The running or next meeting.
    public record Next(String date, String when, String status) {
    }

    /// One open blocker.
    public record Row(long id, String title, String kind, String impact, String raisedBy, String blocking,
                      boolean mine, ClockView sla) {
    }

    /// What was typed into the raise form, kept when it is refused, with the reason.
    public record RaiseForm(String title, String kind, String impact, String blocking, String detail, String error) {

        static RaiseForm empty() {
            return new RaiseForm("", "blocked", "medium", "", "", null);
        }

        RaiseBlocker input() {
            return new RaiseBlocker(title, detail, kind, impact, blocking, null);
        }

        RaiseForm refused(String reason) {
            return new RaiseForm(title, kind, impact, blocking, detail, reason);
        }
    }
}
