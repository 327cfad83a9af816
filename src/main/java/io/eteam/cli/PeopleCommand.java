package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `eteam people add|list|token|deactivate`.
@Command(name = "people", description = "Manage people and their tokens (chairs).",
        subcommands = {PeopleCommand.Add.class, PeopleCommand.ListPeople.class,
                PeopleCommand.Token.class, PeopleCommand.Deactivate.class})
final class PeopleCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Add a person and print their token (shown once, alone on the last line).")
    static final class Add extends TableCommand {

        @Parameters(paramLabel = "HANDLE", description = "lowercase letters, digits and dashes, 2 to 32")
        String handle;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "full name")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "chair, vp or member")
        String role;

        @Option(names = "--team", paramLabel = "TEAM", description = "team or area, e.g. Music")
        String team;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode().put("handle", handle).put("name", name).put("role", role);
            if (team != null) {
                body.put("team", team);
            }
            var made = api.post("/api/v1/people", body);
            if (json) {
                printJson(made);
            } else {
                out().println("Added " + WhoamiCommand.describe(made) + ". Their token, shown only this once:");
                out().println(made.path("token").asText());
            }
            return Exit.OK;
        }
    }

    @Command(name = "list", description = "List everyone, active or not.")
    static final class ListPeople extends TableCommand {

        @Override
        int run(ApiClient api) {
            var people = api.get("/api/v1/people");
            if (json) {
                printJson(people);
                return Exit.OK;
            }
            var table = new Table(java.util.List.of("HANDLE", "NAME", "ROLE", "TEAM", "ACTIVE"), 32, 30, 6, 20, 6);
            for (JsonNode p : people) {
                table.row(Format.text(p, "handle"), Format.text(p, "name"), Format.text(p, "role"),
                        Format.text(p, "team"), p.path("active").asBoolean() ? "yes" : "no");
            }
            table.print(out());
            return Exit.OK;
        }
    }

    @Command(name = "token", description = "Make a new token for a person; their earlier tokens stop working.")
    static final class Token extends TableCommand {

        @Parameters(paramLabel = "HANDLE")
        String handle;

        @Override
        int run(ApiClient api) {
            var made = api.post("/api/v1/people/" + ApiClient.encode(handle) + "/token", JSON.createObjectNode());
            if (json) {
                printJson(made);
            } else {
                out().println("New token for " + handle + "; their earlier tokens no longer work. Shown only this once:");
                out().println(made.path("token").asText());
            }
            return Exit.OK;
        }
    }

    @Command(name = "deactivate", description = "Deactivate a person; their tokens stop working at once.")
    static final class Deactivate extends TableCommand {

        @Parameters(paramLabel = "HANDLE")
        String handle;

        @Override
        int run(ApiClient api) {
            var person = api.delete("/api/v1/people/" + ApiClient.encode(handle));
            if (json) {
                printJson(person);
            } else {
                out().println("Deactivated " + handle + "; their tokens no longer work.");
            }
            return Exit.OK;
        }
    }
}
