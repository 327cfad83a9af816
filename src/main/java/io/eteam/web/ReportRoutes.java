package io.eteam.web;

import io.eteam.problem.Problem;
import io.eteam.sla.SlaCsv;
import io.eteam.sla.SlaMarkdown;
import io.eteam.sla.SlaService;
import io.javalin.http.Context;

/// HTTP handler for the SLA report in JSON, CSV or Markdown.
final class ReportRoutes {

    private final SlaService sla;

    ReportRoutes(SlaService sla) {
        this.sla = sla;
    }

    void sla(Context ctx) {
        Auth.actor(ctx);
        var format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("md")) {
            throw Problem.invalid("format", "format must be json, csv or md.");
        }
        var report = sla.report(ctx.queryParam("week"), ctx.queryParam("from"), ctx.queryParam("to"));
        switch (format) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8").result(SlaCsv.render(report));
            case "md" -> ctx.contentType("text/markdown; charset=utf-8").result(SlaMarkdown.render(report));
            default -> ctx.json(report);
        }
    }
}
