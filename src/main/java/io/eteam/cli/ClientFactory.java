package io.eteam.cli;

import java.io.IOException;
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

    /// Sets up what a client command needs after picocli has read it: the JSON mapper (Jackson
    /// takes as long to set up as picocli takes to read a command) and the JDK's HTTP client,
    /// made ready by a connection object that is never connected. `HeadStart` runs it beside picocli.
    public static void warmUp() throws IOException {
        var json = ClientJson.JSON;
        json.readTree(json.writeValueAsBytes(json.createObjectNode().put("prepare", 1)));
        URI.create("http://127.0.0.1/").toURL().openConnection();
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
