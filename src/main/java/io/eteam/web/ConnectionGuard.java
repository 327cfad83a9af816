package io.eteam.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.IO;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What Jetty enforces on every connection before a request reaches a handler: at most
/// `connectionsPerAddress` open connections per remote address (more are closed as they are
/// accepted), request heads that must arrive within `headerTimeout` of their first byte,
/// bodies that must keep up `minBodyRate`, and the idle timeout.
///
/// Jetty reads heads and waits for connections without a thread, so a slow head or an idle
/// connection costs a socket and a buffer, not a thread; these bounds keep even that small.
/// A body is read by a request thread, which the data rate frees again. Enforces HTTP-2.
final class ConnectionGuard extends AbstractLifeCycle implements SelectorManager.AcceptListener, Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);

    private final Server server;
    private final Limits limits;
    private final Map<SelectableChannel, InetAddress> addresses = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /// Addresses at their limit, so that a flood of refused connections is logged once.
    private final Set<InetAddress> refusing = ConcurrentHashMap.newKeySet();
    private final Map<HttpConnection, Head> heads = new ConcurrentHashMap<>();
    private final List<AbstractConnector> connectors = new ArrayList<>();
    private volatile Scheduler.Task sweep;

    /// When the head of a connection's current request was first seen arriving, and which
    /// request of the connection that was.
    private record Head(long requests, long since) {
    }

    private ConnectionGuard(Server server, Limits limits) {
        this.server = server;
        this.limits = limits;
    }

    /// Adds the guard to `server`, whose connectors it joins as the server starts, and puts the
    /// data-rate check in front of the server's handlers.
    static void install(Server server, Limits limits) {
        server.addBean(new ConnectionGuard(server, limits));
        server.insertHandler(new MinimumDataRateHandler(limits.minBodyRate(), 0));
    }

    @Override
    protected void doStart() {
        for (var connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(limits.idleTimeout().toMillis());
                c.addBean(this);
                connectors.add(c);
            }
        }
        scheduleSweep();
    }

    @Override
    protected void doStop() {
        var task = sweep;
        if (task != null) {
            task.cancel();
        }
        connectors.forEach(c -> c.removeBean(this));
        connectors.clear();
        heads.clear();
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        var address = remote(channel);
        if (address == null) {
            return;
        }
        addresses.put(channel, address);
        int count = open.merge(address, 1, Integer::sum);
        if (count > limits.connectionsPerAddress()) {
            if (refusing.add(address)) {
                LOG.warn("Refusing connections from {}: it already holds {}", address.getHostAddress(),
                        limits.connectionsPerAddress());
            }
            // Jetty then fails the accept and calls onAcceptFailed, which gives the count back.
            IO.close(channel);
        }
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        release(channel);
    }

    @Override
    public void onClosed(SelectableChannel channel) {
        release(channel);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            heads.put(http, new Head(-1, 0));
        }
    }

    @Override
    public void onClosed(Connection connection) {
        heads.remove(connection);
    }

    private void release(SelectableChannel channel) {
        var address = addresses.remove(channel);
        if (address != null) {
            var left = open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
            if (left == null || left < limits.connectionsPerAddress()) {
                refusing.remove(address);
            }
        }
    }

    private void scheduleSweep() {
        long period = Math.max(50, limits.headerTimeout().toMillis() / 4);
        sweep = server.getScheduler().schedule(() -> {
            if (isRunning()) {
                cutSlowHeads();
                scheduleSweep();
            }
        }, period, TimeUnit.MILLISECONDS);
    }

    /// Reads the parser's state from another thread than the one parsing: a stale read only
    /// moves a cut-off by one sweep.
    private void cutSlowHeads() {
        long now = System.nanoTime();
        long timeout = limits.headerTimeout().toNanos();
        heads.replaceAll((connection, head) -> {
            var parser = connection.getParser();
            if (parser.isStart() || !parser.inHeaderState()) {
                return head.since() == 0 ? head : new Head(-1, 0);
            }
            long requests = connection.getMessagesIn();
            if (head.since() == 0 || head.requests() != requests) {
                return new Head(requests, now);
            }
            if (now - head.since() > timeout) {
                LOG.info("Closing a connection from {}: its request head took longer than {} s",
                        connection.getEndPoint().getRemoteSocketAddress(), limits.headerTimeout().toSeconds());
                connection.getEndPoint().close(new TimeoutException("request head too slow"));
            }
            return head;
        });
    }

    private static InetAddress remote(SelectableChannel channel) {
        try {
            return channel instanceof SocketChannel socket && socket.getRemoteAddress() instanceof InetSocketAddress a
                    ? a.getAddress() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
