package io.eteam.web.pages;

import io.eteam.blocker.RaiseBlocker;
import io.eteam.people.Person;
import java.util.List;

/// The dashboard: the next meeting, the open blockers with their SLA clocks (the signed-in
/// person's first), and the form that raises a blocker.
public record DashboardView(Chrome chrome, Next meeting, List<Row> blockers, boolean canRaise, RaiseForm form,
                            List<Person> vps) {

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
