package io.eteam.operator;

import io.eteam.cli.Exit;
import io.eteam.db.Database;
import io.eteam.problem.Problem;
import java.io.PrintWriter;
import java.util.function.IntSupplier;

/// Sentences for an operator when the server side cannot start.
final class Operator {

    private Operator() {
    }

    /// Runs an operator command's `work` on `db`: a refusal is printed as its one sentence with
    /// its exit code, any other failure as `explain` says it, with exit 4.
    static int run(PrintWriter err, String db, IntSupplier work) {
        try {
            return work.getAsInt();
        } catch (Problem p) {
            err.println(p.getMessage());
            err.flush();
            return Exit.forStatus(p.kind().status);
        } catch (RuntimeException e) {
            err.println(explain(e, db));
            err.flush();
            return Exit.UNAVAILABLE;
        }
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
                return "The database " + Database.shown(db) + " is in use by another eteam process; stop it first, or pass another --db.";
            }
        }
        return "eteam could not start with database " + Database.shown(db) + ": " + text.lines().findFirst().orElse(e.toString());
    }
}
