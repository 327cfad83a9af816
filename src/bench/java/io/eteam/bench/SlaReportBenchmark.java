package io.eteam.bench;

import io.eteam.App;
import io.eteam.calendar.CalendarUpdate;
import io.eteam.db.Database;
import io.eteam.people.Person;
import io.eteam.sla.SlaPeriod;
import io.eteam.sla.SlaReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.h2.mvstore.MVStoreTool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// Times the SLA report for one year of a one-million-blocker history next to a plain read of
/// the same rows (rule BENCH-1). Run from the project's folder after `mvn package`:
/// `java -cp target/eteam.jar:target/test-classes io.eteam.bench.SlaReportBenchmark`.
@Command(name = "SlaReportBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Times the SLA report for one calendar year of a generated history of blockers, next to a plain read of the same rows.",
            "The history is generated once into an H2 file under target/bench/ and reused while it holds --blockers blockers."})
public final class SlaReportBenchmark implements Callable<Integer> {

    /// Where the default database lives: under `target/`, so `mvn clean` removes it with the build.
    static final Path DEFAULT_DIR = Path.of("target", "bench");

    /// Rows per JDBC batch and per commit: big enough that round trips and commits cost nothing
    /// per row, small enough that H2's undo log of one transaction stays in memory.
    private static final int PER_BATCH = 5_000;
    private static final int PER_COMMIT = 100_000;

    private static final String H2_FILE = "jdbc:h2:file:";
    private static final double TARGET_RATIO = 2.0;
    private static final long TARGET_MILLIS = 1_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database to use (default an H2 file under target/bench/, made when missing)")
    String db;

    @Option(names = "--blockers", defaultValue = "1000000", paramLabel = "N", description = "blockers in the history (default ${DEFAULT-VALUE})")
    long blockers;

    @Option(names = "--years", defaultValue = "10", paramLabel = "N", description = "years the history spans, ending now (default ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--from", paramLabel = "DATE", description = "first day of the report (default 1 January of last year)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day of the report (default 31 December of last year)")
    LocalDate to;

