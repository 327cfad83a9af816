package io.eteam.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/// The templates of `templates/`, compiled to classes at build time by the jte Maven plugin:
/// nothing is compiled at run time, and jte escapes every `${...}` for its place in the HTML.
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /// Answers `status` with the page `name` (for example "dashboard.jte") showing `view`.
    void render(Context ctx, int status, String name, Object view) {
        var out = new StringOutput();
        engine.render(name, view, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }
}
