package io.eteam;

/// Sentences for an operator when the server side cannot start.
final class Operator {

    private Operator() {
    }

    static String explain(RuntimeException e, String db) {
        var text = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return "The port is already in use; stop whatever listens there, or pass another --port.";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Database may be already in use")) {
                return "The database " + db + " is in use by another eteam process; stop it first, or pass another --db.";
            }
        }
        return "eteam could not start with database " + db + ": " + text.lines().findFirst().orElse(e.toString());
    }
}
