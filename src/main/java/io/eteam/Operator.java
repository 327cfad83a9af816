package io.eteam;

/// Sentences for an operator when the server side cannot start.
final class Operator {

    private Operator() {
    }

    static String explain(RuntimeException e, String db) {
        var text = String.valueOf(e.getMessage());
        var cause = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            var m = String.valueOf(t.getMessage());
            if (m.contains("Database may be already in use") || m.contains("already in use")) {
                return "The database " + db + " is in use by another eteam process; stop it first, or pass another --db.";
            }
            if (m.contains("Address already in use") || t instanceof java.net.BindException) {
                return "The port is already in use; stop whatever listens there, or pass another --port.";
            }
        }
        return "eteam could not start with database " + db + ": " + text.lines().findFirst().orElse(cause.toString());
    }
}
