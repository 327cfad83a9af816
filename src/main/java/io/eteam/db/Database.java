package io.eteam.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.eteam.event.EventBus;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionListener;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/// The database of one installation: a connection pool, the schema migrated by Flyway
/// from `sql/`, and the jOOQ context every repository uses.
public final class Database implements AutoCloseable {

    /// The embedded default: an H2 file under `./data`.
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/eteam";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private final OpeningInBackground<HikariDataSource> opening;
    private final DSLContext dsl;
    /// EVT-6 — on PostgreSQL, which several servers may share; null on H2, which one server owns.
    private final EventLog eventLog;
    /// The one bus of this database's events in this process (the log feeds one bus).
    private EventBus bus;

    private Database(OpeningInBackground<HikariDataSource> opening, SQLDialect dialect, TransactionListener... listeners) {
        this.opening = opening;
        var settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false)
                .withBindOffsetDateTimeType(true)
                .withFetchWarnings(false)
                .withExecuteLogging(false);
        var pool = new Pool();
        var configuration = new DefaultConfiguration()
                .set(pool)
                .set(dialect)
                .set(settings)
                .set(listeners);
        if (dialect == SQLDialect.H2) {
            var serial = new SerialWrites(pool);
            configuration.set((org.jooq.TransactionProvider) serial);
            configuration.set(new org.jooq.ExecuteListener[] {serial});
        }
        this.dsl = DSL.using(configuration);
        // Without the listeners: an event's transaction is not a request's change, whose
        // Idempotency-Key PendingKeys records.
        var plain = DSL.using(new DefaultConfiguration().set(pool).set(dialect).set(settings));
        this.eventLog = dialect == SQLDialect.POSTGRES ? new EventLog(plain, this::connect) : null;
    }

    /// Opens (creating if needed) the database at `url` and applies every pending migration.
    /// `listeners` take part in every transaction, e.g. to write a row in the same commit.
    public static Database open(String url, TransactionListener... listeners) {
        var database = opening(url, listeners);
        database.awaitOpen();
        return database;
    }

    /// Starts opening and migrating the database at `url` on a thread of its own
    /// (`OpeningInBackground`) and answers at once; a query waits until it is open.
    public static Database opening(String url, TransactionListener... listeners) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        var jdbcUrl = durable(url);
        var dialect = jdbcUrl.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.H2;
        return new Database(OpeningInBackground.start("eteam-database", () -> pool(jdbcUrl)), dialect, listeners);
    }

    /// `url` as it may be printed or logged: a password in it (`password=...`) shown as `***`.
    public static String shown(String url) {
        return url == null ? null : PASSWORD.matcher(url).replaceAll("$1***");
    }

    /// Waits until the database is open and migrated; throws what opening it threw.
    public void awaitOpen() {
        opening.await();
    }

    /// Runs `then` once opening the database has ended, opened or failed: work that should not
    /// take the CPU from the opening itself.
    public void whenOpened(Runnable then) {
        opening.whenDone(then);
    }

    private HikariDataSource dataSource() {
        return opening.await();
    }

    private static HikariDataSource pool(String jdbcUrl) {
        var ds = unmigrated(jdbcUrl);
        try {
            if (!Migrations.allApplied(ds)) {
                migrate(ds, null);
            }
            if (jdbcUrl.startsWith("jdbc:h2:")) {
                Identities.keepAboveStoredIds(DSL.using(ds, SQLDialect.H2, new Settings()
                        .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)));
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }

    private static HikariDataSource unmigrated(String jdbcUrl) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("eteam");
        config.setMaximumPoolSize(10);
        // A request waits at most this long for a connection (Hikari's default is 30 s): when the
        // database is down, requests fail fast with 503 and the pool reconnects once it is back.
        config.setConnectionTimeout(5_000);
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
            config.setPassword("");
        }
        return new HikariDataSource(config);
    }

    private static Flyway flyway(HikariDataSource ds, String target) {
        var config = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:" + Migrations.LOCATION)
                .loggers("slf4j");
        return (target == null ? config : config.target(target)).load();
    }

    private static void migrate(HikariDataSource ds, String target) {
        flyway(ds, target).migrate();
    }

    /// Opens the database at `url` as it is, without migrating it: `eteam restore` first
    /// compares its schema with the backup's, then migrates it only as far as the backup's.
    public static Database openAsIs(String url) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        var jdbcUrl = durable(url);
        var dialect = jdbcUrl.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.H2;
        return new Database(OpeningInBackground.done(unmigrated(jdbcUrl)), dialect);
    }

    /// The schema version the database is at (null before the first migration), and the
    /// newest one this build's `sql/` knows.
    public record SchemaVersions(String current, String latest) {
    }

    public SchemaVersions schemaVersions() {
        var info = flyway(dataSource(), null).info();
        var current = info.current();
        var all = info.all();
        return new SchemaVersions(current == null ? null : current.getVersion().getVersion(),
                all.length == 0 ? null : all[all.length - 1].getVersion().getVersion());
    }

    /// Applies the pending migrations up to `version` (every one, if null).
    public void migrateTo(String version) {
        migrate(dataSource(), version);
    }

    /// Compares two schema versions as Flyway orders them (`5` before `5.1` before `10`).
    public static int compareVersions(String a, String b) {
        return org.flywaydb.core.api.MigrationVersion.fromVersion(a).compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(b));
    }

    /// True when `url` names an H2 file that an open database holds, in this process or
    /// another: H2 locks the file while it is open, and a second opening would either fail or,
    /// in the same process, quietly share the open database. Meant for a process of its own
    /// (`eteam restore`): on Linux, closing the probe's channel drops every lock this process
    /// holds on the file, including one an H2 database open in the same process holds.
    public static boolean h2FileInUse(String url) {
        var file = h2DataFile(url);
        if (file == null || !Files.exists(file)) {
            return false;
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /// The `.mv.db` file of an H2 file URL, or null for any other kind of database.
    static Path h2DataFile(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return null;
        }
        var name = url.substring("jdbc:h2:".length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.contains(":")) {
            // mem:, tcp:, ssl:, zip: and the other kinds H2 names by a prefix
            return null;
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Path.of(name + ".mv.db");
    }

    /// Connections for jOOQ from the pool, once the database is open.
    private final class Pool implements ConnectionProvider {

        @Override
        public Connection acquire() {
            try {
                return dataSource().getConnection();
            } catch (SQLException e) {
                throw new DataAccessException("Could not get a database connection: " + e.getMessage(), e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new DataAccessException("Could not return a database connection: " + e.getMessage(), e);
            }
        }
    }

    /// H2 writes committed changes to its file after a delay of up to 500 ms by default, so a
    /// process killed right after answering a client could lose an acknowledged write.
    /// `WRITE_DELAY=0` makes every commit reach the file before the commit returns.
    /// In-memory databases also get `DB_CLOSE_DELAY=-1`, or they vanish between connections.
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        var upper = url.toUpperCase();
        var result = url;
        if (upper.startsWith("JDBC:H2:MEM:")) {
            if (!upper.contains("DB_CLOSE_DELAY")) {
                result += ";DB_CLOSE_DELAY=-1";
            }
        } else if (!upper.contains("WRITE_DELAY")) {
            result += ";WRITE_DELAY=0";
        }
        return result;
    }

    /// The URL of an H2 file database kept in `directory`.
    public static String h2File(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("eteam").toAbsolutePath();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /// Throws, as any query would, unless the database answers a query now: readiness, for a
    /// load balancer that should send requests only to servers whose database is there.
    public void answers() {
        dsl.selectOne().fetch();
    }

    /// A bus for the live events of this database's servers: on PostgreSQL one that goes through
    /// the database's `EventLog` and, once the database is open, hears the other servers' events;
    /// on H2 one of this process alone.
    public synchronized EventBus eventBus() {
        if (bus == null) {
            bus = eventLog == null ? new EventBus() : new EventBus(eventLog);
            if (eventLog != null) {
                opening.whenDone(() -> {
                    if (opening.opened()) {
                        eventLog.listen(bus);
                    }
                });
            }
        }
        return bus;
    }

    /// A connection of its own, outside the pool, with the pool's settings; PostgreSQL shows it
    /// as `eteam events` in `pg_stat_activity`.
    private Connection connect() throws SQLException {
        var ds = dataSource();
        var properties = new Properties();
        if (ds.getUsername() != null) {
            properties.setProperty("user", ds.getUsername());
        }
        if (ds.getPassword() != null) {
            properties.setProperty("password", ds.getPassword());
        }
        properties.setProperty("ApplicationName", "eteam events");
        return DriverManager.getConnection(ds.getJdbcUrl(), properties);
    }

    /// Closes the pool, after waiting for an opening still under way; one that failed left
    /// nothing open.
    @Override
    public void close() {
        if (eventLog != null) {
            eventLog.close();
        }
        HikariDataSource open;
        try {
            open = dataSource();
        } catch (RuntimeException failed) {
            return;
        }
        open.close();
    }
}