    @Option(names = "--holidays", defaultValue = "none", paramLabel = "CC|none",
            description = "the calendar's public holidays while measuring, a country code such as SE (default ${DEFAULT-VALUE}, as a new installation)")
    String holidays;

    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N", description = "unmeasured runs of each first, for the JIT (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "9", paramLabel = "N", description = "measured runs of each (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", defaultValue = "47", paramLabel = "N", description = "seed of the generated history (default ${DEFAULT-VALUE})")
    long seed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SlaReportBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (blockers < 1 || years < 1 || runs < 1 || warmup < 0) {
            err.println("--blockers, --years and --runs must be 1 or more, --warmup 0 or more.");
            return 2;
        }
        var url = db != null ? db : Database.h2File(DEFAULT_DIR);
        long found = count(url);
        // BENCH-4 — reuse a database that holds the asked number; regenerate only the default one.
        if (found != blockers && found != 0) {
            if (db != null) {
                err.println("The database at " + url + " holds " + found + " blockers, not " + blockers
                        + "; give --blockers " + found + " to reuse it, or an empty database.");
                return 1;
            }
            out.println("target/bench holds " + found + " blockers, not " + blockers + ": generating it again.");
            out.flush();
            deleteDefault();
        }
        var generated = found == blockers
                ? "reused (" + blockers + " blockers already there)"
                : generate(url, out);
        try (var app = App.open(url, Clock.systemUTC()); var database = Database.open(url)) {
            /// Set on every run, as the calendar is stored: one run with SE must not change the next.
            app.calendar().update(people(app), new CalendarUpdate(null, null, null, holidays, null, null, null, null, null));
            measure(app, new BenchRepository(database.dsl()), url, generated, out);
        }
        out.flush();
        return 0;
    }

    /// The blockers at `url` now, 0 for a database not made yet.
    private static long count(String url) {
        try (var database = Database.open(url)) {
            return new BenchRepository(database.dsl()).countBlockers();
        }
    }

    private static void deleteDefault() {
        try (var files = Files.list(DEFAULT_DIR)) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith("eteam.")) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + DEFAULT_DIR + "; delete it by hand and run again.", e);
        }
    }

    /// The roster, added through `PeopleService` as a chair would add it; the first chair is made
    /// with `init` on an empty database. Answers the first chair.
    private static Person people(App app) {
        var people = app.people();
        var first = History.ROSTER.get(0);
        if (people.isEmpty()) {
            people.init(first.handle(), first.name());
        }
        var chair = people.get(first.handle());
        var present = people.list(chair).stream().map(Person::handle).toList();
        for (var person : History.ROSTER) {
            if (!present.contains(person.handle())) {
                people.add(chair, person);
            }
        }
        return chair;
    }

    /// Writes the history in transactions of `PER_COMMIT` rows, then compacts an H2 file;
    /// answers how long that took.
    ///
    /// An H2 file is written with H2's default write delay, not the `WRITE_DELAY=0` the
    /// application asks for: without H2's background writer, the inserting thread itself stores
    /// pages whenever its buffer fills, and nothing compacts the file as it grows; that took
    /// twice the time and left a file of 1.3 GB. Nothing here needs each commit on disk before
    /// the next, and the measured runs reopen the file as the application does.
    private String generate(String url, PrintWriter out) {
        long began = System.nanoTime();
        var h2File = url.startsWith(H2_FILE);
        var writeUrl = h2File && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? url + ";WRITE_DELAY=500" : url;
        try (var app = App.open(writeUrl, Clock.systemUTC()); var database = Database.open(writeUrl)) {
            people(app);
            var calendar = app.calendar().calendar();
            var now = Clock.systemUTC().instant();
            var start = ZonedDateTime.ofInstant(now, calendar.zone()).minusYears(years).toInstant();
            var history = new History(calendar, start, now, blockers, seed);
            long written = 0;
            while (history.hasNext()) {
                written += database.dsl().transactionResult(tx -> {
                    var repository = BenchRepository.in(tx.dsl());
                    long rows = 0;
                    while (rows < PER_COMMIT && history.hasNext()) {
                        var batch = new ArrayList<History.Entry>(PER_BATCH);
                        while (batch.size() < PER_BATCH && history.hasNext()) {
                            batch.add(history.next());
                        }
                        repository.insert(batch);
                        rows += batch.size();
                    }
                    return rows;
                });
                out.printf(Locale.ROOT, "  %,d of %,d blockers written (%.0f s)%n", written, blockers,
                        (System.nanoTime() - began) / 1e9);
                out.flush();
            }
        }
        if (!h2File) {
            return String.format(Locale.ROOT, "generated in %.0f s", (System.nanoTime() - began) / 1e9);
        }
        long compacting = System.nanoTime();
        /// H2 keeps superseded pages in the file until it is compacted, which a closing database
        /// does for at most 200 ms: the file would stay three times the size of its data.
        MVStoreTool.compact(file(url).toString(), false);
        long done = System.nanoTime();
        return String.format(Locale.ROOT, "generated in %.0f s (%.0f s of it compacting the file)",
                (done - began) / 1e9, (done - compacting) / 1e9);
    }

    private void measure(App app, BenchRepository repository, String url, String generated, PrintWriter out) {
        var zone = app.calendar().calendar().zone();
        int lastYear = LocalDate.now(zone).getYear() - 1;
        var first = from != null ? from : LocalDate.of(lastYear, 1, 1);
        var last = to != null ? to : LocalDate.of(lastYear, 12, 31);
        var period = new SlaPeriod(first, last);
        var since = period.relevantSince(zone);
        var end = period.end(zone);
        var report = new SlaReport[1];
        var read = new int[1];
        Runnable runReport = () -> report[0] = app.sla().report(null, first.toString(), last.toString());
        Runnable runPlain = () -> read[0] = repository.plainRead(since, end);
        for (int i = 0; i < warmup; i++) {
            timed(repository, runPlain);
            timed(repository, runReport);
        }
        /// Alternated, so that a burst of load from elsewhere on the machine hits both alike.
        var plain = new Timing(runs);
        var reports = new Timing(runs);
        for (int i = 0; i < runs; i++) {
            plain.add(i, timed(repository, runPlain));
            reports.add(i, timed(repository, runReport));
        }
        var summary = report[0].summary();
        double ratio = reports.medianWall() / plain.medianWall();
        var rt = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.println();
        out.println("SLA report benchmark");
        out.printf(Locale.ROOT, "  database   %s (%s)%n", url, size(url));
        out.printf(Locale.ROOT, "  history    %,d blockers over %d years, %s%n", blockers, years, generated);
        out.printf(Locale.ROOT, "  period     %s to %s, zone %s, public holidays: %s%n", first, last, zone, holidays);
        out.printf(Locale.ROOT, "  rows       %,d read; the report has %,d rows: %,d closed in the period, %,d open at its end%n",
                read[0], report[0].rows().size(), summary.resolved(), summary.openAtEnd());
        out.printf(Locale.ROOT, "  machine    %d cores, load average %.1f, Java %s, max heap %,d MB%n",
                rt.availableProcessors(), load, System.getProperty("java.version"), rt.maxMemory() / (1 << 20));
        out.printf(Locale.ROOT, "  runs       %d warm-up and %d measured of each, alternated, each after a change to the table%n",
                warmup, runs);
        out.println();
        out.printf(Locale.ROOT, "  %-34s %9s %9s %9s %9s%n", "ms", "median", "min", "max", "cpu med");
        plain.print(out, "plain read (jOOQ Result)");
        reports.print(out, "SLA report (SlaService.report)");
        out.println();
        out.printf(Locale.ROOT, "  report / plain read: %.2f (target at most %.1f)  %s%n", ratio, TARGET_RATIO,
                ratio <= TARGET_RATIO ? "met" : "MISSED");
        out.printf(Locale.ROOT, "  report median: %.0f ms (target under %,d ms)  %s%n", reports.medianWall(), TARGET_MILLIS,
                reports.medianWall() < TARGET_MILLIS ? "met" : "MISSED");
        if (load > rt.availableProcessors()) {
            out.printf(Locale.ROOT, "  the machine was busy (load %.1f on %d cores): wall times are longer than the CPU time"
                    + " the runs took; run again on a quieter machine for figures to publish%n", load, rt.availableProcessors());
        }
    }

    /// BENCH-5 — one run after a change to the table, so that H2 cannot hand back its last result;
    /// answers {wall, cpu} nanoseconds. No collection is forced before a run: one made the next
    /// run two to three times slower, as the JVM gave back the memory that run then took again,
    /// which a server never does before answering.
    private static long[] timed(BenchRepository repository, Runnable run) {
        repository.touch();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        run.run();
        return new long[] {System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu};
    }

    /// Wall and CPU times of the measured runs of one thing. The CPU time is this thread's, where
    /// the embedded H2 does its work too; on a shared machine it moves far less than the wall time.
    private static final class Timing {

        final long[] wall;
        final long[] cpu;

        Timing(int runs) {
            wall = new long[runs];
            cpu = new long[runs];
        }

        void add(int run, long[] nanos) {
            wall[run] = nanos[0];
            cpu[run] = nanos[1];
        }

        double medianWall() {
            return median(wall);
        }

        void print(PrintWriter out, String label) {
            var sorted = wall.clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "  %-34s %9.0f %9.0f %9.0f %9.0f%n", label, median(wall), sorted[0] / 1e6,
                    sorted[sorted.length - 1] / 1e6, median(cpu));
        }
    }

    /// Milliseconds; the lower middle for an even count, like the report's own median.
    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2] / 1e6;
    }

    /// The size of an H2 file database's file, or "size unknown" for any other.
    private static String size(String url) {
        if (!url.startsWith(H2_FILE)) {
            return "size unknown";
        }
        try {
            return String.format(Locale.ROOT, "%,d MB", Files.size(file(url)) / (1 << 20));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /// The file of an H2 file database.
    private static Path file(String url) {
        return Path.of(url.substring(H2_FILE.length()).split(";", 2)[0] + ".mv.db");
    }
}
