package io.eteam;

import io.eteam.action.ActionRepository;
import io.eteam.action.ActionService;
import io.eteam.backup.BackupRepository;
import io.eteam.backup.BackupService;
import io.eteam.blocker.BlockerRepository;
import io.eteam.blocker.BlockerService;
import io.eteam.calendar.CalendarRepository;
import io.eteam.calendar.CalendarService;
import io.eteam.calendar.Holidays;
import io.eteam.db.Database;
import io.eteam.deferral.DeferralCheck;
import io.eteam.event.EventBus;
import io.eteam.feed.FeedRepository;
import io.eteam.feed.FeedService;
import io.eteam.idempotency.IdempotencyRepository;
import io.eteam.idempotency.IdempotencyService;
import io.eteam.idempotency.PendingKeys;
import io.eteam.meeting.MeetingRepository;
import io.eteam.meeting.MeetingService;
import io.eteam.sla.SlaRepository;
import io.eteam.sla.SlaService;
import io.eteam.people.PeopleRepository;
import io.eteam.people.PeopleService;
import io.eteam.web.Limits;
import io.eteam.webhook.Digest;
import io.eteam.webhook.Dispatcher;
import io.eteam.webhook.EveryMinute;
import io.eteam.webhook.Warnings;
import io.eteam.webhook.WebhookRepository;
import io.eteam.webhook.WebhookService;
import io.eteam.web.WebServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/// The composition root: builds every object of the server by hand.
public final class App implements AutoCloseable {

    private final Database database;
    private final PeopleService people;
    private final BlockerService blockers;
    private final CalendarService calendar;
    private final MeetingService meetings;
    private final SlaService sla;
    private final ActionService actions;
    private final FeedService feeds;
    private final EventBus events;
    private final DeferralCheck deferrals = DeferralCheck.background();
    private final BackupService backups;
    private final IdempotencyService idempotency;
    private final WebhookService webhooks;
    private final Dispatcher dispatcher;
    private final Warnings warnings;
    private final Digest digest;
    private final EveryMinute everyMinute;
    private final Clock clock;
    private WebServer web;

    private App(Database database, PendingKeys pendingKeys, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.events = database.eventBus();
        var dsl = database.dsl();
        this.people = new PeopleService(new PeopleRepository(dsl), events, clock);
        this.blockers = new BlockerService(new BlockerRepository(dsl), deferrals, events, clock);
        this.calendar = new CalendarService(new CalendarRepository(dsl), new Holidays(), events, clock);
        this.sla = new SlaService(new SlaRepository(dsl), calendar, clock);
        this.actions = new ActionService(new ActionRepository(dsl), blockers, calendar, events, clock);
        this.meetings = new MeetingService(new MeetingRepository(dsl), calendar, blockers, actions, people, events, clock);
        this.feeds = new FeedService(new FeedRepository(dsl), actions, calendar, clock);
        this.backups = new BackupService(new BackupRepository(dsl), clock);
        this.idempotency = new IdempotencyService(new IdempotencyRepository(dsl), pendingKeys, clock);
        var hooks = new WebhookRepository(dsl);
        this.webhooks = new WebhookService(hooks, clock);
        this.dispatcher = new Dispatcher(hooks, clock);
        this.warnings = new Warnings(hooks, blockers, sla, events, clock);
        this.digest = new Digest(hooks, calendar, sla, actions, clock);
        this.everyMinute = new EveryMinute(List.of(new EveryMinute.Task("Looking for blockers at risk of breaching", warnings::scan),
                new EveryMinute.Task("The weekly digest", digest::send)));
    }

    /// Opens the database at `dbUrl` (migrating it) and wires the services.
    public static App open(String dbUrl, Clock clock) {
        var pendingKeys = new PendingKeys(clock);
        return new App(Database.open(dbUrl, pendingKeys), pendingKeys, clock);
    }

    /// Wires the services while the database at `dbUrl` opens on a thread of its own (see
    /// `Database.opening`); `awaitOpen` waits for it, and so does every request.
    public static App opening(String dbUrl, Clock clock) {
        var pendingKeys = new PendingKeys(clock);
        return new App(Database.opening(dbUrl, pendingKeys), pendingKeys, clock);
    }

    /// Waits until the database is open and migrated; throws what opening it threw.
    public App awaitOpen() {
        database.awaitOpen();
        return this;
    }

    /// Starts answering HTTP on `host:port` (port 0 picks a free one); a request waits until
    /// the database is open.
    public App serve(String host, int port) {
        return serve(host, port, Limits.DEFAULT);
    }

    /// Serves with other `limits` than production's: tests shorten the time-outs.
    public App serve(String host, int port, Limits limits) {
        web = new WebServer(people, blockers, actions, feeds, calendar, meetings, sla, deferrals, backups, idempotency, webhooks,
                events, clock, database::awaitOpen, database::answers, limits).start(host, port);
        // HOOK-4, HOOK-6, HOOK-7 — a server sends the webhooks' outbox (looking at once after
        // every change), gives the warnings before a breach and stages the weekly digest, once
        // the database is open.
        database.whenOpened(() -> {
            events.subscribe(event -> dispatcher.wake());
            dispatcher.start();
            everyMinute.start();
        });
        // Loads once the server listens and the database is open: the opening is start-up's
        // longest path, and on two cores loading the model beside it took CPU from it.
        database.whenOpened(deferrals::startLoading);
        database.whenOpened(web::prepare);
        return this;
    }

    /// Runs `then` once the deferral model has loaded (loading starts once the database is open).
    public void whenModelLoaded(Runnable then) {
        deferrals.whenLoaded(then);
    }

    public int port() {
        return web.port();
    }

    public PeopleService people() {
        return people;
    }

    public CalendarService calendar() {
        return calendar;
    }

    public ActionService actions() {
        return actions;
    }

    public FeedService feeds() {
        return feeds;
    }

    public SlaService sla() {
        return sla;
    }

    public MeetingService meetings() {
        return meetings;
    }

    public BlockerService blockers() {
        return blockers;
    }

    public WebhookService webhooks() {
        return webhooks;
    }

    /// The warnings before a breach: a server looks every minute; the demo and tests look now.
    public Warnings warnings() {
        return warnings;
    }

    /// The weekly digest: a server looks every minute whether it is due; tests look now.
    public Digest digest() {
        return digest;
    }

    /// What the services announce after they commit: the browsers' event streams follow it, and
    /// so can anything else that wants to know.
    public EventBus events() {
        return events;
    }

    @Override
    public void close() {
        if (web != null) {
            web.stop();
        }
        everyMinute.close();
        dispatcher.close();
        deferrals.shutDown(Duration.ofSeconds(10));
        database.close();
    }
}
