package io.eteam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/// Whether a person is watching: standard output and standard error each a terminal, and
/// whether tables may be coloured. Colour needs standard output on a terminal, no `NO_COLOR`
/// (set to anything but the empty string turns it off: https://no-color.org) and a `TERM`
/// other than `dumb`; a pipe or a file never gets an escape code, nor a progress line.
record Terminal(boolean out, boolean err, boolean colour) {

    /// This process's own: its standard output and error, and its environment.
    static Terminal ofSystem() {
        return of(System.getenv(), isTerminal(1), isTerminal(2));
    }

    static Terminal of(Map<String, String> env, boolean out, boolean err) {
        var noColor = env.get("NO_COLOR");
        boolean colour = out && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Terminal(out, err, colour);
    }

    /// Java 17 cannot ask whether one stream is a terminal; Linux says where each descriptor
    /// leads. Elsewhere, `System.console()`: standard input and output both a terminal.
    private static boolean isTerminal(int descriptor) {
        try {
            var target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
