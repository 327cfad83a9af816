package io.eteam.web;

import io.eteam.blocker.BlockerService;
import io.eteam.deferral.DeferralCheck;
import io.eteam.deferral.LabelledText;
import io.eteam.problem.Problem;
import io.eteam.problem.Text;
import io.javalin.http.Context;

/// HTTP handlers of the deferral rule: the check as you type, and a chair's export.
final class DeferralRoutes {

    private final DeferralCheck deferrals;
    private final BlockerService blockers;

    DeferralRoutes(DeferralCheck deferrals, BlockerService blockers) {
        this.deferrals = deferrals;
        this.blockers = blockers;
    }

    /// The body of `POST /api/v1/deferral-check`.
    record CheckText(String text) {
    }

    /// DEF-3 — any signed-in person may check a text; nothing is written.
    void check(Context ctx) {
        Auth.actor(ctx);
        var input = Json.read(ctx, CheckText.class);
        var text = Text.optional("text", input.text(), 4000, true);
        if (text == null || DeferralCheck.isBlank(text)) {
            throw Problem.invalid("text", "text is required: the decision or reason you would record.");
        }
        ctx.json(deferrals.check(text));
    }

    void export(Context ctx) {
        var rows = blockers.deferralHistory(Auth.actor(ctx));
        ctx.contentType("text/tab-separated-values; charset=utf-8").result(LabelledText.tsv(rows));
    }
}
