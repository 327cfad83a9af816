package io.eteam.web;

import io.eteam.meeting.MeetingService;
import io.eteam.meeting.MinutesMarkdown;
import io.eteam.problem.Problem;
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

    record CurrentStep(Long blockerId, String step) {
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

    /// MIN-1–MIN-7 — the minutes of an ended meeting (`{date}` may be `last`), as JSON, or as
    /// Markdown with `?format=md` or `Accept: text/markdown`.
    void minutes(Context ctx) {
        Auth.actor(ctx);
        var format = ctx.queryParam("format");
        if (format != null && !format.equals("json") && !format.equals("md")) {
            throw Problem.invalid("format", "format must be json or md.");
        }
        var minutes = meetings.minutes(ctx.pathParam("date"));
        var accept = ctx.header("Accept");
        if ("md".equals(format) || format == null && accept != null && accept.contains("text/markdown")) {
            ctx.contentType("text/markdown; charset=utf-8").result(MinutesMarkdown.render(minutes));
        } else {
            ctx.json(minutes);
        }
    }

    /// MTG-13–MTG-15 — a chair moves the current item on, extends it or pushes it to overflow.
    void step(Context ctx) {
        var body = Json.read(ctx, CurrentStep.class);
        ctx.json(meetings.step(Auth.actor(ctx), ctx.pathParam("date"), body.blockerId(), body.step()));
    }

    void rank(Context ctx) {
        var order = Json.read(ctx, Order.class);
        ctx.json(meetings.rank(Auth.actor(ctx), ctx.pathParam("date"), order.blockerIds()));
    }
}
