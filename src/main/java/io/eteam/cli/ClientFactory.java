package io.eteam.cli;

import picocli.CommandLine;

/// Makes command objects for picocli and gives every client command the same credentials
/// source (the real environment, or a test's).
public final class ClientFactory implements CommandLine.IFactory {

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

    /// The client commands, in the order `eteam --help` lists them.
    public static Class<?>[] commands() {
        return new Class<?>[] {LoginCommand.class, WhoamiCommand.class, PeopleCommand.class,
                RaiseCommand.class, BlockersCommand.class, ShowCommand.class,
                CloseCommands.Resolve.class, CloseCommands.WithdrawBlocker.class, ImportCommand.class, ReportCommand.class, CalendarCommand.class,
                MeetingCommands.Show.class, MeetingCommands.CheckIn.class, MeetingCommands.AgendaCommand.class, MeetingCommands.Rank.class};
    }
}
