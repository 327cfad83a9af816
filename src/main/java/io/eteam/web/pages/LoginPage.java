package io.eteam.web.pages;

import io.eteam.web.Sessions;
import io.eteam.web.Throttle;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/// `/login` and `/logout`: an API token in, a session cookie out.
final class LoginPage {

    private final Sessions sessions;
    private final Templates templates;
    private final Throttle throttle;

    LoginPage(Sessions sessions, Templates templates, Throttle throttle) {
        this.sessions = sessions;
        this.templates = templates;
        this.throttle = throttle;
    }

    void show(Context ctx) {
        if (sessions.find(ctx).isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        templates.render(ctx, 200, "login.jte", new LoginView(Chrome.anonymous("Sign in"), null));
    }

    /// A new session id at every sign-in, so an id planted in a browser before it is worth nothing.
    void signIn(Context ctx) {
        var id = sessions.signIn(ctx.formParam("token"));
        if (id.isEmpty()) {
            throttle.refused(ctx, "a token on the sign-in form that is unknown, replaced or of a deactivated person");
            templates.render(ctx, 401, "login.jte", new LoginView(Chrome.anonymous("Sign in"),
                    "That token is not valid: it may have been replaced, or its holder deactivated. Ask a chair for a new one."));
            return;
        }
        sessions.end(ctx.cookie(Sessions.COOKIE));
        ctx.cookie(Sessions.cookie(ctx, id.get()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.end(ctx.cookie(Sessions.COOKIE));
        ctx.cookie(Sessions.cleared(ctx));
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }
}
