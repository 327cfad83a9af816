package io.eteam.web;

import io.eteam.people.PeopleService;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import io.javalin.http.Context;

/// Who is asking: every API route but health needs `Authorization: Bearer TOKEN`.
final class Auth {

    private static final String ACTOR = "eteam.actor";

    private final PeopleService people;

    Auth(PeopleService people) {
        this.people = people;
    }

    void authenticate(Context ctx) {
        if (ctx.path().equals("/api/v1/health")) {
            return;
        }
        var header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw Problem.unauthenticated("Sign in: send 'Authorization: Bearer TOKEN' with the token a chair gave you.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Problem.unauthenticated("Use 'Authorization: Bearer TOKEN'.");
        }
        var person = people.authenticate(header.substring(7).strip())
                .orElseThrow(() -> Problem.unauthenticated("That token is not valid: it may have been replaced, or its holder deactivated. Ask a chair for a new one."));
        ctx.attribute(ACTOR, person);
    }

    static Person actor(Context ctx) {
        Person person = ctx.attribute(ACTOR);
        if (person == null) {
            throw Problem.unauthenticated("Sign in first.");
        }
        return person;
    }
}
