package io.eteam.web;

import io.eteam.action.ActionService;
import io.eteam.sla.SlaService;
import io.javalin.http.Context;
import java.util.Map;

/// HTTP handlers for the decisions' follow-through (issue 18, package `action`).
final class ActionRoutes {

    private final ActionService actions;
    private final SlaService sla;

    ActionRoutes(ActionService actions, SlaService sla) {
        this.actions = actions;
        this.sla = sla;
    }

    /// The optional body of `POST /api/v1/actions/{id}/blocker`.
    record Escalate(String impact) {
    }

    /// `POST /api/v1/actions/{id}/blocker`: the overdue action raised again as a blocker (ACT-5).
    void escalate(Context ctx) {
        var actor = Auth.actor(ctx);
        var body = ctx.bodyAsBytes().length == 0 ? new Escalate(null) : Json.read(ctx, Escalate.class);
        var raised = actions.escalate(actor, PathParams.blockerId(ctx), body.impact());
        ctx.status(201).json(new BlockerRoutes.BlockerJson(raised, sla.read(raised)));
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
