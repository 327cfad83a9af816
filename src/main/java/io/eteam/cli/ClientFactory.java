package io.eteam.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/// Makes command objects for picocli and gives every client command the same credentials
/// source (the real environment, or a test's).
public final class ClientFactory implements CommandLine.IFactory {

    private static final Map<String, Class<?>> COMMANDS = Collections.unmodifiableMap(byName());

    private final Credentials credentials;

    public ClientFactory(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        var made = CommandLine.defaultFactory().create(type);
        if (made instanceof ClientCommand client) {
            client.credentials = credentials;
        }
        return made;
    }

    /// Sets up what a client command needs after picocli has read it, beside picocli reading it
    /// (`HeadStart`): the JSON reader and writer, and the JDK's HTTP client, through a
    /// `GET /api/v1/health` to the server the command will most likely talk to (`--server`,
    /// `ETEAM_SERVER`, or the saved one). Its connection is left open for the command's own
    /// request to reuse (HttpURLConnection keeps it), so the command's request finds the HTTP
    /// stack loaded and, most often, the connection made (README, Performance).
    public static void warmUp(String[] args) throws IOException {
        var json = ClientJson.JSON;
        json.readTree(json.writeValueAsBytes(json.createObjectNode().put("prepare", 1)));
        var server = Credentials.fromSystem().likelyServer(option(args, "--server"));
        if (server == null || !(server.startsWith("http://") || server.startsWith("https://"))) {
            return;
        }
        var http = (HttpURLConnection) URI.create(server.replaceAll("/+$", "") + "/api/v1/health").toURL().openConnection();
        http.setConnectTimeout(1_000);
        http.setReadTimeout(1_000);
        try (var answer = http.getInputStream()) {
            answer.readAllBytes();
        }
    }

    /// The value given to `name` (`--server URL` or `--server=URL`) among `args`, or null.
    private static String option(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    /// The client commands by name (each class's `@Command(name)`), in the order `eteam --help`
    /// lists them.
    public static Map<String, Class<?>> commands() {
        return COMMANDS;
    }

    private static Map<String, Class<?>> byName() {
        var commands = new LinkedHashMap<String, Class<?>>();
        commands.put("login", LoginCommand.class);
        commands.put("whoami", WhoamiCommand.class);
        commands.put("people", PeopleCommand.class);
        commands.put("raise", RaiseCommand.class);
        commands.put("blockers", BlockersCommand.class);
        commands.put("show", ShowCommand.class);
        commands.put("resolve", CloseCommands.Resolve.class);
        commands.put("withdraw", CloseCommands.WithdrawBlocker.class);
        commands.put("check", CheckCommand.class);
        commands.put("deferrals", DeferralsCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("backup", BackupCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("calendar", CalendarCommand.class);
        commands.put("meeting", MeetingCommands.Show.class);
        commands.put("checkin", MeetingCommands.CheckIn.class);
        commands.put("agenda", MeetingCommands.AgendaCommand.class);
        commands.put("rank", MeetingCommands.Rank.class);
        commands.put("minutes", MinutesCommand.class);
        commands.put("actions", ActionCommands.Actions.class);
        commands.put("done", ActionCommands.Done.class);
        commands.put("escalate", ActionCommands.Escalate.class);
        commands.put("webhooks", WebhookCommand.class);
        commands.put("feed", FeedCommand.class);
        commands.put("mcp", McpCommand.class);
        return commands;
    }
}
