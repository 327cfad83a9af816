package io.eteam.web;

import io.eteam.meeting.MeetingService;
import io.javalin.http.Context;
import java.util.List;

/// HTTP handlers for meetings, check-ins and the agenda. `{date}` is `YYYY-MM-DD`, or `next`
/// for the running or next meeting.
final class MeetingRoutes {

    private final MeetingService meetings;

    MeetingRoutes(MeetingService meetings) {
        this.meetings = meetings;
    }

    record CheckIn(String handle) {
    }

    record Order(List<Long> blockerIds) {
    }

    void get(Context ctx) {
        Auth.actor(ctx);
        ctx.json(meetings.get(ctx.pathParam("date")));
    }

    void start(Context ctx) {
        ctx.json(meetings.start(Auth.actor(ctx), ctx.pathParam("date")));
    }

    void end(Context ctx) {
        ctx.json(meetings.end(Auth.actor(ctx), ctx.pathParam("date")));
    }

    void checkIn(Context ctx) {
        var handle = ctx.bodyAsBytes().length == 0 ? null : Json.read(ctx, CheckIn.class).handle();
        ctx.status(201).json(meetings.checkIn(Auth.actor(ctx), ctx.pathParam("date"), handle));
    }

    void agenda(Context ctx) {
        Auth.actor(ctx);
        ctx.json(meetings.agenda(ctx.pathParam("date")));
    }

    void live(Context ctx) {
        Auth.actor(ctx);
        ctx.json(meetings.live(ctx.pathParam("date")));
    }

    void rank(Context ctx) {
        var order = Json.read(ctx, Order.class);
        ctx.json(meetings.rank(Auth.actor(ctx), ctx.pathParam("date"), order.blockerIds()));
    }
}
