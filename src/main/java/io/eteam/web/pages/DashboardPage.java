package io.eteam.web.pages;

import io.eteam.blocker.BlockerService;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/// `/`: the next meeting and the open blockers, and raising a blocker from the page.
final class DashboardPage {

    private final BlockerService blockers;
    private final PageViews views;
    private final Templates templates;

    DashboardPage(BlockerService blockers, PageViews views, Templates templates) {
        this.blockers = blockers;
        this.views = views;
        this.templates = templates;
    }

    void show(Context ctx) {
        templates.render(ctx, 200, "dashboard.jte", views.dashboard(Pages.session(ctx), DashboardView.RaiseForm.empty()));
    }

    void raise(Context ctx) {
        var session = Pages.session(ctx);
        var form = new DashboardView.RaiseForm(ctx.formParam("title"), ctx.formParam("kind"), Pages.optional(ctx, "impact"),
                Pages.optional(ctx, "blocking"), ctx.formParam("detail"), null);
        try {
            blockers.raise(session.person(), form.input());
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "dashboard.jte", views.dashboard(session, form.refused(refused.getMessage())));
        }
    }
}
