package io.eteam.web;

import io.eteam.calendar.CalendarService;
import io.eteam.calendar.CalendarUpdate;
import io.javalin.http.Context;

/// HTTP handlers for the work calendar.
final class CalendarRoutes {

    private final CalendarService calendar;

    CalendarRoutes(CalendarService calendar) {
        this.calendar = calendar;
    }

    /// The optional body of `PUT /api/v1/calendar/holidays/{date}`: a name, and for a part day
    /// the hours still worked that day.
    record HolidayBody(String name, String hours) {
    }

    /// `GET /api/v1/calendar[?team=T]`: the installation's calendar, or a team's.
    void show(Context ctx) {
        Auth.actor(ctx);
        ctx.json(calendar.view(team(ctx.queryParam("team"))));
    }

    void update(Context ctx) {
        var input = Json.read(ctx, CalendarUpdate.class);
        calendar.update(Auth.actor(ctx), input);
        ctx.json(calendar.view(team(input.team())));
    }

    /// `GET /api/v1/calendar/history`: every version of every calendar.
    void history(Context ctx) {
        Auth.actor(ctx);
        ctx.json(java.util.Map.of("versions", calendar.history()));
    }

    private static String team(String team) {
        return team == null || team.isBlank() ? null : team.strip();
    }

    void addHoliday(Context ctx) {
        var body = ctx.bodyAsBytes().length == 0 ? new HolidayBody(null, null) : Json.read(ctx, HolidayBody.class);
        boolean created = calendar.addHoliday(Auth.actor(ctx), ctx.pathParam("date"), body.name(), body.hours());
        ctx.status(created ? 201 : 200).json(calendar.view());
    }

    void removeHoliday(Context ctx) {
        calendar.removeHoliday(Auth.actor(ctx), ctx.pathParam("date"));
        ctx.json(calendar.view());
    }
}
