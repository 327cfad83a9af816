package io.eteam.backup;

import static io.eteam.db.schema.Tables.EVENT_EPOCH;
import static io.eteam.db.schema.Tables.EVENT_LOG;
import static io.eteam.support.ApiErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.App;
import io.eteam.blocker.RaiseBlocker;
import io.eteam.blocker.Resolve;
import io.eteam.cli.Exit;
import io.eteam.db.Database;
import io.eteam.demo.Demo;
import io.eteam.people.NewPerson;
import io.eteam.support.Cli;
import io.eteam.support.Postgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `eteam backup` through a running server on an H2 file, and `eteam restore` into other H2
/// files, both through the real command line.
class BackupTest {

    /// The demo's history ends here: a Thursday, two days after a meeting.
    static final Instant NOW = Instant.parse("2026-03-12T09:30:00Z");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static String sourceUrl;
    static App source;
    static Demo.SignIn signIn;
    static Path backup;
    static Map<String, List<List<Object>>> sourceRows;

    @BeforeAll
    static void take_a_backup_of_a_demo_installation_while_its_server_runs() {
        sourceUrl = "jdbc:h2:file:" + shared.resolve("source/eteam");
        signIn = Demo.seed(sourceUrl, NOW);
        source = App.open(sourceUrl, Clock.systemUTC()).serve("127.0.0.1", 0);
        var chair = client(shared, signIn.chair().token());
        assertThat(chair.run("calendar", "holiday", "add", "2026-12-23", "--name", "Company day off").exit()).isZero();
        assertThat(chair.run("calendar", "set", "--target-days", "2.25", "--meeting-minutes", "150").exit()).isZero();
        assertThat(chair.run("webhooks", "add", "https://hooks.example.com/services/T1/B2/x", "--events", "digest",
                "--format", "slack").exit()).isZero();

        backup = shared.resolve("eteam-backup.jsonl.gz");
        var taken = chair.run("backup", backup.toString());

        assertThat(taken.exit()).as(taken.err()).isZero();
        assertThat(taken.out()).contains("Saved ").contains("keep it safe");
        sourceRows = contents(sourceUrl);
    }

    @AfterAll
    static void stop() {
        source.close();
    }

