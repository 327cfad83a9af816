package io.eteam.web;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/// How much a client may take from the server before it is cut off: threads, time to send a
/// request, connections and refused sign-ins per address. `DEFAULT` is what `eteam serve`
/// runs with; tests shorten the times so that a cut-off shows within seconds.
///
/// @param threads          Jetty's request threads (Javalin's default). Anonymous requests never
///                         wait for a body, so these are spent only on signed-in work.
/// @param idleTimeout      a connection that sends and receives nothing for this long is closed.
///                         Longer than the event streams' 15-second heartbeat.
/// @param headerTimeout    a request's line and headers, from its first byte to the blank line,
///                         must arrive within this; a whole request head is one or two packets.
/// @param minBodyRate      bytes per second a body must arrive at, on average since it began.
///                         A 64 KiB body then takes at most about a minute.
/// @param drainTime        how long an oversize body of a signed-in request is read, to answer
///                         its 413 without a reset, before the connection is closed anyway.
/// @param connectionsPerAddress open connections one remote address may hold. Each browser tab
///                         holds its event stream and a few others; a whole office behind one
///                         NAT address stays under this, a single flood from one address does not.
/// @param refusalBurst     refused credentials one address may send before it is answered 429.
/// @param refusalRefill    after the burst, one more refused credential is allowed per this.
/// @param trackedAddresses addresses whose refusals are remembered at once; the least needed
///                         are forgotten first, so rotating addresses cannot grow memory.
/// @param behindProxy      a request's address, scheme and host are those its reverse proxy
///                         names (Jetty's `ForwardedRequestCustomizer`: `X-Forwarded-For`,
///                         `-Proto`, `-Host`, `Forwarded`, ...), so refused sign-ins count
///                         against the browser, not the proxy everybody shares. Only for a server
///                         that nothing but the proxy can reach, and a proxy that sets or clears
///                         each of those headers (`src/deploy/nginx/eteam.conf`): anyone else
///                         could name any address. Connections are still counted by the proxy's.
/// @param names            the DNS names browsers reach this server by (`eteam serve --name`),
///                         besides `localhost` and IP addresses: a browser's request to `/mcp`
///                         that names another host is refused, as a DNS-rebinding page's would.
public record Limits(int threads, Duration idleTimeout, Duration headerTimeout, long minBodyRate, Duration drainTime,
                     int connectionsPerAddress, int refusalBurst, Duration refusalRefill, int trackedAddresses,
                     boolean behindProxy, List<String> names) {

    public static final Limits DEFAULT = new Limits(250, Duration.ofSeconds(30), Duration.ofSeconds(10), 1024,
            Duration.ofSeconds(5), 256, 30, Duration.ofSeconds(2), 10_000, false, List.of());

    /// `names` are kept as `Origins.hostName` gives them, so each request compares them as they are.
    public Limits {
        names = names.stream().map(Origins::hostName).filter(Objects::nonNull).distinct().toList();
    }

    /// These limits, for a server behind a reverse proxy (`eteam serve --behind-proxy`).
    public Limits behindAProxy() {
        return new Limits(threads, idleTimeout, headerTimeout, minBodyRate, drainTime, connectionsPerAddress, refusalBurst,
                refusalRefill, trackedAddresses, true, names);
    }

    /// These limits, for a server browsers reach by `names` (`eteam serve --name`).
    public Limits named(List<String> names) {
        return new Limits(threads, idleTimeout, headerTimeout, minBodyRate, drainTime, connectionsPerAddress, refusalBurst,
                refusalRefill, trackedAddresses, behindProxy, names);
    }
}
