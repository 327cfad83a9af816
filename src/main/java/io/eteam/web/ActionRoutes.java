package io.eteam.web;

import io.eteam.action.ActionService;
import io.javalin.http.Context;
import java.util.Map;

/// HTTP handlers for the decisions' follow-through (issue 18, package `action`).
final class ActionRoutes {

    private final ActionService actions;

    ActionRoutes(ActionService actions) {
        this.actions = actions;
    }

    /// The optional body of `POST /api/v1/actions/{id}/done`.
    record Done(String note) {
    }

    /// `GET /api/v1/actions[?owner=H&status=open|done|overdue]`.
    void list(Context ctx) {
        Auth.actor(ctx);
        ctx.json(Map.of("actions", actions.list(ctx.queryParam("owner"), ctx.queryParam("status"))));
    }

    void done(Context ctx) {
        var actor = Auth.actor(ctx);
        var body = ctx.bodyAsBytes().length == 0 ? new Done(null) : Json.read(ctx, Done.class);
        ctx.json(actions.done(actor, PathParams.blockerId(ctx), body.note()));
    }
}
