package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `eteam raise`: a VP logs what blocks their team.
@Command(name = "raise", description = "Raise a blocker (VPs and chairs). Prints the new blocker's id alone on the last line.")
final class RaiseCommand extends TableCommand {

    @Parameters(paramLabel = "TITLE", description = "what blocks the team, 1 to 200 characters")
    String title;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "blocked, misaligned or off-track")
    String kind;

    @Option(names = "--impact", paramLabel = "IMPACT", description = "high, medium (default) or low")
    String impact;

    @Option(names = "--blocking", paramLabel = "HANDLE", description = "the VP whose area blocks")
    String blocking;

    @Option(names = "--team", paramLabel = "TEAM", description = "the team it blocks (default: yours); its SLA clock runs on that team's calendar")
    String team;

    @Option(names = "--detail", paramLabel = "TEXT", description = "context, up to 4000 characters")
    String detail;

    @Option(names = "--minutes", paramLabel = "N", description = "time box on the agenda, 5 to 60 (default by impact: 15, 10, 5)")
    Integer minutes;

    @Option(names = "--repeats", paramLabel = "ID", description = "the earlier, closed blocker this one repeats: the same problem came back")
    Long repeats;

    @Override
    int run(ApiClient api) {
        var body = JSON.createObjectNode().put("title", title).put("kind", kind);
        if (impact != null) {
            body.put("impact", impact);
        }
        if (blocking != null) {
            body.put("blocking", blocking);
        }
        if (detail != null) {
            body.put("detail", detail);
        }
        if (team != null) {
            body.put("team", team);
        }
        if (minutes != null) {
            body.put("minutes", minutes);
        }
        if (repeats != null) {
            body.put("repeats", repeats);
        }
        var made = api.post("/api/v1/blockers", body);
        if (json) {
            printJson(made);
        } else {
            out().println("Raised blocker " + made.path("id").asLong() + ": " + Format.text(made, "title")
                    + " (" + Format.text(made, "impact") + " impact, " + made.path("minutes").asInt() + "-minute time box)"
                    + (made.path("repeats").isNumber() ? ", repeating blocker " + made.path("repeats").asLong() : "") + ".");
            // BLK-12 — the resolved blockers it may repeat, and how to say so.
            for (var similar : made.path("similar")) {
                out().println("It looks like blocker " + similar.path("id").asLong() + " \"" + Format.text(similar, "title")
                        + "\", resolved " + Format.text(similar, "resolved_at").substring(0, 10) + ". If the same problem came back,"
                        + " link them (PATCH /api/v1/blockers/" + made.path("id").asLong() + " {\"repeats\": "
                        + similar.path("id").asLong() + "}), or raise with --repeats " + similar.path("id").asLong() + " next time.");
            }
            out().println(made.path("id").asLong());
        }
        return Exit.OK;
    }
}
