package io.eteam.web.pages;

import io.eteam.blocker.BlockerService;
import io.eteam.meeting.MeetingService;
import io.eteam.problem.Problem;
import io.eteam.web.PathParams;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.function.Consumer;

/// `/meetings/{date}`: the live meeting. Every action posts a form, then shows the page again;
/// a refusal is shown on the page, next to what was typed.
final class MeetingPage {

    private final MeetingService meetings;
    private final BlockerService blockers;
    private final PageViews views;
    private final Templates templates;

    MeetingPage(MeetingService meetings, BlockerService blockers, PageViews views, Templates templates) {
        this.meetings = meetings;
        this.blockers = blockers;
        this.views = views;
        this.templates = templates;
    }

    void show(Context ctx) {
        templates.render(ctx, 200, "meeting.jte", views.meeting(Pages.session(ctx), Pages.date(ctx, meetings), null, null));
    }

    void start(Context ctx) {
        act(ctx, date -> meetings.start(Pages.session(ctx).person(), date));
    }

    void end(Context ctx) {
        act(ctx, date -> meetings.end(Pages.session(ctx).person(), date));
    }

    /// `handle` is empty to check in oneself, or (for a chair) the VP to check in.
    void checkIn(Context ctx) {
        act(ctx, date -> meetings.checkIn(Pages.session(ctx).person(), date, Pages.optional(ctx, "handle")));
    }

    /// MTG-13–MTG-15 — a chair's "Next item", "+1 minute" or "Overflow" under the countdown.
    void step(Context ctx) {
        act(ctx, date -> meetings.step(Pages.session(ctx).person(), date, blockerId(ctx.formParam("blocker_id")),
                ctx.formParam("step")));
    }

    private static Long blockerId(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            throw Problem.invalid("blocker_id", "blocker_id is the current item's id, such as 12.");
        }
        return Long.parseLong(text);
    }

    void resolve(Context ctx) {
        var session = Pages.session(ctx);
        var date = Pages.date(ctx, meetings);
        var outcome = new MeetingView.Outcome(PathParams.blockerId(ctx), ctx.formParam("decision"), ctx.formParam("owner"),
                ctx.formParam("due"), ctx.formParam("rationale"), Objects.requireNonNullElse(ctx.formParam("overrule"), ""),
                null, false);
        try {
            blockers.resolve(session.person(), outcome.blockerId(), outcome.input());
            ctx.redirect("/meetings/" + date, HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "meeting.jte",
                    views.meeting(session, date, outcome.refused(refused.getMessage(),
                            refused.kind() == Problem.Kind.DEFERRAL_REJECTED), null));
        }
    }

    private void act(Context ctx, Consumer<String> action) {
        var date = Pages.date(ctx, meetings);
        try {
            action.accept(date);
            ctx.redirect("/meetings/" + date, HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            templates.render(ctx, refused.kind().status, "meeting.jte",
                    views.meeting(Pages.session(ctx), date, null, refused.getMessage()));
        }
    }
}
