package io.eteam.web.pages;

import io.eteam.action.ActionService;
import io.eteam.blocker.BlockerService;
import io.eteam.calendar.CalendarService;
import io.eteam.feed.FeedService;
import io.eteam.meeting.MeetingService;
import io.eteam.people.PeopleService;
import io.eteam.problem.Problem;
import io.eteam.sla.SlaService;
import io.eteam.event.EventBus;
import io.eteam.web.Bodies;
import io.eteam.web.Origins;
import io.eteam.web.Sessions;
import io.eteam.web.Throttle;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;

/// The web pages: sign-in, dashboard, agenda, live meeting, minutes and SLA report, rendered on the server from
/// `templates/`, with their stylesheet, script and htmx served from the jar. Rules PAGE-1–PAGE-6 are
/// in package-info.
public final class Pages {

    /// PAGE-4 — scripts, styles and connections only from this server; no inline script or style,
    /// no framing, forms post only here.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    private static final String SESSION = "eteam.session";

    private static final int LOGIN_FORM_BYTES = 4096;

    private final Sessions sessions;
    private final Throttle throttle;
    private final Templates templates = new Templates();
    private final StaticFiles files = new StaticFiles();
    private final LoginPage login;
    private final DashboardPage dashboard;
    private final AgendaPage agenda;
    private final MeetingPage meeting;
    private final SlaPage slaReport;
    private final MinutesPage minutes;

    public Pages(PeopleService people, BlockerService blockers, ActionService actions, CalendarService calendar, MeetingService meetings,
                 SlaService sla, Sessions sessions, EventBus events, Clock clock, Throttle throttle) {
        this.sessions = sessions;
        this.throttle = throttle;
        var views = new PageViews(people, blockers, actions, calendar, meetings, sla, events, clock);
        this.login = new LoginPage(sessions, templates, throttle);
        this.dashboard = new DashboardPage(blockers, actions, views, templates);
        this.agenda = new AgendaPage(meetings, views, templates);
        this.meeting = new MeetingPage(meetings, blockers, views, templates);
        this.slaReport = new SlaPage(sla, templates);
        this.minutes = new MinutesPage(meetings, templates);
    }

    /// Adds the pages' routes, their guard, and the static files they load.
    public void configure(JavalinConfig config) {
        var routes = config.routes;
        routes.get("/static/{file}", files::own);
        routes.get("/webjars/<path>", files::webjar);
        routes.beforeMatched(ctx -> {
            if (isPage(ctx)) {
                guard(ctx);
            }
        });
        routes.get("/login", login::show);
        routes.post("/login", login::signIn);
        routes.post("/logout", login::signOut);
        routes.get("/", dashboard::show);
        routes.post("/blockers", dashboard::raise);
        routes.post("/actions/{id}/done", dashboard::done);
        routes.post("/actions/{id}/blocker", dashboard::escalate);
        routes.get("/meetings/{date}/agenda", agenda::show);
        routes.post("/meetings/{date}/agenda/order", agenda::rank);
        routes.get("/meetings/{date}", meeting::show);
        routes.get("/meetings/{date}/minutes", minutes::show);
        routes.post("/meetings/{date}/start", meeting::start);
        routes.post("/meetings/{date}/end", meeting::end);
        routes.post("/meetings/{date}/attendees", meeting::checkIn);
        routes.post("/meetings/{date}/blockers/{id}/resolve", meeting::resolve);
        routes.post("/meetings/{date}/current", meeting::step);
        routes.get("/reports/sla", slaReport::show);
    }

    /// True for every path but the API's and the static files'.
    public static boolean isPage(Context ctx) {
        var path = ctx.path();
        // A calendar client reads the feed's refusals too: the API's JSON, not a page.
        return !path.startsWith("/api/") && !path.startsWith("/static/") && !path.startsWith("/webjars/")
                && !path.equals(FeedService.PATH);
    }

    /// True when the client asked for HTML, as a browser does: an unknown address gets a page
    /// then, and the API's JSON error otherwise.
    public static boolean wantsHtml(Context ctx) {
        var accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    /// Answers a refusal that escaped a page handler as a page, not as the API's JSON.
    public void refusal(Context ctx, int status, String message) {
        securityHeaders(ctx);
        Sessions.Session session = ctx.attribute(SESSION);
        var chrome = session == null ? Chrome.anonymous("Refused") : Chrome.of("Refused", session, "");
        templates.render(ctx, status, "error.jte", new ErrorView(chrome, status, message));
    }

    /// PAGE-1–PAGE-3 — every page but the sign-in page needs a live session; a form from another site is
    /// refused, and every form must carry its session's CSRF token.
    private void guard(Context ctx) {
        securityHeaders(ctx);
        boolean post = ctx.method() == HandlerType.POST;
        if (post && fromAnotherSite(ctx)) {
            throw Problem.forbidden("This form was sent from another site; eteam takes forms only from its own pages.");
        }
        if (ctx.path().equals("/login")) {
            if (post) {
                // The form is read to sign in, so before anyone is: it must be small and the
                // address not throttled.
                throttle.check(ctx);
                Bodies.refuseOver(ctx, LOGIN_FORM_BYTES, "A sign-in form is a token, not more than 4 KiB.");
            }
            return;
        }
        boolean cookie = ctx.cookie(Sessions.COOKIE) != null;
        if (cookie) {
            throttle.check(ctx);
        }
        var session = sessions.find(ctx);
        if (session.isEmpty()) {
            if (cookie) {
                throttle.refused(ctx, "a session cookie that is unknown or has ended");
                ctx.cookie(Sessions.cleared(ctx));
            }
            signInFirst(ctx);
            return;
        }
        if (post && !session.get().csrfMatches(ctx.formParam("csrf"))) {
            throw Problem.forbidden("This form's security token is missing or out of date, so nothing was changed. "
                    + "Reload the page and try again.");
        }
        ctx.attribute(SESSION, session.get());
    }

    /// Browsers name the page a form came from in `Sec-Fetch-Site` and `Origin`. Checking them
    /// protects `/login` too, where there is no session (and no CSRF token) yet: without it,
    /// another site could sign a browser in as someone else.
    private static boolean fromAnotherSite(Context ctx) {
        var site = ctx.header("Sec-Fetch-Site");
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        var origin = ctx.header("Origin");
        return origin != null && !Origins.sameServer(origin, ctx.host());
    }

    /// htmx follows a redirect inside its request and would put the sign-in page into a
    /// fragment; `HX-Redirect` makes it load the sign-in page instead.
    private static void signInFirst(Context ctx) {
        if (ctx.header("HX-Request") != null) {
            ctx.header("HX-Redirect", "/login");
            ctx.status(HttpStatus.UNAUTHORIZED);
            ctx.skipRemainingHandlers();
        } else {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    static Sessions.Session session(Context ctx) {
        Sessions.Session session = ctx.attribute(SESSION);
        if (session == null) {
            throw Problem.unauthenticated("Sign in first.");
        }
        return session;
    }

    /// The meeting's date, `next` resolved: pages post forms and follow events for a real date.
    static String date(Context ctx, MeetingService meetings) {
        return meetings.slot(ctx.pathParam("date")).date().toString();
    }

    /// A form field, or null when it is blank (an unset select or an empty optional field).
    static String optional(Context ctx, String field) {
        var value = ctx.formParam(field);
        return value == null || value.isBlank() ? null : value;
    }
}
