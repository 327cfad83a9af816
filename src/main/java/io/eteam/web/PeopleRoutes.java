package io.eteam.web;

import io.eteam.people.NewPerson;
import io.eteam.people.PeopleService;
import io.javalin.http.Context;

/// HTTP handlers for people and tokens.
final class PeopleRoutes {

    private final PeopleService people;

    PeopleRoutes(PeopleService people) {
        this.people = people;
    }

    void me(Context ctx) {
        ctx.json(Auth.actor(ctx));
    }

    void list(Context ctx) {
        ctx.json(people.list(Auth.actor(ctx)));
    }

    void add(Context ctx) {
        var input = Json.read(ctx, NewPerson.class);
        ctx.status(201).json(people.add(Auth.actor(ctx), input));
    }

    void token(Context ctx) {
        ctx.status(201).json(people.issueToken(Auth.actor(ctx), ctx.pathParam("handle")));
    }

    void deactivate(Context ctx) {
        ctx.json(people.deactivate(Auth.actor(ctx), ctx.pathParam("handle")));
    }
}
