package io.eteam.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// HOOK-4 — sends the outbox: a thread of its own looks for due deliveries every second (and at
/// once when woken), takes each for itself (`claim`: of several servers sharing the database one
/// sends it), posts it signed, and records the answer: a 2xx sends it for good; anything else,
/// or no whole answer within 15 s, tries again after 10 s, 20 s, 40 s ... up to an hour between
/// attempts, and gives up after `ATTEMPTS` (about a day), said in the log; an address HOOK-2
/// refuses is given up at once. A webhook that fails waits for the next pass, so it does not hold
/// up the others. A server that dies while sending leaves the delivery taken for a minute; then
/// any server sends it again, under the same `X-Eteam-Delivery`.
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    static final int ATTEMPTS = 30;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 50;

    private final WebhookRepository outbox;
    private final Clock clock;
    /// Made at the first delivery: the JDK's HTTP client loads its TLS stack as it is made, which
    /// took about 50 ms of CPU from `serve` starting when every server made one (README, Performance).
    private HttpClient http;
    private final Object wake = new Object();
    private volatile boolean closed;
    private boolean woken;
    private Thread thread;

    public Dispatcher(WebhookRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /// Starts sending on a daemon thread.
    public synchronized void start() {
        if (thread == null && !closed) {
            thread = new Thread(this::run, "eteam-webhooks");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return http;
    }

    /// Looks at the outbox now rather than within the second: something was just staged.
    public void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void run() {
        boolean failing = false;
        while (!closed) {
            try {
                sendDue();
                if (failing) {
                    LOG.info("The webhooks' outbox can be read again.");
                    failing = false;
                }
            } catch (RuntimeException e) {
                if (!failing && !closed) {
                    LOG.warn("Cannot read the webhooks' outbox ({}); trying again every second.", e.getMessage());
                    failing = true;
                }
            }
            synchronized (wake) {
                if (!woken && !closed) {
                    try {
                        wake.wait(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /// Sends the deliveries due now, a batch at a time, until none is left that may be tried in
    /// this pass: once a webhook fails, its other deliveries wait for the next pass (a second
    /// later), so a dead receiver costs one time-out a pass, not one per event, and the others'
    /// deliveries go on. Answers how many were sent.
    int sendDue() {
        int sent = 0;
        var failing = new HashSet<Long>();
        boolean tried = true;
        while (!closed && tried) {
            tried = false;
            for (var delivery : outbox.due(clock.instant(), BATCH)) {
                if (closed) {
                    break;
                }
                if (failing.contains(delivery.webhookId())) {
                    continue;
                }
                // The claim's time is read for each delivery: one sent after a slow one must not
                // be claimed until a time already past.
                var now = clock.instant();
                if (!outbox.claim(delivery.id(), now, now.plus(CLAIM))) {
                    continue;
                }
                tried = true;
                if (send(delivery)) {
                    sent++;
                } else {
                    failing.add(delivery.webhookId());
                }
            }
        }
        return sent;
    }

    private boolean send(WebhookRepository.Due delivery) {
        var body = Messages.body(delivery.format(), delivery.body());
        String failure;
        boolean hopeless = false;
        try {
            var uri = URI.create(delivery.url());
            var refused = refusedAddress(uri.getHost());
            if (refused != null) {
                failure = "refused: " + uri.getHost() + " resolves to " + refused
                        + ", a link-local, wildcard or multicast address (HOOK-2)";
                hopeless = true;
            } else {
                var request = HttpRequest.newBuilder(uri)
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("User-Agent", "eteam-webhooks")
                        .header("X-Eteam-Event", delivery.type())
                        .header("X-Eteam-Delivery", delivery.delivery())
                        .header("X-Eteam-Signature", Messages.signature(delivery.secret(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                // The request's own time-out ends at the answer's headers; a receiver that then
                // trickles its body is cut off here, so one cannot hold the sending thread.
                var pending = client().sendAsync(request, HttpResponse.BodyHandlers.discarding());
                HttpResponse<Void> answer;
                try {
                    answer = pending.get(TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    pending.cancel(true);
                    throw new IOException("no whole answer within " + TIMEOUT.toSeconds() + " s");
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause()));
                }
                if (answer.statusCode() / 100 == 2) {
                    outbox.sent(delivery.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
                    return true;
                }
                failure = "answered " + answer.statusCode();
            }
        } catch (IOException | IllegalArgumentException e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int attempts = delivery.attempts() + 1;
        if (hopeless || attempts >= ATTEMPTS) {
            LOG.warn("Gave up on webhook {}'s delivery {} ({}) after {} attempts: {}", delivery.webhookId(),
                    delivery.delivery(), delivery.type(), attempts, failure);
            outbox.attempted(delivery.id(), now, null, failure);
        } else {
            outbox.attempted(delivery.id(), now, now.plus(backOff(attempts)), failure);
        }
        return false;
    }

    /// HOOK-2 — the address `host` resolves to that no delivery goes to, or null. One that does not
    /// resolve is left to the request, which fails and is tried again later.
    static String refusedAddress(String host) {
        if (host == null) {
            return null;
        }
        try {
            for (var address : InetAddress.getAllByName(host)) {
                if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return address.getHostAddress();
                }
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    /// 10 s after the first failure, doubling, at most an hour.
    static Duration backOff(int attempts) {
        var wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    @Override
    public void close() {
        closed = true;
        wake();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join(TIMEOUT.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
