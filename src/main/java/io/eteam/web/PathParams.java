package io.eteam.web;

import io.eteam.problem.Problem;
import io.javalin.http.Context;

/// Path parameters read once, the same way for the API and the pages. A meeting `{date}` is
/// passed on as typed: the meeting service parses and bounds it (MTG-1).
public final class PathParams {

    private PathParams() {
    }

    /// `{id}`: a blocker id, a positive whole number; anything else is `400 invalid_request` naming `id`.
    public static long blockerId(Context ctx) {
        return id(ctx, "blocker");
    }

    /// `{id}`: the id of a `what`, a positive whole number; anything else is `400 invalid_request` naming `id`.
    public static long id(Context ctx, String what) {
        var raw = ctx.pathParam("id");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw Problem.invalid("id", "A " + what + " id is a positive whole number, like 42.");
    }
}