    @Test
    void a_restore_into_a_fresh_database_gives_back_every_row_of_every_table() {
        // Every table the demo and the calendar commands fill, so the comparison below compares rows.
        assertThat(sourceRows).allSatisfy((table, rows) -> {
            if (!Set.of("idempotency_key").contains(table)) {
                assertThat(rows).as("rows of %s in the source", table).isNotEmpty();
            }
        });
        var target = "jdbc:h2:file:" + dir.resolve("target/eteam");

        var restored = operator().run("restore", backup.toString(), "--db", target);

        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.lines()).hasSize(1);
        assertThat(restored.out()).startsWith("Restored eteam-backup.jsonl.gz").contains("person 18", "blocker_event ");
        assertSameRows(contents(target), sourceRows);
    }

    @Test
    void after_a_restore_the_old_tokens_sign_in_and_a_raise_gets_a_new_id_above_the_restored_ones() {
        var target = "jdbc:h2:file:" + dir.resolve("target/eteam");
        assertThat(operator().run("restore", backup.toString(), "--db", target).exit()).isZero();
        long highest = sourceRows.get("blocker").stream().mapToLong(r -> (Long) r.get(0)).max().orElseThrow();
        long highestEvent = sourceRows.get("blocker_event").stream().mapToLong(r -> (Long) r.get(0)).max().orElseThrow();

        try (var restored = App.open(target, Clock.systemUTC()).serve("127.0.0.1", 0)) {
            var vp = client(dir, signIn.vp().token()).env("ETEAM_SERVER", "http://127.0.0.1:" + restored.port());
            var raised = vp.run("raise", "Raised after the restore", "--kind", "blocked", "--json");
            var chair = client(dir, signIn.chair().token()).env("ETEAM_SERVER", "http://127.0.0.1:" + restored.port());
            var added = chair.run("people", "add", "new-vp", "--name", "New VP", "--role", "vp");

            assertThat(raised.exit()).as(raised.err()).isZero();
            assertThat(raised.out()).containsPattern("\"id\" : " + (highest + 1) + "\\b");
            assertThat(added.exit()).as(added.err()).isZero();
        }
        assertThat(contents(target).get("blocker_event")).extracting(row -> (Long) row.get(0)).contains(highestEvent + 1);
    }

    @Test
    void a_backup_taken_while_writers_write_holds_one_moment_of_the_database() throws Exception {
        var url = "jdbc:h2:file:" + dir.resolve("busy/eteam");
        try (var app = App.open(url, Clock.systemUTC()).serve("127.0.0.1", 0)) {
            var chairToken = app.people().init("chair", "Casey Chair").token();
            var chair = app.people().get("chair");
            var vp = app.people().add(chair, new NewPerson("vp", "Vic Vp", "vp", null)).person();
            var writing = new AtomicBoolean(true);
            var written = new AtomicInteger();
            var failures = new ArrayList<Throwable>();
            var writers = new ArrayList<Thread>();
            for (int w = 0; w < 3; w++) {
                var writer = new Thread(() -> {
                    try {
                        while (writing.get()) {
                            var b = app.blockers().raise(vp, new RaiseBlocker("Load " + written.get(), null, "blocked", "high", null, null));
                            if (b.id() % 3 == 0) {
                                app.blockers().resolve(chair, b.id(), new Resolve("Ship it on Friday", "vp", null, null, null));
                            }
                            written.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        synchronized (failures) {
                            failures.add(t);
                        }
                    }
                });
                writer.start();
                writers.add(writer);
            }
            var cli = client(dir, chairToken).env("ETEAM_SERVER", "http://127.0.0.1:" + app.port());
            var files = new ArrayList<Path>();
            try {
                while (written.get() < 200) {
                    Thread.sleep(20);
                }
                for (int i = 0; i < 3; i++) {
                    var file = dir.resolve("busy-" + i + ".jsonl.gz");
                    var taken = cli.run("backup", file.toString());
                    assertThat(taken.exit()).as(taken.err()).isZero();
                    files.add(file);
                    Thread.sleep(100);
                }
            } finally {
                writing.set(false);
                for (var writer : writers) {
                    writer.join();
                }
            }
            assertThat(failures).isEmpty();

            var sizes = new ArrayList<Integer>();
            for (var file : files) {
                var tables = read(file);
                var blockers = tables.get("blocker");
                var events = tables.get("blocker_event");
                var ids = new HashSet<Object>();
                var resolved = new HashSet<Object>();
                blockers.forEach(row -> {
                    ids.add(row.get("id"));
                    if ("resolved".equals(row.get("status"))) {
                        resolved.add(row.get("id"));
                    }
                });
                var raisedEvents = events.stream().filter(e -> e.get("action").equals("raised")).map(e -> e.get("blocker_id")).toList();
                var resolvedEvents = events.stream().filter(e -> e.get("action").equals("resolved")).map(e -> e.get("blocker_id")).toList();

                assertThat(events).as("every event's blocker is in the same backup").allSatisfy(e -> assertThat(ids).contains(e.get("blocker_id")));
                assertThat(raisedEvents).as("every blocker's raise is in it, once").hasSameSizeAs(ids).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(new HashSet<>(resolvedEvents)).as("resolved in the row exactly when its resolution is in the history").isEqualTo(resolved);
                sizes.add(ids.size());
            }
            assertThat(sizes).as("the writers kept writing between backups").isSorted().doesNotHaveDuplicates();

            var restored = operator().run("restore", files.get(2).toString(), "--db", "jdbc:h2:file:" + dir.resolve("busy-restored/eteam"));
            assertThat(restored.exit()).as(restored.err()).isZero();
        }
    }

    @Test
    void a_vp_or_a_member_asking_for_a_backup_is_refused_and_no_file_is_written() throws IOException {
        var file = dir.resolve("not-yours.jsonl.gz");

        var vp = client(dir, signIn.vp().token()).run("backup", file.toString());
        var member = client(dir, signIn.member().token()).run("backup", file.toString());
        var http = new io.eteam.support.Http("http://127.0.0.1:" + source.port()).get("/api/v1/backup", signIn.vp().token());

        assertThat(vp.exit()).isEqualTo(Exit.DENIED);
        assertThat(vp.err()).startsWith("Only a chair may take a backup");
        assertThat(member.exit()).isEqualTo(Exit.DENIED);
        assertError(http, 403, "forbidden");
        try (var left = Files.list(dir)) {
            assertThat(left).noneMatch(f -> f.getFileName().toString().contains(".jsonl.gz"));
        }
    }

    @Test
    void a_backup_file_is_readable_by_its_owner_only_and_is_not_replaced_without_force() throws IOException {
        var chair = client(dir, signIn.chair().token());
        var file = dir.resolve("mine.jsonl.gz");
        assertThat(chair.run("backup", file.toString()).exit()).isZero();
        var first = Files.readAllBytes(file);

        var again = chair.run("backup", file.toString());
        var forced = chair.run("backup", file.toString(), "--force");

        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(again.exit()).isEqualTo(Exit.REFUSED);
        assertThat(again.err()).contains("exists; pass --force to replace it");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(Files.readAllBytes(file)).isNotEqualTo(first);
        try (var left = Files.list(dir)) {
            assertThat(left).filteredOn(f -> f.getFileName().toString().contains(".jsonl.gz")).containsExactly(file);
        }
    }

    @Test
    void restore_refuses_a_database_that_has_people_unless_forced_and_then_replaces_everything() {
        var target = "jdbc:h2:file:" + dir.resolve("used/eteam");
        assertThat(operator().run("init", "--handle", "zed", "--name", "Zed Zero", "--db", target).exit()).isZero();
        var before = contents(target);

        var refused = operator().run("restore", backup.toString(), "--db", target);

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err().strip()).isEqualTo("The database already holds an installation (1 person); restore replaces everything in it only with --force.");
        assertSameRows(contents(target), before);

        try (var db = Database.open(target)) {
            // What servers on a shared database leave: their live events and the ids' epoch.
            db.dsl().insertInto(EVENT_EPOCH, EVENT_EPOCH.ID, EVENT_EPOCH.EPOCH).values(1, "oldepoch").execute();
            db.dsl().insertInto(EVENT_LOG, EVENT_LOG.BODY).values("{}").execute();
        }

        var forced = operator().run("restore", backup.toString(), "--db", target, "--force");

        assertThat(forced.exit()).as(forced.err()).isZero();
        assertSameRows(contents(target), sourceRows);
        try (var db = Database.open(target)) {
            assertThat(db.dsl().fetchCount(EVENT_EPOCH)).as("a browser's old event ids resume nothing").isZero();
            assertThat(db.dsl().fetchCount(EVENT_LOG)).isZero();
        }
    }

    @Test
    void a_cut_off_backup_is_refused_and_the_database_is_unchanged() throws IOException {
        var target = usedDatabase();
        var before = contents(target);
        var bytes = Files.readAllBytes(backup);
        var cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

        var refused = operator().run("restore", cut.toString(), "--db", target, "--force");

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err()).startsWith("cut.jsonl.gz is damaged or cut off after line ");
        assertSameRows(contents(target), before);
    }

    @Test
    void a_damaged_backup_is_refused_and_the_database_is_unchanged() throws IOException {
        var target = usedDatabase();
        var before = contents(target);
        var bytes = Files.readAllBytes(backup);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 16; i++) {
            bytes[i] ^= 0x5a;
        }
        var damaged = dir.resolve("damaged.jsonl.gz");
        Files.write(damaged, bytes);

        var refused = operator().run("restore", damaged.toString(), "--db", target, "--force");

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err()).startsWith("damaged.jsonl.gz");
        assertSameRows(contents(target), before);
    }

    @Test
    void a_backup_with_a_bad_value_is_refused_naming_its_line_table_and_column_and_the_database_is_unchanged() throws IOException {
        var target = usedDatabase();
        var before = contents(target);
        var firstBlocker = new AtomicBoolean(true);
        var bad = rewrite("bad-value.jsonl.gz", line -> {
            if (line.startsWith("{\"table\":\"blocker\"")) {
                firstBlocker.set(false);
                return line;
            }
            if (!firstBlocker.get() && line.startsWith("[")) {
                firstBlocker.set(true);
                return line.replaceFirst("\"\\d{4}-\\d\\d-\\d\\dT[^\"]*\"", "\"last Tuesday\"");
            }
            return line;
        });

        var refused = operator().run("restore", bad.toString(), "--db", target, "--force");

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err()).startsWith("bad-value.jsonl.gz, line ").contains("blocker.raised_at: \"last Tuesday\" is not a time with its offset");
        assertSameRows(contents(target), before);
    }

    @Test
    void a_backup_whose_row_the_database_refuses_is_refused_and_the_database_is_unchanged() throws IOException {
        var target = usedDatabase();
        var before = contents(target);
        var inEvents = new AtomicBoolean();
        var orphan = rewrite("orphan.jsonl.gz", line -> {
            if (line.startsWith("{\"table\":")) {
                inEvents.set(line.startsWith("{\"table\":\"blocker_event\""));
                return line;
            }
            // The first event's blocker becomes one that does not exist.
            if (inEvents.getAndSet(false) && line.startsWith("[")) {
                return line.replaceFirst("^\\[(\\d+),\\d+,", "[$1,999999,");
            }
            return line;
        });

        var refused = operator().run("restore", orphan.toString(), "--db", target, "--force");

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err()).contains("the database refused a row of table blocker_event").containsIgnoringCase("blocker_event_blocker_fk");
        assertSameRows(contents(target), before);
    }

    @Test
    void a_backup_from_a_newer_schema_than_this_build_knows_is_refused() throws IOException {
        var newer = rewrite("newer.jsonl.gz", line -> line.startsWith("{\"format\"")
                ? line.replaceFirst("\"schema_version\":\"[^\"]+\"", "\"schema_version\":\"99\"") : line);

        var refused = operator().run("restore", newer.toString(), "--db", "jdbc:h2:file:" + dir.resolve("fresh/eteam"));

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err()).startsWith("newer.jsonl.gz was taken at schema version 99, newer than this eteam knows");
    }

    @Test
    void a_file_that_is_not_a_backup_is_refused() throws IOException {
        var text = dir.resolve("notes.txt");
        Files.writeString(text, "take it offline\n");

        var refused = operator().run("restore", text.toString(), "--db", "jdbc:h2:file:" + dir.resolve("fresh/eteam"));

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err().strip()).isEqualTo(text + " is not an eteam backup: it is not gzip-compressed.");
    }

    @Test
    void restoring_into_the_h2_file_a_running_server_holds_says_to_stop_the_server_first() {
        var refused = operator().run("restore", backup.toString(), "--db", sourceUrl, "--force");

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err().lines().toList()).singleElement().asString().contains("stop the server first");
    }

    @Test
    void a_backup_goes_from_h2_into_postgresql_and_back_with_every_row_the_same() {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        try (var postgres = Postgres.start()) {
            var pg = postgres.createDatabase("restored");

            var intoPostgres = operator().run("restore", backup.toString(), "--db", pg);

            assertThat(intoPostgres.exit()).as(intoPostgres.err()).isZero();
            assertSameRows(instants(contents(pg)), instants(sourceRows));

            var back = dir.resolve("from-postgres.jsonl.gz");
            try (var served = App.open(pg, Clock.systemUTC()).serve("127.0.0.1", 0)) {
                var chair = client(dir, signIn.chair().token()).env("ETEAM_SERVER", "http://127.0.0.1:" + served.port());
                var taken = chair.run("backup", back.toString());
                assertThat(taken.exit()).as(taken.err()).isZero();
            }
            var h2 = "jdbc:h2:file:" + dir.resolve("back/eteam");
            var intoH2 = operator().run("restore", back.toString(), "--db", h2);

            assertThat(intoH2.exit()).as(intoH2.err()).isZero();
            assertSameRows(instants(contents(h2)), instants(sourceRows));
        }
    }

    @Test
    void db_copy_moves_an_installation_from_h2_into_postgresql_and_back_with_every_row_and_the_next_ids() {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL 15 is not installed here");
        var h2 = copySource();
        long highest = sourceRows.get("blocker").stream().mapToLong(r -> (Long) r.get(0)).max().orElseThrow();
        try (var postgres = Postgres.start()) {
            var pg = postgres.createDatabase("copied");

            var there = operator().run("db", "copy", "--from", h2, "--to", pg);

            assertThat(there.exit()).as(there.err()).isZero();
            assertThat(there.lines()).hasSize(1);
            assertThat(there.out()).startsWith("Copied " + h2 + " into " + pg + " (schema version ").contains("person 18", "blocker_event ");
            assertSameRows(instants(contents(pg)), instants(sourceRows));
            try (var served = App.open(pg, Clock.systemUTC()).serve("127.0.0.1", 0)) {
                var vp = client(dir, signIn.vp().token()).env("ETEAM_SERVER", "http://127.0.0.1:" + served.port());
                var raised = vp.run("raise", "Raised after the copy", "--kind", "blocked", "--json");
                assertThat(raised.exit()).as(raised.err()).isZero();
                assertThat(raised.out()).containsPattern("\"id\" : " + (highest + 1) + "\\b");
            }
            var back = "jdbc:h2:file:" + dir.resolve("copied-back/eteam");

            var again = operator().run("db", "copy", "--from", pg, "--to", back);

            assertThat(again.exit()).as(again.err()).isZero();
            assertSameRows(instants(contents(back)), instants(contents(pg)));
        }
    }

    @Test
    void db_copy_into_another_h2_file_gives_back_every_row() {
        var target = "jdbc:h2:file:" + dir.resolve("copied/eteam");

        var copied = operator().run("db", "copy", "--from", copySource(), "--to", target);

        assertThat(copied.exit()).as(copied.err()).isZero();
        assertSameRows(contents(target), sourceRows);
    }

    @Test
    void db_copy_refuses_a_target_that_holds_an_installation_and_leaves_it_as_it_was() {
        var target = usedDatabase();
        var before = contents(target);

        var refused = operator().run("db", "copy", "--from", copySource(), "--to", target);

        assertThat(refused.exit()).isEqualTo(Exit.REFUSED);
        assertThat(refused.err().strip()).isEqualTo("The database " + target
                + " already holds an installation (1 person); copy into a new, empty database.");
        assertSameRows(contents(target), before);
    }

    @Test
    void db_copy_refuses_the_h2_file_a_running_server_holds_a_source_without_an_installation_and_one_database_twice() {
        var fresh = "jdbc:h2:file:" + dir.resolve("fresh/eteam");

        var inUse = operator().run("db", "copy", "--from", sourceUrl, "--to", fresh);
        var empty = operator().run("db", "copy", "--from", "jdbc:h2:file:" + dir.resolve("nothing/eteam"), "--to", fresh);
        var same = operator().run("db", "copy", "--from", fresh, "--to", fresh);

        assertThat(inUse.exit()).isEqualTo(Exit.REFUSED);
        assertThat(inUse.err()).contains("is open in a running eteam server: stop the server first, then copy.");
        assertThat(empty.exit()).isEqualTo(Exit.REFUSED);
        assertThat(empty.err()).contains("holds no eteam installation to copy");
        assertThat(same.exit()).isEqualTo(Exit.REFUSED);
        assertThat(same.err()).contains("--from and --to name the same database");
    }

    @Test
    void db_copy_without_its_urls_is_bad_usage() {
        var missing = operator().run("db", "copy", "--from", "jdbc:h2:mem:x");

        assertThat(missing.exit()).isEqualTo(Exit.USAGE);
        assertThat(missing.err()).contains("--to");
    }

    /// The demo installation in an H2 file no server holds (the shared source is served).
    private String copySource() {
        var h2 = "jdbc:h2:file:" + dir.resolve("copy-source/eteam");
        assertThat(operator().run("restore", backup.toString(), "--db", h2).exit()).isZero();
        return h2;
    }

    /// PostgreSQL gives every time back at offset Z; the instant is what must survive.
    private static Map<String, List<List<Object>>> instants(Map<String, List<List<Object>>> tables) {
        var result = new LinkedHashMap<String, List<List<Object>>>();
        tables.forEach((table, rows) -> result.put(table, rows.stream()
                .map(row -> row.stream().map(v -> v instanceof java.time.OffsetDateTime t ? (Object) t.toInstant() : v).toList())
                .toList()));
        return result;
    }

    /// A database with one person in it, for restores that must leave it as it was.
    private String usedDatabase() {
        var target = "jdbc:h2:file:" + dir.resolve("used/eteam");
        assertThat(operator().run("init", "--handle", "zed", "--name", "Zed Zero", "--db", target).exit()).isZero();
        return target;
    }

    private Cli operator() {
        return new Cli(dir);
    }

    private static Cli client(Path home, String token) {
        return new Cli(home).env("ETEAM_SERVER", "http://127.0.0.1:" + source.port()).env("ETEAM_TOKEN", token);
    }

    /// Every row of every table in eteam's schema, in primary-key order, by table name.
    static Map<String, List<List<Object>>> contents(String url) {
        var rows = new LinkedHashMap<String, List<List<Object>>>();
        try (var db = Database.open(url)) {
            for (Table<?> table : BackupRepository.tables()) {
                rows.put(table.getName(), db.dsl().selectFrom(table)
                        .orderBy(table.getPrimaryKey().getFields())
                        .fetch()
                        .map(Record::intoList));
            }
        }
        return rows;
    }

    static void assertSameRows(Map<String, List<List<Object>>> actual, Map<String, List<List<Object>>> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((table, rows) -> assertThat(actual.get(table)).as("rows of %s", table).containsExactlyElementsOf(rows));
    }

    /// The rows of a backup file, each as a map from column to value, by table name.
    static Map<String, List<Map<String, Object>>> read(Path file) {
        var tables = new HashMap<String, List<Map<String, Object>>>();
        try (var reader = BackupFile.Reader.open(file)) {
            BackupFile.Table table;
            while ((table = reader.nextTable()) != null) {
                var rows = new ArrayList<Map<String, Object>>();
                for (var row = reader.nextRow(); row != null; row = reader.nextRow()) {
                    var values = new HashMap<String, Object>();
                    for (int i = 0; i < table.columns().size(); i++) {
                        var node = row.get(i);
                        values.put(table.columns().get(i), node.isNumber() ? (Object) node.longValue() : node.asText());
                    }
                    rows.add(values);
                }
                tables.put(table.name(), rows);
            }
            reader.finish();
        }
        return tables;
    }

    /// The shared backup with each line passed through `edit`, as a new file in this test's folder.
    private Path rewrite(String name, UnaryOperator<String> edit) throws IOException {
        var file = dir.resolve(name);
        try (var in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(backup)), StandardCharsets.UTF_8));
             var out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
            for (var line = in.readLine(); line != null; line = in.readLine()) {
                out.write(edit.apply(line));
                out.write('\n');
            }
        }
        return file;
    }
}
