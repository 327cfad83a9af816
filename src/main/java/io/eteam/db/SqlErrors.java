package io.eteam.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/// What a database refused, read from its SQLState the same way on H2 and on PostgreSQL, which
/// give some refusals different codes (a CHECK constraint is 23513 on H2 and 23514 on
/// PostgreSQL, a foreign key 23506 and 23503). Code that acts on a database error asks here,
/// never compares codes itself; `SqlErrorsTest` provokes each refusal on both databases.
public enum SqlErrors {

    /// A second row with the same primary key or unique value.
    UNIQUE("23505"),
    /// A row a CHECK constraint refuses.
    CHECK("23513", "23514"),
    /// A reference to a row that does not exist, or a referenced row deleted.
    FOREIGN_KEY("23506", "23503"),
    /// Text the database's encoding cannot hold: PostgreSQL refuses U+0000, which H2 stores.
    UNSTORABLE_TEXT("22021"),
    /// Two transactions got in each other's way: PostgreSQL ended one to break a deadlock
    /// (40P01) or a serialization conflict (40001). H2 takes writes one at a time and never does.
    CONCURRENT("40001", "40P01"),
    /// The database cannot be reached: no connection (the class 08 of SQLStates, and the pool's
    /// time-out waiting for one), or the server shutting down or starting (57P01–57P03).
    UNREACHABLE("08", "57P01", "57P02", "57P03");

    /// SQLStates, or two-character classes of them.
    private final Set<String> states;

    SqlErrors(String... states) {
        this.states = Set.of(states);
    }

    /// True when `failure`, or anything that caused it, is this refusal.
    public boolean causes(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (this == UNREACHABLE && cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (states.contains(sql.getSQLState()) || states.contains(sql.getSQLState().substring(0, 2)))) {
                return true;
            }
        }
        return false;
    }
}
