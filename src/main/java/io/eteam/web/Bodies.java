package io.eteam.web;

import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/// Request bodies are read only for someone signed in (or for the sign-in form, which is small):
/// a refusal never waits for the body it refuses, and tells the client the connection ends
/// with it, so that no anonymous client can hold a thread by sending a body slowly.
public final class Bodies {

    private Bodies() {
    }

    /// True when the request announced a body (a length above zero, or chunks).
    public static boolean announced(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /// Refuses, unread, a body longer than `max` or of unknown length; for requests from people
    /// not signed in yet.
    public static void refuseOver(Context ctx, long max, String message) {
        long length = ctx.contentLength();
        if (length > max || (length < 0 && ctx.header("Transfer-Encoding") != null)) {
            closeAfterwards(ctx);
            throw Problem.tooLarge(message);
        }
    }

    /// Refuses a signed-in request's body over `max` with 413. The body is first read and
    /// dropped for at most `drain` and `drainMax` bytes, so a client that uploads too much sees
    /// the 413 instead of a connection reset; what is left after that is not waited for.
    static void refuseOversize(Context ctx, long max, long drainMax, Duration drain, String message) {
        long length = ctx.contentLength();
        if (length <= max) {
            return;
        }
        closeAfterwards(ctx);
        if (length <= drainMax) {
            drain(ctx, length, drain);
        }
        throw Problem.tooLarge(message);
    }

    /// Asks for the connection to be closed after this response when the request's body was
    /// announced and not read to its end: a client that is still sending would otherwise keep
    /// the connection, and Jetty would have to read what it sends.
    static void closeIfUnread(Context ctx) {
        if (!announced(ctx) || ctx.res().isCommitted()) {
            return;
        }
        boolean finished;
        try {
            finished = ctx.req().getInputStream().isFinished();
        } catch (IOException | IllegalStateException e) {
            // Read through getReader, or failed: either way nothing more is waited for.
            finished = false;
        }
        if (!finished) {
            closeAfterwards(ctx);
        }
    }

    private static void closeAfterwards(Context ctx) {
        ctx.header("Connection", "close");
    }

    /// Reads for at most `time`: a client that stops sending is cut off by the connection's idle
    /// timeout, shortened to the same bound, and one that sends slowly by the minimum data rate.
    private static void drain(Context ctx, long length, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        try {
            var endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
                    .getConnectionMetaData().getConnection().getEndPoint();
            endPoint.setIdleTimeout(Math.min(endPoint.getIdleTimeout(), Math.max(1, time.toMillis())));
            var in = ctx.req().getInputStream();
            var buffer = new byte[8192];
            long read = 0;
            while (read < length && System.nanoTime() < deadline) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IOException e) {
            // The client stopped sending, or too slowly: it gets the 413 if it still listens.
        }
    }
}
