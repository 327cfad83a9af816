package io.eteam.web;

import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import io.javalin.http.Context;

/// Who is asking: every API route but health needs `Authorization: Bearer TOKEN`, or the
/// session cookie of a signed-in browser (see `Sessions`).
final class Auth {

    private static final String ACTOR = "eteam.actor";

    private final PeopleService people;
    private final Sessions sessions;
    private final Throttle throttle;

    Auth(PeopleService people, Sessions sessions, Throttle throttle) {
        this.people = people;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /// Runs before any body is read: a request refused here is never made to wait for one.
    void authenticate(Context ctx) {
        if (ctx.path().equals("/api/v1/health") || ctx.path().equals(WebServer.READY_PATH)) {
            return;
        }
        var header = ctx.header("Authorization");
        boolean noHeader = header == null || header.isBlank();
        if (noHeader && ctx.cookie(Sessions.COOKIE) == null) {
            throw signIn();
        }
        throttle.check(ctx);
        if (noHeader) {
            ctx.attribute(ACTOR, bySession(ctx));
            return;
        }
        ctx.attribute(ACTOR, byBearer(header, Throttle.address(ctx), ctx.method().name(), ctx.path()));
    }

    /// The refusal of a request that sends no credentials at all (not counted as a wrong one).
    static Problem signIn() {
        return Problem.unauthenticated("Sign in: send 'Authorization: Bearer TOKEN' with the token a chair gave you.");
    }

    /// The person an `Authorization` header's bearer token signs in now, for the API and `/mcp`
    /// alike. A header that is no bearer token, or a token that signs nobody in, is counted
    /// against `address` (HTTP-3) and refused; check the address with `Throttle` first.
    Person byBearer(String header, String address, String method, String path) {
        var token = bearer(header);
        if (token == null) {
            throttle.refused(address, method, path, "an Authorization header that is not a bearer token");
            throw Problem.unauthenticated("Use 'Authorization: Bearer TOKEN'.");
        }
        var person = people.authenticate(token);
        if (person.isEmpty()) {
            throttle.refused(address, method, path, "a bearer token that is unknown, replaced or of a deactivated person");
            throw Problem.unauthenticated("That token is not valid: it may have been replaced, or its holder deactivated. Ask a chair for a new one.");
        }
        return person.get();
    }

    /// The token of an `Authorization: Bearer TOKEN` header; null when there is no such header.
    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    /// A browser sends its cookie with any request, even one a page on another site makes it
    /// send; only our pages know the session's CSRF token, so a write must carry it in
    /// `X-CSRF-Token`. A bearer token is never sent by a browser on its own and needs no such check.
    private Person bySession(Context ctx) {
        var found = sessions.find(ctx);
        if (found.isEmpty()) {
            throttle.refused(ctx, "a session cookie that is unknown or has ended");
            ctx.cookie(Sessions.cleared(ctx));
            throw Problem.unauthenticated("Your session has ended; sign in again at /login, or send 'Authorization: Bearer TOKEN'.");
        }
        var session = found.get();
        var method = ctx.method().name();
        boolean reads = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        if (!reads && !session.csrfMatches(ctx.header(Sessions.CSRF_HEADER))) {
            throw Problem.forbidden("A write signed in by the session cookie must carry the session's CSRF token in the "
                    + Sessions.CSRF_HEADER + " header; reload the page and try again.");
        }
        return session.person();
    }

    static Person actor(Context ctx) {
        Person person = ctx.attribute(ACTOR);
        if (person == null) {
            throw Problem.unauthenticated("Sign in first.");
        }
        return person;
    }
}
