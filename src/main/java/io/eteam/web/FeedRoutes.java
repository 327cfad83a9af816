package io.eteam.web;

import io.eteam.feed.FeedService;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.util.Map;

/// HTTP handlers for calendar feeds (package `feed`): the signed-in person's feed token under
/// `/api/v1/feed-token`, and the feed itself at `/calendar.ics?token=`, where the feed token
/// is the only credential.
final class FeedRoutes {

    static final String TOKEN_PATH = "/api/v1/feed-token";

    private final FeedService feeds;
    private final Throttle throttle;

    FeedRoutes(FeedService feeds, Throttle throttle) {
        this.feeds = feeds;
        this.throttle = throttle;
    }

    /// `POST /api/v1/feed-token`: a new feed URL's path and token, replacing the caller's earlier one.
    void issue(Context ctx) {
        ctx.status(201).json(feeds.issue(Auth.actor(ctx)));
    }

    /// `DELETE /api/v1/feed-token`: `{"revoked": true}`, or false when the caller had no feed.
    void revoke(Context ctx) {
        ctx.json(Map.of("revoked", feeds.revoke(Auth.actor(ctx))));
    }

    /// `GET /calendar.ics?token=T`: a wrong token counts against the address like a wrong API
    /// token (FEED-2, HTTP-3); no token at all is not a guess and is not counted.
    void calendar(Context ctx) {
        var token = ctx.queryParam("token");
        if (token == null || token.isBlank()) {
            throw Problem.unauthenticated("A calendar feed needs its token: subscribe to the URL 'eteam feed token' prints.");
        }
        throttle.check(ctx);
        var feed = feeds.feed(token);
        if (feed.isEmpty()) {
            throttle.refused(ctx, "a calendar feed token that is unknown, replaced, revoked or of a deactivated person");
            throw Problem.unauthenticated("This calendar feed's token is not valid: it was replaced or revoked, or its holder"
                    + " deactivated. Run 'eteam feed token' for a new feed URL.");
        }
        ctx.contentType("text/calendar; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"eteam.ics\"");
        ctx.result(feed.get());
    }

    /// Headers for the feed and its refusals alike: personal, never cached by the way, and its
    /// URL (which holds the token) never sent on as a referrer.
    static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
