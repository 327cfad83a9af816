package io.eteam.cli;

/// The exit codes every command returns, in one place.
public final class Exit {
    public static final int OK = 0;
    /// refused by a rule, or invalid input
    public static final int REFUSED = 1;
    /// bad usage (picocli's own code for a command line it cannot parse)
    public static final int USAGE = 2;
    /// not authenticated, or not allowed
    public static final int DENIED = 3;
    /// server unreachable or failing
    public static final int UNAVAILABLE = 4;

    private Exit() {
    }

    /// The exit code for an HTTP status the server answered with.
    public static int forStatus(int status) {
        if (status == 401 || status == 403) {
            return DENIED;
        }
        if (status >= 400 && status < 500) {
            return REFUSED;
        }
        return UNAVAILABLE;
    }
}
