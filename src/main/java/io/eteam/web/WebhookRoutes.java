package io.eteam.web;

import io.eteam.webhook.AddWebhook;
import io.eteam.webhook.WebhookService;
import io.javalin.http.Context;
import java.util.Map;

/// HTTP handlers for the outgoing webhooks (issue 18, package `webhook`).
final class WebhookRoutes {

    private final WebhookService webhooks;

    WebhookRoutes(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /// `POST /api/v1/webhooks {url, events, format}`: 201 with the signing secret, shown this once.
    void add(Context ctx) {
        var input = Json.read(ctx, AddWebhook.class);
        ctx.status(201).json(webhooks.add(Auth.actor(ctx), input));
    }

    /// `GET /api/v1/webhooks`.
    void list(Context ctx) {
        ctx.json(Map.of("webhooks", webhooks.list(Auth.actor(ctx))));
    }

    /// The body of `PUT /api/v1/webhooks/digest`.
    record DigestAt(String day, String time) {
    }

    /// `GET /api/v1/webhooks/digest`: when the weekly digest goes.
    void digest(Context ctx) {
        ctx.json(webhooks.digestTime(Auth.actor(ctx)));
    }

    /// `PUT /api/v1/webhooks/digest {day, time}`.
    void setDigest(Context ctx) {
        var input = Json.read(ctx, DigestAt.class);
        ctx.json(webhooks.setDigestTime(Auth.actor(ctx), input.day(), input.time()));
    }

    /// `DELETE /api/v1/webhooks/{id}`.
    void remove(Context ctx) {
        webhooks.remove(Auth.actor(ctx), PathParams.id(ctx, "webhook"));
        ctx.status(204);
    }
}
