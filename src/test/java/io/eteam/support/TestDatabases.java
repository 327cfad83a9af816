package io.eteam.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/// Which database the tests run on: H2 in memory unless the system property `eteam.test.db` is
/// `postgresql`, which the build's second test run sets (`mvn -B verify`, see the README). On
/// PostgreSQL the tests of one JVM share one throwaway server (`Postgres`), started on first use
/// and stopped when the JVM exits, and every fresh database is a new, empty database on it.
public final class TestDatabases {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Postgres postgres;

    private TestDatabases() {
    }

    /// True when this run's tests run on PostgreSQL.
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("eteam.test.db"));
    }

    /// A fresh, empty database's JDBC URL, private to the caller.
    public static String fresh() {
        if (!postgresql()) {
            return "jdbc:h2:mem:" + UUID.randomUUID();
        }
        return server().createDatabase("t" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet());
    }

    private static synchronized Postgres server() {
        if (postgres == null) {
            if (!Postgres.available()) {
                throw new IllegalStateException("eteam.test.db=postgresql needs PostgreSQL 15's binaries in"
                        + " /usr/lib/postgresql/15/bin: apt-get install -y postgresql-15 (README, \"Tests\").");
            }
            var started = Postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
            postgres = started;
        }
        return postgres;
    }
}
