package io.eteam.web.pages;

import io.eteam.meeting.MeetingService;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;

/// `/meetings/{date}/agenda`: the agenda in clock time, and the chair's stack ranking.
final class AgendaPage {

    private final MeetingService meetings;
    private final PageViews views;
    private final Templates templates;

    AgendaPage(MeetingService meetings, PageViews views, Templates templates) {
        this.meetings = meetings;
        this.views = views;
        this.templates = templates;
    }

    void show(Context ctx) {
        templates.render(ctx, 200, "agenda.jte", views.agenda(Pages.session(ctx), Pages.date(ctx, meetings), null));
    }

    /// The form sends the whole order (`order`: ids separated by commas or spaces), as a dragged row
    /// does, or one blocker to move one place (`move`, `step` -1 up or 1 down), as ▲▼ do.
    void rank(Context ctx) {
        var session = Pages.session(ctx);
        var date = Pages.date(ctx, meetings);
        try {
            var move = ctx.formParam("move");
            if (move == null) {
                meetings.rank(session.person(), date, ids(ctx.formParam("order")));
                ctx.redirect("/meetings/" + date + "/agenda", HttpStatus.SEE_OTHER);
                return;
            }
            long id = id(move);
            boolean up = "-1".equals(ctx.formParam("step"));
            meetings.rank(session.person(), date, PageViews.moved(views.order(date), id, up ? -1 : 1));
            /// The page puts the focus back on the button just pressed, so a keyboard moves an
            /// item several places with Enter, Enter, Enter.
            ctx.redirect("/meetings/" + date + "/agenda#moved-" + id + (up ? "-up" : "-down"), HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "agenda.jte", views.agenda(session, date, refused.getMessage()));
        }
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw Problem.invalid("move", "move is the id of a blocker on the agenda; '"
                    + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "' is not one.");
        }
    }

    private static List<Long> ids(String order) {
        var ids = new ArrayList<Long>();
        for (var part : (order == null ? "" : order).split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw Problem.invalid("order", "order lists blocker ids separated by commas, like 12, 7, 9; '"
                        + (part.length() > 20 ? part.substring(0, 20) + "…" : part) + "' is not one.");
            }
        }
        return ids;
    }
}
