package io.eteam.web;

import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Refused credentials (a bearer token, a session cookie, the sign-in form's token) counted per
/// remote address: after a burst, that address is answered `429 too_many_requests` with
/// `Retry-After` until its count has decayed, without its credentials being looked at.
///
/// Each refusal adds one to the address's count, which falls by one every `refill`; at `burst`
/// the address waits. So a person who mistypes a token, or a whole office whose browsers all
/// send a session cookie from before a restart, is never held up, while a guesser gets one
/// try per `refill` instead of thousands a second. Counting tokens by address, not by token,
/// is the point: a guesser sends a different token every time.
///
/// A refusal is logged on one line (address, route, reason), never with the token or its hash.
/// At most `tracked` addresses are remembered; an address whose count has decayed to nothing
/// is forgotten first, then those with the smallest counts, so an attacker rotating addresses
/// costs bounded memory. IPv6 addresses count by their /64 network, which one host usually has.
/// Enforces HTTP-3.
public final class Throttle {

    private static final Logger LOG = LoggerFactory.getLogger(Throttle.class);

    private final int burst;
    private final long refillNanos;
    private final int tracked;
    private final LongSupplier nanoTime;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public Throttle(int burst, Duration refill, int tracked, LongSupplier nanoTime) {
        this.burst = burst;
        this.refillNanos = refill.toNanos();
        this.tracked = tracked;
        this.nanoTime = nanoTime;
    }

    public Throttle(Limits limits) {
        this(limits.refusalBurst(), limits.refusalRefill(), limits.trackedAddresses(), System::nanoTime);
    }

    /// The refusals counted against one address: `value` as it was at `at`, decaying since.
    private record Count(double value, long at) {

        double now(long now, long refillNanos) {
            return Math.max(0, value - (double) (now - at) / refillNanos);
        }
    }

    /// Refuses the request with 429 and `Retry-After` when its address has sent too many bad
    /// credentials lately; call before looking at the request's credentials.
    public void check(Context ctx) {
        check(address(ctx), seconds -> ctx.header("Retry-After", String.valueOf(seconds)));
    }

    /// As above for `address`; `retryAfter` is told the seconds to send in `Retry-After`.
    void check(String address, LongConsumer retryAfter) {
        long seconds = retryAfter(address);
        if (seconds > 0) {
            retryAfter.accept(seconds);
            throw Problem.tooManyRequests("Too many sign-ins with a wrong token came from your address; try again in "
                    + seconds + (seconds == 1 ? " second." : " seconds."));
        }
    }

    /// Counts a refused credential against the request's address and logs it; `why` says what
    /// was wrong, never what was sent.
    public void refused(Context ctx, String why) {
        refused(address(ctx), ctx.method().name(), ctx.path(), why);
    }

    /// Counts a refused credential against `address`, sent on `method` `path`, and logs it.
    void refused(String address, String method, String path, String why) {
        LOG.warn("Refused sign-in from {} on {} {}: {}", address, method, path, why);
        if (count(address)) {
            LOG.warn("Throttling {}: {} refused sign-ins in a row; its requests are answered 429 until they decay",
                    address, burst);
        }
    }

    /// Counts one refusal against `address`; true when that makes it wait.
    boolean count(String address) {
        var key = key(address);
        long now = nanoTime.getAsLong();
        var before = counts.get(key);
        var after = counts.merge(key, new Count(1, now),
                (old, one) -> new Count(old.now(now, refillNanos) + 1, now));
        if (counts.size() > tracked) {
            forget(now);
        }
        double was = before == null ? 0 : before.now(now, refillNanos);
        return was <= burst - 1 && after.value() > burst - 1;
    }

    /// Whole seconds until `address` may send credentials again; 0 when it may now.
    long retryAfter(String address) {
        var count = counts.get(key(address));
        if (count == null) {
            return 0;
        }
        double excess = count.now(nanoTime.getAsLong(), refillNanos) - (burst - 1);
        return excess <= 0 ? 0 : Math.max(1, (long) Math.ceil(excess * refillNanos / 1e9));
    }

    /// How many addresses are remembered now.
    int tracked() {
        return counts.size();
    }

    private synchronized void forget(long now) {
        if (counts.size() <= tracked) {
            return;
        }
        counts.values().removeIf(c -> c.now(now, refillNanos) == 0);
        int excess = counts.size() - tracked * 3 / 4;
        if (excess > 0) {
            counts.entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> e.getValue().now(now, refillNanos)))
                    .limit(excess)
                    .map(Map.Entry::getKey)
                    .toList()
                    .forEach(counts::remove);
        }
    }

    /// The address the connection came from; a proxy in front of eteam is one address for all.
    static String address(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    /// An IPv6 address counts by its /64: one host can use any address of its network.
    static String key(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            var bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1) : address)
                    .getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
