package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `eteam webhooks add|list|remove`: where eteam posts its events (chairs; issue 18).
@Command(name = "webhooks", description = "Add, list or remove the webhooks eteam posts events to (chairs).",
        subcommands = {WebhookCommand.Add.class, WebhookCommand.ListHooks.class, WebhookCommand.Remove.class,
                WebhookCommand.DigestAt.class})
final class WebhookCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Post these events to URL, signed; prints the signing secret once.")
    static final class Add extends TableCommand {

        @Parameters(paramLabel = "URL", description = "an http or https address, e.g. a Slack or Teams incoming webhook")
        String url;

        @Option(names = "--events", required = true, split = ",", paramLabel = "TYPE,...",
                description = "event types, e.g. blocker.raised,blocker.at_risk,blocker.breached,action.done; 'digest' for the weekly digest")
        List<String> events;

        @Option(names = "--format", paramLabel = "FORMAT", description = "json (default: the event object), slack or teams")
        String format;

        @Override
        int run(ApiClient api) {
            var body = JSON.createObjectNode();
            body.put("url", url);
            var types = body.putArray("events");
            events.forEach(types::add);
            if (format != null) {
                body.put("format", format);
            }
            var added = api.post("/api/v1/webhooks", body);
            if (json) {
                printJson(added);
                return Exit.OK;
            }
            var out = out();
            out.println("Webhook " + added.path("id").asLong() + " posts " + String.join(", ", Format.texts(added.path("events")))
                    + " to " + Format.text(added, "url") + " as " + Format.text(added, "format") + ".");
            out.println("Signing secret (shown this once; check X-Eteam-Signature, the HMAC-SHA256 of each body, with it):");
            out.println(Format.text(added, "secret"));
            return Exit.OK;
        }
    }

    @Command(name = "list", description = "List the webhooks and how their deliveries stand.")
    static final class ListHooks extends TableCommand {

        @Override
        int run(ApiClient api) {
            var hooks = api.get("/api/v1/webhooks");
            if (json) {
                printJson(hooks);
                return Exit.OK;
            }
            if (hooks.path("webhooks").isEmpty()) {
                out().println("No webhooks: eteam webhooks add URL --events TYPE,... adds one.");
                return Exit.OK;
            }
            var table = new Table(List.of("ID", "FORMAT", "URL", "EVENTS", "PENDING", "SENT", "FAILED"), 4, 6, 40, 40, 7, 6, 6);
            for (var h : hooks.path("webhooks")) {
                table.row(h.path("id").asLong(), Format.text(h, "format"), Format.text(h, "url"),
                        String.join(",", Format.texts(h.path("events"))), h.path("pending").asInt(), h.path("sent").asInt(),
                        h.path("failed").asInt());
            }
            table.print(out());
            return Exit.OK;
        }
    }

    @Command(name = "digest", description = "Show or set when the weekly digest goes to the webhooks that want 'digest'.")
    static final class DigestAt extends TableCommand {

        @Option(names = "--day", paramLabel = "DAY", description = "the weekday, e.g. MON (default MON)")
        String day;

        @Option(names = "--time", paramLabel = "HH:MM", description = "the local time in the work calendar's zone (default 09:00)")
        String time;

        @Override
        int run(ApiClient api) {
            com.fasterxml.jackson.databind.JsonNode at;
            if (day == null && time == null) {
                at = api.get("/api/v1/webhooks/digest");
            } else {
                var body = JSON.createObjectNode();
                if (day != null) {
                    body.put("day", day);
                }
                if (time != null) {
                    body.put("time", time);
                }
                at = api.put("/api/v1/webhooks/digest", body);
            }
            if (json) {
                printJson(at);
            } else {
                out().println("The weekly digest goes every " + Format.text(at, "day") + " at " + Format.text(at, "time")
                        + " (the work calendar's zone) to the webhooks that want 'digest'.");
            }
            return Exit.OK;
        }
    }

    @Command(name = "remove", description = "Remove a webhook; what it had still to send is dropped.")
    static final class Remove extends TableCommand {

        @Parameters(paramLabel = "ID", description = "the webhook's id, from eteam webhooks list")
        long id;

        @Override
        int run(ApiClient api) {
            api.delete("/api/v1/webhooks/" + id);
            out().println("Removed webhook " + id + ".");
            return Exit.OK;
        }
    }
}
