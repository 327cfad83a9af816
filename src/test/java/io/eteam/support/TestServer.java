package io.eteam.support;

import io.eteam.App;
import io.eteam.people.NewPerson;
import io.eteam.people.Person;
import io.eteam.web.Limits;
import java.time.Clock;
import java.util.List;

/// A real eteam server on a free port of 127.0.0.1, over a fresh database (H2 in memory, or PostgreSQL: `TestDatabases`),
/// with a first chair `chair` already made. Close it when done.
public final class TestServer implements AutoCloseable {

    public final App app;
    public final String chairToken;
    public final Http http;

    private TestServer(App app, String chairToken) {
        this.app = app;
        this.chairToken = chairToken;
        this.http = new Http("http://127.0.0.1:" + app.port());
    }

    public static TestServer start() {
        return start(Clock.systemUTC());
    }

    public static TestServer start(Clock clock) {
        return start(clock, Limits.DEFAULT);
    }

    /// Production's limits but for wrong credentials, which never get 429: for tests that send
    /// many on purpose and test something else (throttling is HostileClientsTest's).
    public static Limits unthrottled() {
        var d = Limits.DEFAULT;
        return new Limits(d.threads(), d.idleTimeout(), d.headerTimeout(), d.minBodyRate(), d.drainTime(),
                d.connectionsPerAddress(), Integer.MAX_VALUE, d.refusalRefill(), d.trackedAddresses(), false, List.of());
    }

    /// A server with other limits than production's, e.g. one that never throttles wrong tokens.
    public static TestServer start(Clock clock, Limits limits) {
        var app = App.open(memoryDb(), clock).serve("127.0.0.1", 0, limits);
        var chair = app.people().init("chair", "Casey Chair");
        return new TestServer(app, chair.token());
    }

    /// A fresh, private database URL: H2 in memory, or PostgreSQL (`TestDatabases`).
    public static String memoryDb() {
        return TestDatabases.fresh();
    }

    public String url() {
        return http.base();
    }

    public Person chair() {
        return app.people().get("chair");
    }

    /// Adds a person as the chair would and returns their token.
    public String add(String handle, String role) {
        return app.people().add(chair(), new NewPerson(handle, handle.toUpperCase() + " Name", role, null)).token();
    }

    @Override
    public void close() {
        app.close();
    }
}
