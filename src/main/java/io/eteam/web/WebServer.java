package io.eteam.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eteam.backup.BackupService;
import io.eteam.blocker.BlockerService;
import io.eteam.calendar.CalendarService;
import io.eteam.deferral.DeferralCheck;
import io.eteam.event.EventBus;
import io.eteam.idempotency.IdempotencyService;
import io.eteam.meeting.MeetingService;
import io.eteam.sla.SlaService;
import io.eteam.people.PeopleService;
import io.eteam.problem.Problem;
import io.eteam.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The HTTP server: the route table, authentication, and the one place where refusals
/// become the API's error shape.
public final class WebServer {

    /// Request bodies above this size are refused with 413.
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /// A CSV import of history may be larger: up to 16 MiB.
    public static final int MAX_IMPORT_BYTES = 16 * 1024 * 1024;

    private static final String IMPORT_PATH = "/api/v1/blockers/import";

    private static final String EVENTS_PATH = "/api/v1/meetings/{date}/events";

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final EventStream events;

    /// Loads and initialises the web stack's classes (Jackson, Javalin, Jetty) without serving:
    /// `eteam serve` runs this on a second thread while it reads its arguments and opens the
    /// database, so that on a machine with two cores its server starts answering sooner.
    public static void prepare() throws JsonProcessingException {
        Json.MAPPER.writeValueAsString(Map.of("status", "ok"));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.routes.get("/", ctx -> ctx.result("ok"));
        });
        // Jetty's thread pool makes the JVM's platform MBean server as it is first loaded, the
        // longest single step of starting; a server and its connector and servlet context, made
        // and dropped unstarted, load most of what starting Jetty loads.
        var server = new Server(new QueuedThreadPool());
        server.addConnector(new ServerConnector(server));
        server.setHandler(new ServletContextHandler());
    }

    public WebServer(PeopleService people, BlockerService blockers, CalendarService calendar, MeetingService meetings,
                     SlaService sla, DeferralCheck deferrals, BackupService backups, IdempotencyService idempotency, EventBus bus,
                     Clock clock, Runnable awaitDatabase, Limits limits) {
        var sessions = new Sessions(people, clock, Sessions.IDLE);
        var throttle = new Throttle(limits);
        var auth = new Auth(people, sessions, throttle);
        this.events = new EventStream(bus, meetings);
        var pages = new Pages(people, blockers, calendar, meetings, sla, sessions, bus, clock, throttle);
        var peopleRoutes = new PeopleRoutes(people);
        var blockerRoutes = new BlockerRoutes(blockers, calendar, sla);
        var deferralRoutes = new DeferralRoutes(deferrals, blockers);
        var reportRoutes = new ReportRoutes(sla);
        var calendarRoutes = new CalendarRoutes(calendar);
        var meetingRoutes = new MeetingRoutes(meetings);
        var idempotencyKeys = new IdempotencyKeys(idempotency);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_IMPORT_BYTES;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.threadPool = new QueuedThreadPool(limits.threads(), Math.min(8, limits.threads()));
            config.jetty.modifyServer(server -> ConnectionGuard.install(server, limits));

            // The database may still be opening when the server starts (App.opening).
            config.routes.before(ctx -> awaitDatabase.run());
            config.routes.before("/api/*", ctx -> {
                ctx.header("Cache-Control", "no-store");
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            config.routes.beforeMatched("/api/*", auth::authenticate);
            // Only after authentication: nobody may make the server wait for a body unsigned.
            config.routes.beforeMatched("/api/*", ctx -> {
                if (ctx.path().equals(IMPORT_PATH)) {
                    Bodies.refuseOversize(ctx, MAX_IMPORT_BYTES, 0, limits.drainTime(),
                            "The file is larger than 16 MiB; split it and import the parts.");
                } else {
                    Bodies.refuseOversize(ctx, MAX_BODY_BYTES, MAX_IMPORT_BYTES, limits.drainTime(),
                            "The request body is larger than 64 KiB.");
                }
            });
            idempotencyKeys.configure(config);
            config.routes.beforeMatched(EVENTS_PATH, ctx -> meetings.slot(ctx.pathParam("date")));
            config.routes.after(Bodies::closeIfUnread);
            config.routes.after(ctx -> {
                // Javalin answers a body cut off by the minimum data rate with a bare 408.
                if (ctx.statusCode() == 408 && !ctx.res().isCommitted()) {
                    error(ctx, 408, "request_timeout", "The request body arrived too slowly; send it again.", null);
                }
            });

            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get("/api/v1/me", peopleRoutes::me);
            config.routes.get("/api/v1/people", peopleRoutes::list);
            config.routes.post("/api/v1/people", peopleRoutes::add);
            config.routes.post("/api/v1/people/{handle}/token", peopleRoutes::token);
            config.routes.delete("/api/v1/people/{handle}", peopleRoutes::deactivate);
            config.routes.get("/api/v1/blockers", blockerRoutes::list);
            config.routes.post("/api/v1/blockers", blockerRoutes::raise);
            config.routes.post(IMPORT_PATH, blockerRoutes::importCsv);
            config.routes.get("/api/v1/blockers/{id}", blockerRoutes::get);
            config.routes.patch("/api/v1/blockers/{id}", blockerRoutes::edit);
            config.routes.post("/api/v1/blockers/{id}/resolve", blockerRoutes::resolve);
            config.routes.post("/api/v1/blockers/{id}/withdraw", blockerRoutes::withdraw);
            config.routes.post("/api/v1/deferral-check", deferralRoutes::check);
            config.routes.get("/api/v1/deferrals/export", deferralRoutes::export);
            config.routes.get("/api/v1/reports/sla", reportRoutes::sla);
            config.routes.get("/api/v1/backup", ctx -> BackupRoutes.backup(backups, ctx));
            config.routes.get("/api/v1/calendar", calendarRoutes::show);
            config.routes.put("/api/v1/calendar", calendarRoutes::update);
            config.routes.get("/api/v1/calendar/history", calendarRoutes::history);
            config.routes.put("/api/v1/calendar/holidays/{date}", calendarRoutes::addHoliday);
            config.routes.delete("/api/v1/calendar/holidays/{date}", calendarRoutes::removeHoliday);
            config.routes.get("/api/v1/meetings/{date}", meetingRoutes::get);
            config.routes.post("/api/v1/meetings/{date}/start", meetingRoutes::start);
            config.routes.post("/api/v1/meetings/{date}/end", meetingRoutes::end);
            config.routes.post("/api/v1/meetings/{date}/attendees", meetingRoutes::checkIn);
            config.routes.get("/api/v1/meetings/{date}/agenda", meetingRoutes::agenda);
            config.routes.get("/api/v1/meetings/{date}/live", meetingRoutes::live);
            config.routes.put("/api/v1/meetings/{date}/agenda/order", meetingRoutes::rank);
            config.routes.sse(EVENTS_PATH, events::follow);
            pages.configure(config);

            config.routes.exception(Problem.class, (e, ctx) -> refuse(pages, e, ctx));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> {
                if (e.getStatus() == 404 && Pages.isPage(ctx) && Pages.wantsHtml(ctx)) {
                    pages.refusal(ctx, 404, "There is no page at " + ctx.path() + ".");
                } else {
                    httpError(e, ctx);
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                var unreadable = Unreadable.refusal(e, ctx.header("Content-Type"));
                if (unreadable.isPresent()) {
                    refuse(pages, unreadable.get(), ctx);
                    return;
                }
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                if (Pages.isPage(ctx)) {
                    pages.refusal(ctx, 500, "Something went wrong on the server; it has been logged.");
                } else {
                    error(ctx, 500, "internal", "Something went wrong on the server; it has been logged.", null);
                }
            });
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /// Ends the browsers' event streams and their sender thread along with the server.
    public void stop() {
        events.close();
        app.stop();
    }

    private static void refuse(Pages pages, Problem e, Context ctx) {
        if (Pages.isPage(ctx)) {
            pages.refusal(ctx, e.kind().status, e.getMessage());
        } else {
            error(ctx, e.kind().status, e.kind().code, e.getMessage(), e.field());
        }
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 404 -> error(ctx, 404, "not_found", "There is no " + ctx.method() + " " + ctx.path() + " in the API.", null);
            case 405 -> error(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path() + ".", null);
            case 413 -> error(ctx, 413, "too_large", ctx.path().equals(IMPORT_PATH)
                    ? "The file is larger than 16 MiB; split it and import the parts." : "The request body is larger than 64 KiB.", null);
            default -> error(ctx, status, status < 500 ? "invalid_request" : "internal", e.getMessage(), null);
        }
    }

    static void error(Context ctx, int status, String code, String message, String field) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        ctx.status(status).json(body);
    }
}
