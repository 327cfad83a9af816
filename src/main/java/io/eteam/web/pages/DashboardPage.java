package io.eteam.web.pages;

import io.eteam.action.ActionService;
import io.eteam.blocker.BlockerService;
import io.eteam.web.PathParams;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/// `/`: the next meeting, the open blockers and the actions not done; raising a blocker and
/// marking an action done from the page.
final class DashboardPage {

    private final BlockerService blockers;
    private final ActionService actions;
    private final PageViews views;
    private final Templates templates;

    DashboardPage(BlockerService blockers, ActionService actions, PageViews views, Templates templates) {
        this.blockers = blockers;
        this.actions = actions;
        this.views = views;
        this.templates = templates;
    }

    void show(Context ctx) {
        templates.render(ctx, 200, "dashboard.jte", views.dashboard(Pages.session(ctx), DashboardView.RaiseForm.empty(), null));
    }

    void raise(Context ctx) {
        var session = Pages.session(ctx);
        var form = new DashboardView.RaiseForm(ctx.formParam("title"), ctx.formParam("kind"), Pages.optional(ctx, "impact"),
                Pages.optional(ctx, "blocking"), ctx.formParam("detail"), null);
        try {
            blockers.raise(session.person(), form.input());
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "dashboard.jte", views.dashboard(session, form.refused(refused.getMessage()), null));
        }
    }

    /// ACT-5 — a VP or chair raises an overdue action again as a blocker.
    void escalate(Context ctx) {
        var session = Pages.session(ctx);
        var id = PathParams.blockerId(ctx);
        try {
            actions.escalate(session.person(), id, null);
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "dashboard.jte",
                    views.dashboard(session, DashboardView.RaiseForm.empty(), refused.getMessage()));
        }
    }

    /// ACT-2 — the owner or a chair marks an action done.
    void done(Context ctx) {
        var session = Pages.session(ctx);
        var id = PathParams.blockerId(ctx);
        try {
            actions.done(session.person(), id, Pages.optional(ctx, "note"));
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "dashboard.jte",
                    views.dashboard(session, DashboardView.RaiseForm.empty(), refused.getMessage()));
        }
    }
}
