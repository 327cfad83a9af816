package io.eteam.web.pages;

import io.eteam.meeting.MeetingService;
import io.javalin.http.Context;

/// `/meetings/{date}/minutes`: the minutes of an ended meeting (`last`: the one that ended last),
/// made to be printed.
final class MinutesPage {

    private final MeetingService meetings;
    private final Templates templates;

    MinutesPage(MeetingService meetings, Templates templates) {
        this.meetings = meetings;
        this.templates = templates;
    }

    void show(Context ctx) {
        var minutes = meetings.minutes(ctx.pathParam("date"));
        var chrome = Chrome.of("Minutes " + minutes.meeting().date(), Pages.session(ctx), "");
        templates.render(ctx, 200, "minutes.jte", MinutesView.of(chrome, minutes));
    }
}
