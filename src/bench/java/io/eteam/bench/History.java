package io.eteam.bench;

import io.eteam.blocker.Blocker;
import io.eteam.blocker.BlockerEvent;
import io.eteam.blocker.Impact;
import io.eteam.blocker.Kind;
import io.eteam.blocker.Status;
import io.eteam.calendar.WorkCalendar;
import io.eteam.calendar.WorkingTime;
import io.eteam.people.NewPerson;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/// A believable, reproducible history of blockers raised by the E-Team's sixteen people over a
/// span of time ending at `end`, made one blocker at a time so that a million never sit in memory.
///
/// What makes it believable: blockers are raised in working hours (a few in the evening), ids
/// follow `raised_at` as they do when people raise them one by one, a few VPs raise far more than
/// others, most blockers close within a couple of working days (log-normal, median 1.2 days, so
/// about one in five breaches the 2.5-day target), some are withdrawn, the ones raised in the
/// last days are mostly still open, and a few old ones were never closed at all. Each comes with
/// its history as `BlockerService` writes it: raised, then for one in thirty a refused attempt to
/// take it offline, then resolved or withdrawn. From a fixed seed, the same on every machine (BENCH-2).
final class History {

    /// A blocker and its history, oldest first.
    record Entry(Blocker blocker, List<BlockerEvent> events) {
    }

    /// Two chairs and fourteen VPs, the E-Team of the spec.
    static final List<NewPerson> ROSTER = List.of(
            new NewPerson("ana", "Ana Andersson", "chair", "Office of the Presidents"),
            new NewPerson("erik", "Erik Ek", "chair", "Office of the Presidents"),
            new NewPerson("bo", "Bo Berg", "vp", "Music"),
            new NewPerson("dara", "Dara Dahl", "vp", "Podcasts"),
            new NewPerson("finn", "Finn Falk", "vp", "Ads"),
            new NewPerson("greta", "Greta Gran", "vp", "Payments"),
            new NewPerson("hugo", "Hugo Holm", "vp", "Growth"),
            new NewPerson("ines", "Ines Isaksson", "vp", "Platform"),
            new NewPerson("jon", "Jon Jarl", "vp", "Data"),
            new NewPerson("kim", "Kim Kvist", "vp", "Legal"),
            new NewPerson("lena", "Lena Lund", "vp", "Design"),
            new NewPerson("mats", "Mats Mark", "vp", "Marketing"),
            new NewPerson("nora", "Nora Norr", "vp", "Sales"),
            new NewPerson("olle", "Olle Ort", "vp", "Security"),
            new NewPerson("pia", "Pia Palm", "vp", "Partnerships"),
            new NewPerson("rami", "Rami Rask", "vp", "Content"));

    /// How often each person of `ROSTER` raises a blocker, relative to the others: the chairs
    /// rarely, a few VPs whose areas depend on everyone often.
    private static final int[] RAISES = {1, 1, 8, 6, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 1, 1};

    private static final String[] SUBJECTS = {
        "Label deal", "Payment provider contract", "GDPR review", "Data platform migration",
        "Ad server capacity", "Hiring freeze", "Brand guidelines", "Pricing test", "Security audit",
        "Partner API quota", "Podcast rights", "Release train", "Vendor renewal", "Budget sign-off",
        "Localisation backlog"};
    private static final String[] VERBS = {"blocks", "holds up", "conflicts with", "delays", "is off plan for"};
    private static final String[] OBJECTS = {
        "the Brazil launch", "the Q3 roadmap", "family plan pricing", "the Android release",
        "the new onboarding", "the India rollout", "the autumn campaign", "the audiobook launch",
        "the checkout redesign", "the data retention policy"};
    private static final String[] DETAILS = {
        "",
        "",
        "The team has waited since Monday; every day costs a sprint's worth of rework.",
        "Two teams have each planned the same quarter around a different answer.",
        "Legal and the partner disagree on one clause; nothing ships until it is settled.",
        "The deadline is fixed by the partner; the plan no longer fits it."};
    private static final String[] DECISIONS = {
        "Approved as proposed; the owner ships it this sprint.",
        "Rejected: keep the current plan and say so to the partner today.",
        "Budget moved from Q4 to unblock it now.",
        "Legal accepts the standard terms; sign today.",
        "Scope cut to the EU markets first, the rest in the next release.",
        "Both teams follow the Platform plan; Growth adapts its launch date."};
    private static final String[] WITHDRAWALS = {
        "We unblocked ourselves: the partner answered.",
        "No longer needed: the launch moved to a market without the issue."};
    private static final String DEFERRAL = "Let's take this offline and come back next week.";
    private static final String RATIONALE = "Waiting costs more than the risk of deciding now.";

    private static final int SECONDS_PER_MINUTE = 60;
    private static final double MEDIAN_MINUTES = 1.2 * 480;
    private static final double SPREAD = 0.9;
    private static final long LONGEST_MINUTES = 60L * 480;

    private final WorkCalendar calendar;
    private final Instant start;
    private final Instant end;
    private final long count;
    private final long span;
    private final SplittableRandom random;
    private final int[] raisers = raisers();
    private long made;

    /// `count` blockers raised from `start` to `end` in the working hours of `calendar`; the
    /// same `seed` gives the same blockers.
    History(WorkCalendar calendar, Instant start, Instant end, long count, long seed) {
        this.calendar = calendar;
        this.start = start;
        this.end = end;
        this.count = count;
        this.span = WorkingTime.minutesBetween(calendar, start, end);
        this.random = new SplittableRandom(seed);
    }

    boolean hasNext() {
        return made < count;
    }

