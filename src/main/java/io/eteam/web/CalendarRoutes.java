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

    /// The optional body of `PUT /api/v1/calendar/holidays/{date}`.
    record HolidayName(String name) {
    }

    void show(Context ctx) {
        Auth.actor(ctx);
        ctx.json(calendar.view());
    }

    void update(Context ctx) {
        var input = Json.read(ctx, CalendarUpdate.class);
        calendar.update(Auth.actor(ctx), input);
        ctx.json(calendar.view());
    }

    void addHoliday(Context ctx) {
        var name = ctx.bodyAsBytes().length == 0 ? null : Json.read(ctx, HolidayName.class).name();
        boolean created = calendar.addHoliday(Auth.actor(ctx), ctx.pathParam("date"), name);
        ctx.status(created ? 201 : 200).json(calendar.view());
    }

    void removeHoliday(Context ctx) {
        calendar.removeHoliday(Auth.actor(ctx), ctx.pathParam("date"));
        ctx.json(calendar.view());
    }
}
