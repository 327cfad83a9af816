package io.eteam.web;

import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.people.Tokens;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Browser sessions: signing in with an API token at `/login` gives a random session id in an
/// HttpOnly, SameSite=Strict cookie, which pages and the API accept in place of the token.
///
/// Sessions live in this process's memory, keyed by the SHA-256 hash of their id, so nothing
/// readable from a heap dump or a log opens one. A restart signs everybody out, which costs a
/// VP one paste of their token; storing sessions would need a table and a migration for little
/// gain. Several server instances behind a load balancer need sticky sessions for the pages.
///
/// A session ends after `idle` without a request, at `/logout`, or as soon as the token it was
/// started with stops working (replaced or its holder deactivated): each request checks that
/// token's hash again.
public final class Sessions {

    /// The cookie that carries the session id.
    public static final String COOKIE = "eteam_session";

    /// The header through which an API write authenticated by the cookie proves it comes from a page of ours.
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /// How long a session lasts without a request: a working day and an evening.
    public static final Duration IDLE = Duration.ofHours(12);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PeopleService people;
    private final Clock clock;
    private final Duration idle;
    private final Map<String, Stored> byIdHash = new ConcurrentHashMap<>();

    public Sessions(PeopleService people, Clock clock, Duration idle) {
        this.people = people;
        this.clock = clock;
        this.idle = idle;
    }

    /// A signed-in browser: who it is, and the token its forms and API writes must echo.
    public record Session(Person person, String csrf) {

        /// Compares in constant time, so the token cannot be guessed one character at a time.
        public boolean csrfMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                    candidate.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private record Stored(String tokenHash, String csrf, Instant lastSeen) {
    }

    /// Starts a session for the holder of `token`; answers the new session id, or empty when
    /// the token is not valid.
    public Optional<String> signIn(String token) {
        if (token == null || people.authenticate(token.strip()).isEmpty()) {
            return Optional.empty();
        }
        var now = clock.instant();
        byIdHash.values().removeIf(s -> expired(s, now));
        var id = random();
        byIdHash.put(Tokens.hash(id), new Stored(Tokens.hash(token.strip()), random(), now));
        return Optional.of(id);
    }

    /// The live session with this id, its idle clock restarted; empty when there is none,
    /// it has been idle too long, or its token no longer works.
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 100) {
            return Optional.empty();
        }
        var key = Tokens.hash(id);
        var now = clock.instant();
        var stored = byIdHash.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        var person = expired(stored, now) ? Optional.<Person>empty() : people.authenticateHash(stored.tokenHash());
        if (person.isEmpty()) {
            byIdHash.remove(key);
            return Optional.empty();
        }
        byIdHash.replace(key, stored, new Stored(stored.tokenHash(), stored.csrf(), now));
        return Optional.of(new Session(person.get(), stored.csrf()));
    }

    /// The live session of this request's cookie, if any.
    public Optional<Session> find(Context ctx) {
        return find(ctx.cookie(COOKIE));
    }

    public void end(String id) {
        if (id != null) {
            byIdHash.remove(Tokens.hash(id));
        }
    }

    /// The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page
    /// sends it), for the whole site, and Secure when the request came over HTTPS. It has no
    /// Max-Age: the server ends idle sessions, and the browser forgets the id when it closes.
    public static Cookie cookie(Context ctx, String id) {
        return new Cookie(COOKIE, id, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
    }

    /// A cookie that makes the browser forget the session id.
    public static Cookie cleared(Context ctx) {
        return new Cookie(COOKIE, "", "/", 0, "https".equals(ctx.scheme()), true, null, SameSite.STRICT);
    }

    private boolean expired(Stored s, Instant now) {
        return !s.lastSeen().plus(idle).isAfter(now);
    }

    private static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
