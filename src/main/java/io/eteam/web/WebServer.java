package io.eteam.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eteam.backup.BackupService;
import io.eteam.action.ActionService;
import io.eteam.blocker.BlockerService;
import io.eteam.calendar.CalendarService;
import io.eteam.cli.Version;
import io.eteam.db.SqlErrors;
import io.eteam.deferral.DeferralCheck;
import io.eteam.event.EventBus;
import io.eteam.feed.FeedService;
import io.eteam.idempotency.IdempotencyService;
import io.eteam.mcp.HttpMcp;
import io.eteam.meeting.MeetingService;
import io.eteam.sla.SlaService;
import io.eteam.webhook.WebhookService;
import io.eteam.people.PeopleService;
import io.eteam.problem.Problem;
import io.eteam.web.pages.Pages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The HTTP server: the route table, authentication, and the one place where refusals
/// become the API's error shape.
public final class WebServer {

    private static final String EVENTS_PATH = "/api/v1/meetings/{date}/events";
    /// Readiness, for load balancers: 200 while the database answers, else 503; like health, it
    /// needs no sign-in and says nothing about the installation.
    static final String READY_PATH = "/api/v1/ready";

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /// What a request is answered (503) while the database's disk is full (`SqlErrors.DISK_FULL`).
    static final String DISK_FULL = "The eteam server's disk is full: it cannot save anything until whoever runs it"
            + " makes room (and restarts it). Try again after that.";

