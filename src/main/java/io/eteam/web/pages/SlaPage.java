package io.eteam.web.pages;

import io.eteam.sla.SlaService;
import io.javalin.http.Context;

/// `/reports/sla`: the SLA report of a week (`week=2026-W47`) or of `from`–`to`, with its charts.
final class SlaPage {

    private final SlaService sla;
    private final Templates templates;

    SlaPage(SlaService sla, Templates templates) {
        this.sla = sla;
        this.templates = templates;
    }

    void show(Context ctx) {
        var report = sla.report(ctx.queryParam("week"), ctx.queryParam("from"), ctx.queryParam("to"));
        templates.render(ctx, 200, "sla.jte", SlaReportView.of(Chrome.of("SLA report", Pages.session(ctx), ""), report));
    }
}
