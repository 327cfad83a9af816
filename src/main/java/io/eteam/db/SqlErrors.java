package io.eteam.db;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
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
    UNREACHABLE("08", "57P01", "57P02", "57P03"),
    /// The database's disk is full: PostgreSQL's disk_full (53100); H2 fails to write its file
    /// with the system's ENOSPC ("No space left on device", or EDQUOT's "Disk quota exceeded"),
    /// then closes the database (90098), keeping the write's failure as the cause of every
    /// later one. Nothing can be saved until someone makes room (and, on H2, restarts it).
    DISK_FULL("53100");

    private static final List<String> DISK_FULL_WORDS = List.of("No space left on device", "Disk quota exceeded");

    /// SQLStates, or two-character classes of them.
    private final Set<String> states;

    SqlErrors(String... states) {
        this.states = Set.of(states);
    }

    /// True when `failure`, or anything that caused it, is this refusal.
    public boolean causes(Throwable failure) {
        int depth = 0;
        for (var cause = failure; cause != null && depth < 64; cause = cause.getCause(), depth++) {
            if (this == UNREACHABLE && cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (this == DISK_FULL && cause instanceof IOException && cause.getMessage() != null
                    && DISK_FULL_WORDS.stream().anyMatch(cause.getMessage()::contains)) {
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