    /// Jetty sizes its queues to the cache line from the size of a reference, which it learns by
    /// asking the JVM's platform MBean server whether references are compressed: that starts
    /// JMX (about 290 classes, 8 MB of RSS) for one flag. The JVM compresses them under a
    /// 32 GB heap; a wrong guess would only pad a queue differently.
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    static {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            boolean compressed = Runtime.getRuntime().maxMemory() < (32L << 30);
            System.setProperty(REFERENCES_PER_CACHE_LINE, compressed ? "16" : "8");
        }
    }

    private final Javalin app;
    private final EventStream events;
    /// The tools for AI assistants at `/mcp` (issue 17), calling this server's own API.
    private final HttpMcp mcp;
    /// Where this server answers its own API, once it listens.
    private volatile String self;

    /// Loads and initialises the web stack's classes (Jackson, Javalin, Jetty) without serving,
    /// through a Javalin and a Jetty server made and dropped unstarted. `HeadStart` runs it
    /// beside the parsing of `serve`'s arguments and the opening of the database.
    public static void warmUp() throws JsonProcessingException {
        Json.MAPPER.writeValueAsString(Map.of("status", "ok"));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.routes.get("/", ctx -> ctx.result("ok"));
        });
        // A server and its connector and servlet context, made and dropped unstarted, load most
        // of what starting Jetty loads.
        var server = new Server(new QueuedThreadPool());
        server.addConnector(new ServerConnector(server));
        server.setHandler(new ServletContextHandler());
    }

    public WebServer(PeopleService people, BlockerService blockers, ActionService actions, FeedService feeds, CalendarService calendar,
                     MeetingService meetings, SlaService sla, DeferralCheck deferrals, BackupService backups, IdempotencyService idempotency,
                     WebhookService webhooks, EventBus bus,
                     Clock clock, Runnable awaitDatabase, Runnable databaseAnswers, Limits limits) {
        var sessions = new Sessions(people, clock, Sessions.IDLE);
        var throttle = new Throttle(limits);
        var auth = new Auth(people, sessions, throttle);
        this.events = new EventStream(bus, meetings);
        this.mcp = new HttpMcp(() -> self, Version.number());
        var mcpGate = new McpGate(auth, throttle, limits.names(), awaitDatabase);
        var pages = new Pages(people, blockers, actions, calendar, meetings, sla, sessions, bus, clock, throttle);
        var peopleRoutes = new PeopleRoutes(people);
        var blockerRoutes = new BlockerRoutes(blockers, calendar, sla);
        var deferralRoutes = new DeferralRoutes(deferrals, blockers);
        var reportRoutes = new ReportRoutes(sla);
        var calendarRoutes = new CalendarRoutes(calendar);
        var actionRoutes = new ActionRoutes(actions, sla);
        var webhookRoutes = new WebhookRoutes(webhooks);
        var feedRoutes = new FeedRoutes(feeds, throttle);
        var meetingRoutes = new MeetingRoutes(meetings);
        var idempotencyKeys = new IdempotencyKeys(idempotency);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = BodyLimit.IMPORT.bytes;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            config.jetty.threadPool = new QueuedThreadPool(limits.threads(), Math.min(8, limits.threads()));
            config.jetty.modifyServer(server -> ConnectionGuard.install(server, limits));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.addServlet(new ServletHolder(mcp.servlet()), HttpMcp.PATH);
                handler.addFilter(new FilterHolder(mcpGate), HttpMcp.PATH, EnumSet.of(DispatcherType.REQUEST));
            });
            if (limits.behindProxy()) {
                config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
            }

            // The database may still be opening when the server starts (App.opening).
            config.routes.before(ctx -> awaitDatabase.run());
            config.routes.before("/api/*", ctx -> {
                ctx.header("Cache-Control", "no-store");
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            config.routes.before(FeedService.PATH, FeedRoutes::headers);
            config.routes.beforeMatched("/api/*", auth::authenticate);
            // HTTP-1 — only after authentication: nobody may make the server wait for a body unsigned.
            config.routes.beforeMatched("/api/*", ctx -> {
                // A body over its limit is drained (up to the largest limit) so the client reads the 413.
                var limit = BodyLimit.of(ctx.path());
                Bodies.refuseOversize(ctx, limit.bytes, limit == BodyLimit.IMPORT ? 0 : BodyLimit.IMPORT.bytes,
                        limits.drainTime(), limit.refusal);
            });
            idempotencyKeys.configure(config);
            config.routes.beforeMatched(EVENTS_PATH, ctx -> meetings.slot(ctx.pathParam("date")));
            config.routes.after(Bodies::closeIfUnread);
            config.routes.after(ctx -> {
                // Javalin answers a body cut off by the minimum data rate with a bare 408.
                if (ctx.statusCode() == 408 && !ctx.res().isCommitted()) {
                    ApiError.send(ctx, 408);
                }
            });

            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.get(READY_PATH, ctx -> {
                databaseAnswers.run();
                ctx.json(Map.of("status", "ready"));
            });
            config.routes.get("/api/v1/me", peopleRoutes::me);
            config.routes.get("/api/v1/people", peopleRoutes::list);
            config.routes.post("/api/v1/people", peopleRoutes::add);
            config.routes.post("/api/v1/people/{handle}/token", peopleRoutes::token);
            config.routes.delete("/api/v1/people/{handle}", peopleRoutes::deactivate);
            config.routes.get("/api/v1/blockers", blockerRoutes::list);
            config.routes.post("/api/v1/blockers", blockerRoutes::raise);
            config.routes.post(BodyLimit.IMPORT_PATH, blockerRoutes::importCsv);
            config.routes.get("/api/v1/blockers/{id}", blockerRoutes::get);
            config.routes.patch("/api/v1/blockers/{id}", blockerRoutes::edit);
            config.routes.post("/api/v1/blockers/{id}/resolve", blockerRoutes::resolve);
            config.routes.post("/api/v1/blockers/{id}/withdraw", blockerRoutes::withdraw);
            config.routes.post("/api/v1/deferral-check", deferralRoutes::check);
            config.routes.get("/api/v1/deferrals/export", deferralRoutes::export);
            config.routes.get("/api/v1/reports/sla", reportRoutes::sla);
            config.routes.get("/api/v1/backup", ctx -> BackupRoutes.backup(backups, ctx));
            config.routes.get("/api/v1/actions", actionRoutes::list);
            config.routes.post("/api/v1/actions/{id}/done", actionRoutes::done);
            config.routes.post("/api/v1/actions/{id}/blocker", actionRoutes::escalate);
            config.routes.get("/api/v1/webhooks", webhookRoutes::list);
            config.routes.get("/api/v1/webhooks/digest", webhookRoutes::digest);
            config.routes.put("/api/v1/webhooks/digest", webhookRoutes::setDigest);
            config.routes.post("/api/v1/webhooks", webhookRoutes::add);
            config.routes.delete("/api/v1/webhooks/{id}", webhookRoutes::remove);
            config.routes.post(FeedRoutes.TOKEN_PATH, feedRoutes::issue);
            config.routes.delete(FeedRoutes.TOKEN_PATH, feedRoutes::revoke);
            config.routes.get(FeedService.PATH, feedRoutes::calendar);
            // A calendar client may check a URL with HEAD: answered as GET is (Javalin's own HEAD runs no handler).
            config.routes.head(FeedService.PATH, feedRoutes::calendar);
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
            config.routes.post("/api/v1/meetings/{date}/current", meetingRoutes::step);
            config.routes.get("/api/v1/meetings/{date}/minutes", meetingRoutes::minutes);
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
                if (SqlErrors.DISK_FULL.causes(e)) {
                    // One line per request, as below: the first failure's trace says nothing more.
                    LOG.error("The database's disk is full: {} {} could not be answered", ctx.method(), ctx.path());
                    refuse(pages, Problem.unavailable(DISK_FULL), ctx);
                    return;
                }
                if (SqlErrors.UNREACHABLE.causes(e)) {
                    // One line, not a stack trace per request while the database is away.
                    LOG.warn("The database is not answering {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    refuse(pages, Problem.unavailable("The database is not answering; try again in a moment."), ctx);
                    return;
                }
                if (SqlErrors.UNIQUE.causes(e) || SqlErrors.CONCURRENT.causes(e)) {
                    // A race the service did not foresee, between requests on this server or on
                    // another sharing the database: its transaction was rolled back, and trying
                    // again works. Retry-After keeps the answer from being stored for the
                    // request's Idempotency-Key, so that the retry is served afresh.
                    LOG.warn("Two requests collided on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    refuse(pages, Problem.conflict("Someone changed the same thing at the same moment; try again."), ctx);
                    ctx.header("Retry-After", "1");
                    return;
                }
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                if (Pages.isPage(ctx)) {
                    pages.refusal(ctx, 500, ApiError.INTERNAL);
                } else {
                    ApiError.internal(ctx);
                }
            });
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        var loopback = host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        self = "http://" + (loopback.contains(":") ? "[" + loopback + "]" : loopback) + ":" + app.port();
        return this;
    }

    public int port() {
        return app.port();
    }

    /// Makes, off the request path, what the first request of its kind would otherwise wait for:
    /// the MCP server (`HttpMcp`). Called once the server answers and its database is open.
    public void prepare() {
        mcp.prepare();
    }

    /// Ends the browsers' event streams and their sender thread along with the server.
    public void stop() {
        events.close();
        mcp.close();
        app.stop();
    }

    private static void refuse(Pages pages, Problem e, Context ctx) {
        if (Pages.isPage(ctx)) {
            pages.refusal(ctx, e.kind().status, e.getMessage());
        } else {
            ApiError.send(ctx, e);
        }
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        switch (status) {
            case 404, 405, 413 -> ApiError.send(ctx, status);
            default -> ApiError.send(ctx, status, ApiError.code(status), e.getMessage(), null);
        }
    }
}
