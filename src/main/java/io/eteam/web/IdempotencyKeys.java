package io.eteam.web;

import io.eteam.idempotency.Answer;
import io.eteam.idempotency.IdempotencyService;
import io.eteam.idempotency.IdempotencyService.Outcome;
import io.eteam.idempotency.PendingKeys;
import io.eteam.problem.Problem;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// `Idempotency-Key` on the API's `POST` and `PATCH` (rules in `io.eteam.idempotency`): after
/// sign-in, a request with a key is replayed, refused, or served and its answer stored.
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /// How long a client whose key's first request is still being served waits before retrying.
    private static final String RETRY_AFTER_SECONDS = "2";

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);

    /// Ends a request with the answer its key's first request got, skipping its handler.
    private static final class Replay extends RuntimeException {
        final Answer answer;

        Replay(Answer answer) {
            super("replayed", null, false, false);
            this.answer = answer;
        }
    }

    private final IdempotencyService keys;

    IdempotencyKeys(IdempotencyService keys) {
        this.keys = keys;
    }

    /// Registers after `Auth`, so that a request refused at sign-in never reaches a key.
    void configure(JavalinConfig config) {
        // A key left over by a request that ended without its after-handler must not be
        // recorded with the next request's changes on this thread.
        config.routes.before(ctx -> keys.finish(null));
        config.routes.beforeMatched("/api/*", this::before);
        config.routes.after("/api/*", this::after);
        config.routes.exception(Replay.class, (e, ctx) -> replay(ctx, e.answer));
        config.routes.exception(PendingKeys.KeyTaken.class, (e, ctx) -> taken(ctx));
    }

    private void before(Context ctx) throws IOException {
        var method = ctx.method().name();
        if (!(method.equals("POST") || method.equals("PATCH")) || !ctx.path().startsWith("/api/v1/")) {
            return;
        }
        var values = Collections.list(ctx.req().getHeaders(HEADER));
        if (values.isEmpty()) {
            return;
        }
        var key = values.get(0);
        if (values.size() > 1 || !wellFormed(key)) {
            throw Problem.invalid(HEADER, HEADER + " must be one value of 1 to 255 printable ASCII characters, such as a"
                    + " random UUID, new for each request and the same on each retry of it.");
        }
        var query = ctx.queryString();
        var path = query == null ? ctx.path() : ctx.path() + "?" + query;
        handle(ctx, keys.begin(Auth.actor(ctx).handle(), key, method, path, ctx.bodyAsBytes()));
    }

    private void after(Context ctx) {
        if (!keys.serving()) {
            return;
        }
        byte[] body = new byte[0];
        try (var result = ctx.resultInputStream()) {
            if (result != null) {
                body = result.readAllBytes();
                ctx.result(body);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not read the answer of {} {} to store it with its Idempotency-Key", ctx.method(), ctx.path(), e);
            body = null;
        }
        // An answer that says to try again later is not the request's answer: a retry is served.
        boolean keep = body != null && ctx.res().getHeader("Retry-After") == null;
        keys.finish(keep ? new Answer(ctx.statusCode(), ctx.res().getContentType(), body) : null);
    }

    private void taken(Context ctx) {
        try {
            handle(ctx, keys.afterKeyTaken());
        } catch (Replay replay) {
            replay(ctx, replay.answer);
        } catch (Problem problem) {
            ApiError.send(ctx, problem);
        } catch (RuntimeException e) {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            ApiError.internal(ctx);
        }
    }

    private static void handle(Context ctx, Outcome outcome) {
        if (outcome instanceof Outcome.Replay replay) {
            throw new Replay(replay.answer());
        }
        if (outcome instanceof Outcome.Busy busy) {
            ctx.header("Retry-After", RETRY_AFTER_SECONDS);
            throw Problem.conflict(busy.message());
        }
    }

    private static void replay(Context ctx, Answer answer) {
        ctx.status(answer.status());
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        ctx.header(REPLAYED, "true");
        ctx.result(answer.body());
    }

    /// 1 to 255 printable ASCII characters, not only spaces.
    static boolean wellFormed(String key) {
        if (key.isBlank() || key.length() > 255) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