    /// The next blocker, in the order they were raised.
    Entry next() {
        if (!hasNext()) {
            throw new IllegalStateException("All " + count + " blockers of this history are made.");
        }
        /// Spread evenly over the working minutes of the span, so that weekends and nights stay
        /// quiet, with a few raised in the evening after a day of trying.
        var raisedAt = WorkingTime.plusWorkingMinutes(calendar, start, span * made / count)
                .plusSeconds(random.nextInt(SECONDS_PER_MINUTE));
        var evening = raisedAt.plusSeconds(3_600L * (1 + random.nextInt(4)));
        if (random.nextInt(100) < 4 && evening.isBefore(end)) {
            raisedAt = evening;
        }
        made++;
        var blocker = blocker(raisedAt);
        return new Entry(blocker, events(blocker));
    }

    /// The history `BlockerService` would have written. The JSON is written by hand: every text
    /// in it comes from the fixed words above, none with a quote or a backslash to escape.
    private List<BlockerEvent> events(Blocker b) {
        var events = new ArrayList<BlockerEvent>(3);
        events.add(new BlockerEvent(b.raisedAt(), b.raisedBy(), "raised", "{\"title\":\"" + b.title()
                + "\",\"kind\":\"" + b.kind().wire() + "\",\"impact\":\"" + b.impact().wire()
                + "\",\"minutes\":" + b.minutes() + (b.blocking() == null ? "" : ",\"blocking\":\"" + b.blocking() + "\"") + "}"));
        var closedAt = b.resolvedAt() == null ? end : b.resolvedAt();
        if (random.nextInt(30) == 0) {
            var attempt = b.raisedAt().plus(Duration.between(b.raisedAt(), closedAt).dividedBy(2));
            events.add(new BlockerEvent(attempt, b.raisedBy(), "deferral_refused",
                    "{\"phrase\":\"take this offline\",\"decision\":\"" + DEFERRAL + "\"}"));
        }
        if (b.status() == Status.RESOLVED) {
            var chair = ROSTER.get(random.nextInt(2)).handle();
            events.add(new BlockerEvent(b.resolvedAt(), chair, "resolved", "{\"decision\":\"" + b.decision()
                    + "\",\"owner\":\"" + b.owner() + "\"" + (b.due() == null ? "" : ",\"due\":\"" + b.due() + "\"")
                    + (b.rationale() == null ? "" : ",\"rationale\":\"" + b.rationale() + "\"") + "}"));
        } else if (b.status() == Status.WITHDRAWN) {
            events.add(new BlockerEvent(b.resolvedAt(), b.raisedBy(), "withdrawn", "{\"reason\":\"" + b.decision() + "\"}"));
        }
        return events;
    }

    private Blocker blocker(Instant raisedAt) {
        int raiser = raisers[random.nextInt(raisers.length)];
        var raisedBy = ROSTER.get(raiser).handle();
        var blocking = random.nextInt(10) < 7 ? ROSTER.get(other(raiser)).handle() : null;
        var kind = pick(Kind.BLOCKED, 50, Kind.MISALIGNED, 30, Kind.OFF_TRACK);
        var impact = pick(Impact.HIGH, 20, Impact.MEDIUM, 55, Impact.LOW);
        var title = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                + OBJECTS[random.nextInt(OBJECTS.length)];
        var detail = DETAILS[random.nextInt(DETAILS.length)];
        double gaussian = gaussian();
        boolean forgotten = random.nextInt(1000) == 0;
        long minutes = Math.min(LONGEST_MINUTES, Math.round(MEDIAN_MINUTES * Math.exp(SPREAD * gaussian)));
        var closedAt = WorkingTime.plusWorkingMinutes(calendar, raisedAt, Math.max(1, minutes));
        if (forgotten || !closedAt.isBefore(end)) {
            return new Blocker(0, title, detail, kind, impact, impact.defaultMinutes(), raisedBy, blocking, raisedAt,
                    Status.OPEN, null, null, null, null, null);
        }
        if (random.nextInt(100) < 7) {
            return new Blocker(0, title, detail, kind, impact, impact.defaultMinutes(), raisedBy, blocking, raisedAt,
                    Status.WITHDRAWN, closedAt, WITHDRAWALS[random.nextInt(WITHDRAWALS.length)], raisedBy, null, null);
        }
        var owner = blocking != null && random.nextBoolean() ? blocking : raisedBy;
        LocalDate due = random.nextBoolean() ? LocalDate.ofInstant(closedAt, calendar.zone()).plusDays(1 + random.nextInt(14)) : null;
        var rationale = random.nextInt(10) < 3 ? RATIONALE : null;
        return new Blocker(0, title, detail, kind, impact, impact.defaultMinutes(), raisedBy, blocking, raisedAt,
                Status.RESOLVED, closedAt, DECISIONS[random.nextInt(DECISIONS.length)], owner, due, rationale);
    }

    /// Indexes into `ROSTER`, each repeated as often as that person raises.
    private static int[] raisers() {
        int total = 0;
        for (int weight : RAISES) {
            total += weight;
        }
        var raisers = new int[total];
        int at = 0;
        for (int person = 0; person < RAISES.length; person++) {
            for (int n = 0; n < RAISES[person]; n++) {
                raisers[at++] = person;
            }
        }
        return raisers;
    }

    private int other(int person) {
        int other = random.nextInt(ROSTER.size() - 1);
        return other >= person ? other + 1 : other;
    }

    private <T> T pick(T first, int firstPercent, T second, int secondPercent, T rest) {
        int roll = random.nextInt(100);
        return roll < firstPercent ? first : roll < firstPercent + secondPercent ? second : rest;
    }

    /// A standard normal deviate (Box–Muller); `SplittableRandom` has none of its own on Java 17.
    private double gaussian() {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
