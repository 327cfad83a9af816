package io.eteam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// Proves that an acknowledged write survives `kill -9`: runs the packaged server, lets
/// concurrent writers raise, edit, resolve, withdraw, try deferrals, add people and check them
/// in over HTTP, SIGKILLs the server at random moments and starts it again on the same
/// database, and at the end checks every acknowledged write against what the server answers.
///
/// A write is acknowledged when its answer arrived (a 2xx, or the 422 of a refused deferral,
/// which the blocker's history keeps). A write whose connection broke is in doubt: it may or
/// may not have happened, but it may never have happened twice. Run from the project's folder
/// after `mvn package`: `java -cp target/eteam.jar:target/test-classes io.eteam.bench.CrashStress`.
@Command(name = "CrashStress", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Kills the eteam server with SIGKILL at random moments under concurrent writes and checks that no",
            "acknowledged write was lost, damaged or applied twice. Exits 0 only when nothing was."})
public final class CrashStress implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--jar", defaultValue = "target/eteam.jar", paramLabel = "FILE", description = "the packaged eteam (default ${DEFAULT-VALUE})")
    Path jar;

    @Option(names = "--dir", defaultValue = "target/stress", paramLabel = "DIR",
            description = "working folder for the database and the server's log, emptied first (default ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--db", paramLabel = "URL", description = "JDBC URL of an empty database (default an H2 file in --dir)")
    String db;

    @Option(names = "--writers", defaultValue = "8", paramLabel = "N", description = "concurrent writers (default ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--kills", defaultValue = "60", paramLabel = "N", description = "SIGKILLs at least (default ${DEFAULT-VALUE})")
    int kills;

    @Option(names = "--writes", defaultValue = "10000", paramLabel = "N",
            description = "acknowledged writes at least; the last server runs on until there are this many (default ${DEFAULT-VALUE})")
    int writes;

    @Option(names = "--up-ms", defaultValue = "5000", paramLabel = "MS",
            description = "the server is killed a random time between 0 and this after it answers (default ${DEFAULT-VALUE})")
    int upMillis;

    @Option(names = "--seed", defaultValue = "11", paramLabel = "N", description = "seed of the writers' and the killer's choices (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--java-option", paramLabel = "OPT", description = "a JVM option for the server, e.g. -Xmx256m (repeatable)")
    List<String> javaOptions = new ArrayList<>();

    private String base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final Ledger ledger = new Ledger();

    public static void main(String[] args) {
        System.exit(new CommandLine(new CrashStress()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (writers < 1 || kills < 0 || writes < 0 || upMillis < 1) {
            spec.commandLine().getErr().println("--writers and --up-ms must be 1 or more, --kills and --writes 0 or more.");
            return 2;
        }
        prepareDir();
        var url = db != null ? db : "jdbc:h2:file:" + dir.toAbsolutePath().resolve("eteam");
        var chair = init(url);
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        var server = new Server(url, port);
        server.start();
        try {
            return run(out, chair, server);
        } catch (Exception | Error failed) {
            // A run that fails part-way must not leave its server running behind the test.
            server.kill();
            throw failed;
        }
    }

    private Integer run(java.io.PrintWriter out, String chair, Server server) throws Exception {
        var meetingDate = setUp(chair);
        var vps = vps(chair);

        var stop = new AtomicBoolean();
        var threads = new ArrayList<Thread>();
        var random = new Random(seed);
        for (int i = 0; i < writers; i++) {
            var writer = new Writer(chair, vps.get(i), meetingDate, new Random(random.nextLong()), stop);
            var thread = new Thread(writer, "writer-" + i);
            thread.start();
            threads.add(thread);
        }
        long started = System.nanoTime();
        int killed = 0;
        while (killed < kills) {
            Thread.sleep(random.nextInt(upMillis));
            server.kill();
            killed++;
            if (killed % 10 == 0) {
                out.printf("%d kills, %d acknowledged writes%n", killed, ledger.acknowledged.get());
                out.flush();
            }
            server.start();
        }
        // Short of the writes asked for (a slow machine starts the server slowly): the writers go
        // on against the last server until there are as many.
        while (ledger.acknowledged.get() < writes) {
            Thread.sleep(100);
        }
        stop.set(true);
        for (var thread : threads) {
            thread.join();
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        var problems = new Verifier(chair, meetingDate).verify();
        server.stop();

        out.printf("kills: %d, writers: %d, seconds: %.0f, seed: %d%n", killed, writers, seconds, seed);
        out.printf("acknowledged writes: %d (%d raised, %d edited, %d resolved, %d withdrawn, %d deferrals refused, %d people added, %d check-ins)%n",
                ledger.acknowledged.get(), ledger.raised.size(), ledger.edits.get(), ledger.resolved.get(), ledger.withdrawn.get(),
                ledger.refusals.get(), ledger.people.size(), ledger.checkIns.size());
        out.printf("in doubt (connection broken before an answer): %d%n", ledger.inDoubt.get());
        out.printf("lost: %d, damaged: %d, duplicated: %d, server errors: %d%n",
                problems.count("lost"), problems.count("damaged"), problems.count("duplicated"), ledger.serverErrors.size());
        var all = new ArrayList<>(problems.lines);
        all.addAll(ledger.serverErrors);
        all.stream().limit(40).forEach(line -> out.println("  " + line));
        out.flush();
        return all.isEmpty() ? 0 : 1;
    }

    private void prepareDir() throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.walk(dir)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    if (!file.equals(dir)) {
                        Files.delete(file);
                    }
                }
            }
        }
        Files.createDirectories(dir);
    }

    /// `eteam init` as an operator runs it; answers the first chair's token.
    private String init(String url) throws IOException, InterruptedException {
        var log = dir.resolve("init.out");
        var process = java("init", "--handle", "ana", "--name", "Ana Chair", "--db", url)
                .redirectOutput(log.toFile()).redirectError(dir.resolve("init.err").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("eteam init failed; see " + dir.resolve("init.err"));
        }
        var lines = Files.readAllLines(log);
        return lines.get(lines.size() - 1).strip();
    }

    /// A region without daylight saving for each whole-hour offset (calendars take region names only).
    private static final java.util.Map<Integer, String> REGION_BY_OFFSET = java.util.Map.ofEntries(
            java.util.Map.entry(-11, "Pacific/Pago_Pago"), java.util.Map.entry(-10, "Pacific/Honolulu"),
            java.util.Map.entry(-9, "Pacific/Gambier"), java.util.Map.entry(-8, "Pacific/Pitcairn"),
            java.util.Map.entry(-7, "America/Phoenix"), java.util.Map.entry(-6, "America/Regina"),
            java.util.Map.entry(-5, "America/Bogota"), java.util.Map.entry(-4, "America/La_Paz"),
            java.util.Map.entry(-3, "America/Argentina/Buenos_Aires"), java.util.Map.entry(-2, "America/Noronha"),
            java.util.Map.entry(-1, "Atlantic/Cape_Verde"), java.util.Map.entry(0, "Africa/Abidjan"),
            java.util.Map.entry(1, "Africa/Lagos"), java.util.Map.entry(2, "Africa/Johannesburg"),
            java.util.Map.entry(3, "Europe/Istanbul"), java.util.Map.entry(4, "Asia/Dubai"),
            java.util.Map.entry(5, "Asia/Tashkent"), java.util.Map.entry(6, "Asia/Dhaka"),
            java.util.Map.entry(7, "Asia/Bangkok"), java.util.Map.entry(8, "Asia/Singapore"),
            java.util.Map.entry(9, "Asia/Tokyo"), java.util.Map.entry(10, "Australia/Brisbane"),
            java.util.Map.entry(11, "Pacific/Guadalcanal"), java.util.Map.entry(12, "Pacific/Tarawa"),
            java.util.Map.entry(13, "Pacific/Fakaofo"), java.util.Map.entry(14, "Pacific/Kiritimati"));

    /// A calendar whose zone puts this moment near 06:00 on a meeting day that runs from 05:00
    /// for twelve hours, so check-ins are open for the whole run whatever the time of day.
    private LocalDate setUp(String chair) {
        var now = Instant.now();
        int utcHour = now.atOffset(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(6 - utcHour, 24);
        if (offset > 14) {
            offset -= 24;
        }
        var zone = REGION_BY_OFFSET.get(offset);
        var today = now.atOffset(ZoneOffset.ofHours(offset)).toLocalDate();
        var day = today.getDayOfWeek().name().substring(0, 3);
        var answer = call("PUT", "/api/v1/calendar", chair, "{\"zone\":\"" + zone + "\",\"meeting_day\":\"" + day
                + "\",\"meeting_time\":\"05:00\",\"meeting_minutes\":720}");
        if (answer.status != 200) {
            throw new IllegalStateException("Could not set the calendar: " + answer.body);
        }
        return today;
    }

    /// One VP per writer, each raising with their own token.
    private List<Vp> vps(String chair) {
        var result = new ArrayList<Vp>();
        for (int i = 0; i < writers; i++) {
            var handle = "vp-" + i;
            var answer = call("POST", "/api/v1/people", chair, "{\"handle\":\"" + handle + "\",\"name\":\"VP " + i + "\",\"role\":\"vp\"}");
            if (answer.status != 201) {
                throw new IllegalStateException("Could not add " + handle + ": " + answer.body);
            }
            result.add(new Vp(handle, answer.json.path("token").asText()));
        }
        return result;
    }

    record Vp(String handle, String token) {
    }

    /// An HTTP answer; status 0 when the connection broke after the request may have been
    /// sent, -1 when the server could not be reached at all (nothing was sent).
    record Answer(int status, String body, JsonNode json) {
        boolean inDoubt() {
            return status == 0;
        }
    }

    private Answer call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                // kept as text
            }
            return new Answer(response.statusCode(), response.body(), json);
        } catch (ConnectException refused) {
            return new Answer(-1, "", null);
        } catch (IOException broken) {
            return new Answer(0, "", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", null);
        }
    }

    private ProcessBuilder java(String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile());
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /// The server process, started and killed again and again on the same database.
    private final class Server {
        private final String url;
        private final int port;
        private Process process;

        Server(String url, int port) {
            this.url = url;
            this.port = port;
        }

        void start() throws IOException, InterruptedException {
            var log = dir.resolve("server.log").toFile();
            process = java("serve", "--port", String.valueOf(port), "--host", "127.0.0.1", "--db", url)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server stopped while starting; see " + log);
                }
                var health = HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).timeout(Duration.ofSeconds(2)).build();
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("The server did not answer within 60 s; see " + log);
        }

        /// SIGKILL: the process gets no chance to flush or close anything.
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /// What the server acknowledged, and what is in doubt.
    private static final class Ledger {
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicLong inDoubt = new AtomicLong();
        final AtomicInteger edits = new AtomicInteger();
        final AtomicInteger resolved = new AtomicInteger();
        final AtomicInteger withdrawn = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
        /// Every blocker a writer tried to raise, by the unique marker in its detail.
        final Map<String, Expected> raised = new ConcurrentHashMap<>();
        final Map<String, Boolean> people = new ConcurrentHashMap<>();
        final Set<String> checkIns = ConcurrentHashMap.newKeySet();
        final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        final AtomicInteger personNumbers = new AtomicInteger();

        void ack() {
            acknowledged.incrementAndGet();
        }
    }

    /// What one blocker must look like. `certain` is false once a write to it is in doubt:
    /// then either outcome of that write is right, and no writer touches it again.
    private static final class Expected {
        final String marker;
        final String raisedBy;
        final String kind;
        volatile long id;
        volatile boolean raiseAcknowledged;
        volatile String title;
        volatile String status = "open";
        volatile String decision;
        volatile boolean certain = true;
        /// A write in doubt: the title, status and decision it would have set.
        volatile String doubtfulTitle;
        volatile String doubtfulStatus;
        volatile String doubtfulDecision;
        final AtomicInteger refusals = new AtomicInteger();
        final AtomicInteger doubtfulRefusals = new AtomicInteger();

        Expected(String marker, String raisedBy, String kind, String title) {
            this.marker = marker;
            this.raisedBy = raisedBy;
            this.kind = kind;
            this.title = title;
        }
    }

    /// One VP writing as fast as the server answers, plus the chair's people and check-ins.
    private final class Writer implements Runnable {
        private final String chair;
        private final Vp vp;
        private final LocalDate meeting;
        private final Random random;
        private final AtomicBoolean stop;
        private final List<Expected> open = new ArrayList<>();
        private final List<String> notCheckedIn = new ArrayList<>();
        private int n;

        Writer(String chair, Vp vp, LocalDate meeting, Random random, AtomicBoolean stop) {
            this.chair = chair;
            this.vp = vp;
            this.meeting = meeting;
            this.random = random;
            this.stop = stop;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                int dice = random.nextInt(100);
                Answer answer;
                if (dice < 40 || open.isEmpty()) {
                    answer = raise();
                } else if (dice < 52) {
                    answer = edit();
                } else if (dice < 67) {
                    answer = resolve();
                } else if (dice < 75) {
                    answer = withdraw();
                } else if (dice < 85) {
                    answer = defer();
                } else if (dice < 92 || notCheckedIn.isEmpty()) {
                    answer = addPerson();
                } else {
                    answer = checkIn();
                }
                if (answer.status == -1) {
                    pause(20);
                } else if (answer.inDoubt()) {
                    ledger.inDoubt.incrementAndGet();
                    pause(20);
                } else if (answer.status >= 500) {
                    ledger.serverErrors.add("HTTP " + answer.status + ": " + answer.body);
                }
            }
        }

        private Answer raise() {
            var marker = vp.handle() + "/" + n++;
            var kind = List.of("blocked", "misaligned", "off-track").get(random.nextInt(3));
            var title = "Stress blocker " + marker;
            var expected = new Expected(marker, vp.handle(), kind, title);
            ledger.raised.put(marker, expected);
            var answer = call("POST", "/api/v1/blockers", vp.token(), "{\"title\":\"" + title + "\",\"kind\":\"" + kind
                    + "\",\"detail\":\"marker " + marker + "\"}");
            if (answer.status == 201) {
                expected.id = answer.json.path("id").asLong();
                expected.raiseAcknowledged = true;
                open.add(expected);
                ledger.ack();
            } else if (answer.status == -1) {
                ledger.raised.remove(marker);
            } else if (!answer.inDoubt()) {
                unexpected("raise", answer);
                ledger.raised.remove(marker);
            }
            return answer;
        }

        private Answer edit() {
            var b = open.get(random.nextInt(open.size()));
            var title = "Stress blocker " + b.marker + " edit " + n++;
            var answer = call("PATCH", "/api/v1/blockers/" + b.id, vp.token(), "{\"title\":\"" + title + "\"}");
            if (answer.status == 200) {
                b.title = title;
                ledger.edits.incrementAndGet();
                ledger.ack();
            } else if (answer.inDoubt()) {
                b.doubtfulTitle = title;
                doubt(b);
            } else if (answer.status != -1) {
                unexpected("edit", answer);
            }
            return answer;
        }

        private Answer resolve() {
            var b = open.get(random.nextInt(open.size()));
            var decision = "Ship the fix on Friday, " + b.marker + " step " + n++;
            var answer = call("POST", "/api/v1/blockers/" + b.id + "/resolve", vp.token(),
                    "{\"decision\":\"" + decision + "\",\"owner\":\"" + vp.handle() + "\"}");
            return close(b, answer, "resolved", decision);
        }

        private Answer withdraw() {
            var b = open.get(random.nextInt(open.size()));
            var reason = "We unblocked ourselves, " + b.marker + " step " + n++;
            var answer = call("POST", "/api/v1/blockers/" + b.id + "/withdraw", vp.token(), "{\"reason\":\"" + reason + "\"}");
            return close(b, answer, "withdrawn", reason);
        }

        private Answer close(Expected b, Answer answer, String status, String text) {
            if (answer.status == 200) {
                b.status = status;
                b.decision = text;
                open.remove(b);
                (status.equals("resolved") ? ledger.resolved : ledger.withdrawn).incrementAndGet();
                ledger.ack();
            } else if (answer.inDoubt()) {
                b.doubtfulStatus = status;
                b.doubtfulDecision = text;
                doubt(b);
            } else if (answer.status != -1) {
                unexpected(status, answer);
            }
            return answer;
        }

        private Answer defer() {
            var b = open.get(random.nextInt(open.size()));
            var answer = call("POST", "/api/v1/blockers/" + b.id + "/resolve", vp.token(),
                    "{\"decision\":\"Let's take this offline\",\"owner\":\"" + vp.handle() + "\"}");
            if (answer.status == 422) {
                b.refusals.incrementAndGet();
                ledger.refusals.incrementAndGet();
                ledger.ack();
            } else if (answer.inDoubt()) {
                b.doubtfulRefusals.incrementAndGet();
            } else if (answer.status != -1) {
                unexpected("deferral", answer);
            }
            return answer;
        }

        private Answer addPerson() {
            var handle = "p-" + ledger.personNumbers.incrementAndGet();
            var answer = call("POST", "/api/v1/people", chair, "{\"handle\":\"" + handle + "\",\"name\":\"Person " + handle
                    + "\",\"role\":\"vp\"}");
            if (answer.status == 201) {
                ledger.people.put(handle, true);
                notCheckedIn.add(handle);
                ledger.ack();
            } else if (answer.inDoubt()) {
                ledger.people.put(handle, false);
            } else if (answer.status != -1) {
                unexpected("add person", answer);
            }
            return answer;
        }

        private Answer checkIn() {
            var handle = notCheckedIn.remove(notCheckedIn.size() - 1);
            var answer = call("POST", "/api/v1/meetings/" + meeting + "/attendees", chair, "{\"handle\":\"" + handle + "\"}");
            if (answer.status == 201) {
                ledger.checkIns.add(handle);
                ledger.ack();
            } else if (answer.status == -1) {
                notCheckedIn.add(handle);
            } else if (!answer.inDoubt()) {
                unexpected("check-in", answer);
            }
            return answer;
        }

        private void doubt(Expected b) {
            b.certain = false;
            open.remove(b);
        }

        private void unexpected(String what, Answer answer) {
            if (answer.status < 500) {
                ledger.serverErrors.add("unexpected answer to a " + what + ": HTTP " + answer.status + " " + answer.body);
            }
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /// Problems found, each a line saying which write and what was wrong.
    private static final class Problems {
        final List<String> lines = new ArrayList<>();
        final Map<String, Integer> counts = new HashMap<>();

        void add(String kind, String line) {
            counts.merge(kind, 1, Integer::sum);
            lines.add(kind + ": " + line);
        }

        int count(String kind) {
            return counts.getOrDefault(kind, 0);
        }
    }

    /// Reads everything back through the API after the last restart and compares it with the ledger.
    private final class Verifier {
        private final String chair;
        private final LocalDate meeting;
        private final Problems problems = new Problems();

        Verifier(String chair, LocalDate meeting) {
            this.chair = chair;
            this.meeting = meeting;
        }

        Problems verify() {
            var all = ids(get("/api/v1/blockers?status=all"));
            var byId = new HashMap<Long, JsonNode>();
            long highest = all.isEmpty() ? 0 : all.last();
            for (var e : ledger.raised.values()) {
                highest = Math.max(highest, e.id);
            }
            // Every id up to the highest ever seen, read one by one: a blocker that reads by id but is
            // missing from the listings has stale index entries.
            for (long id = 1; id <= highest; id++) {
                var answer = call("GET", "/api/v1/blockers/" + id, chair, null);
                if (answer.status == 200) {
                    byId.put(id, answer.json);
                } else if (answer.status != 404) {
                    problems.add("damaged", "GET /api/v1/blockers/" + id + " answered " + answer.status + " " + answer.body);
                }
            }
            checkBlockers(byId);
            checkListings(byId, all);
            checkPeopleAndCheckIns();
            checkSequences(highest);
            return problems;
        }

        private void checkBlockers(Map<Long, JsonNode> byId) {
            var byMarker = new HashMap<String, List<JsonNode>>();
            for (var b : byId.values()) {
                var detail = b.path("detail").asText();
                byMarker.computeIfAbsent(detail.startsWith("marker ") ? detail.substring(7) : detail, k -> new ArrayList<>()).add(b);
            }
            for (var e : ledger.raised.values()) {
                var found = byMarker.getOrDefault(e.marker, List.of());
                if (found.size() > 1) {
                    problems.add("duplicated", "blocker " + e.marker + " exists " + found.size() + " times");
                    continue;
                }
                if (found.isEmpty()) {
                    if (e.raiseAcknowledged) {
                        problems.add("lost", "blocker " + e.id + " (" + e.marker + "), acknowledged, is gone");
                    }
                    continue;
                }
                var b = found.get(0);
                if (e.raiseAcknowledged && b.path("id").asLong() != e.id) {
                    problems.add("damaged", "blocker " + e.marker + " was acknowledged as " + e.id + " but is " + b.path("id").asLong());
                }
                check(e, b);
            }
            for (var marker : byMarker.keySet()) {
                if (!ledger.raised.containsKey(marker)) {
                    problems.add("damaged", "blocker " + marker + " was never raised");
                }
            }
        }

        private void check(Expected e, JsonNode b) {
            var id = b.path("id").asLong();
            var title = b.path("title").asText();
            if (!b.path("raised_by").asText().equals(e.raisedBy) || !b.path("kind").asText().equals(e.kind)) {
                problems.add("damaged", "blocker " + id + " reads raised_by " + b.path("raised_by") + ", kind " + b.path("kind"));
            }
            if (!title.equals(e.title) && !title.equals(e.doubtfulTitle)) {
                problems.add("lost", "blocker " + id + " has title '" + title + "', acknowledged '" + e.title + "'");
            }
            var status = b.path("status").asText();
            var decision = b.path("decision").asText(null);
            boolean asAcknowledged = status.equals(e.status) && java.util.Objects.equals(decision, e.decision);
            boolean asDoubtful = e.doubtfulStatus != null && status.equals(e.doubtfulStatus) && decision.equals(e.doubtfulDecision);
            if (!asAcknowledged && !asDoubtful) {
                problems.add(e.status.equals("open") ? "damaged" : "lost", "blocker " + id + " is " + status + " ('" + decision
                        + "'), acknowledged " + e.status + (e.decision == null ? "" : " ('" + e.decision + "')"));
            }
            int refusals = 0;
            int raisedEvents = 0;
            int closedEvents = 0;
            for (var event : b.path("history")) {
                switch (event.path("action").asText()) {
                    case "deferral_refused" -> refusals++;
                    case "raised" -> raisedEvents++;
                    case "resolved", "withdrawn" -> closedEvents++;
                    default -> {
                        // edits are checked through the title
                    }
                }
            }
            if (refusals < e.refusals.get() || refusals > e.refusals.get() + e.doubtfulRefusals.get()) {
                problems.add(refusals < e.refusals.get() ? "lost" : "duplicated", "blocker " + id + " has " + refusals
                        + " refused deferrals in its history, acknowledged " + e.refusals.get() + " (+" + e.doubtfulRefusals.get() + " in doubt)");
            }
            if (raisedEvents != 1 || closedEvents != (status.equals("open") ? 0 : 1)) {
                problems.add("damaged", "blocker " + id + " (" + status + ") has " + raisedEvents + " raised and " + closedEvents
                        + " closing events in its history");
            }
        }

        /// Each status's listing, the SLA report and the next meeting's agenda hold exactly the
        /// blockers that read so by id.
        private void checkListings(Map<Long, JsonNode> byId, TreeSet<Long> all) {
            compare("GET /api/v1/blockers?status=all", all, byId.keySet());
            for (var status : List.of("open", "resolved", "withdrawn")) {
                var want = new TreeSet<Long>();
                byId.forEach((id, b) -> {
                    if (b.path("status").asText().equals(status)) {
                        want.add(id);
                    }
                });
                compare("GET /api/v1/blockers?status=" + status, ids(get("/api/v1/blockers?status=" + status)), want);
                if (status.equals("open")) {
                    var agenda = get("/api/v1/meetings/" + meeting.plusWeeks(1) + "/agenda");
                    var onAgenda = new TreeSet<Long>();
                    agenda.path("items").forEach(i -> onAgenda.add(i.path("blocker_id").asLong()));
                    agenda.path("overflow").forEach(i -> onAgenda.add(i.path("blocker_id").asLong()));
                    compare("the agenda of " + meeting.plusWeeks(1), onAgenda, want);
                }
            }
            var from = meeting.minusDays(2);
            var report = get("/api/v1/reports/sla?from=" + from + "&to=" + meeting.plusDays(1));
            var rows = new TreeSet<Long>();
            report.path("rows").forEach(r -> rows.add(r.path("id").asLong()));
            compare("the SLA report", rows, byId.keySet());
        }

        private void compare(String where, Set<Long> listed, Set<Long> want) {
            var missing = new TreeSet<>(want);
            missing.removeAll(listed);
            var extra = new TreeSet<>(listed);
            extra.removeAll(want);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                problems.add("damaged", where + " misses " + first(missing) + " and holds " + first(extra) + " beyond the reads by id");
            }
        }

        private void checkPeopleAndCheckIns() {
            var people = new HashSet<String>();
            get("/api/v1/people").forEach(p -> people.add(p.path("handle").asText()));
            ledger.people.forEach((handle, acknowledged) -> {
                if (acknowledged && !people.contains(handle)) {
                    problems.add("lost", "person " + handle + ", acknowledged, is gone");
                }
            });
            var attended = new HashSet<String>();
            get("/api/v1/meetings/" + meeting).path("attendees").forEach(a -> attended.add(a.path("handle").asText()));
            for (var handle : ledger.checkIns) {
                if (!attended.contains(handle)) {
                    problems.add("lost", "the check-in of " + handle + ", acknowledged, is gone");
                }
            }
        }

        /// Every table's identity must lie above its stored rows: a new blocker (with its history
        /// row), a new person (with a token) and a refused check-in each get a fresh id.
        private void checkSequences(long highest) {
            var raised = call("POST", "/api/v1/blockers", chair, "{\"title\":\"After the last kill\",\"kind\":\"blocked\"}");
            if (raised.status != 201 || raised.json.path("id").asLong() <= highest) {
                problems.add("damaged", "a blocker raised after the last restart answered " + raised.status + " " + raised.body);
            }
            var person = call("POST", "/api/v1/people", chair, "{\"handle\":\"after-kill\",\"name\":\"After\",\"role\":\"member\"}");
            if (person.status != 201) {
                problems.add("damaged", "a person added after the last restart answered " + person.status + " " + person.body);
            }
            var refused = call("POST", "/api/v1/meetings/" + meeting + "/attendees", person.json == null ? chair
                    : person.json.path("token").asText(), "{}");
            if (refused.status != 403) {
                problems.add("damaged", "a member's check-in after the last restart answered " + refused.status + " " + refused.body);
            }
        }

        private JsonNode get(String path) {
            var answer = call("GET", path, chair, null);
            if (answer.status != 200) {
                throw new IllegalStateException("GET " + path + " answered " + answer.status + " " + answer.body);
            }
            return answer.json;
        }

        private TreeSet<Long> ids(JsonNode list) {
            var ids = new TreeSet<Long>();
            list.forEach(b -> ids.add(b.path("id").asLong()));
            return ids;
        }

        private String first(Set<Long> ids) {
            return ids.isEmpty() ? "none" : ids.size() + " (" + ids.stream().limit(5).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        }
    }
}
