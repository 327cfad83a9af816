package io.eteam.db;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/// A jOOQ query of the hottest paths (a token's holder, a blocker by id, its history), turned
/// into SQL once per dialect and afterwards run through JDBC with new bind values only.
///
/// jOOQ renders a query's SQL on every execution; for these small reads that took more time
/// than H2 took to run them (`src/bench/http.sh`, `GET /api/v1/blockers/{id}`). Handing the
/// rendered SQL back to jOOQ as plain SQL did not help enough: jOOQ scans plain SQL for its
/// placeholders on every run, which was a quarter of that route's CPU time in a profile. So the
/// statement goes to JDBC, and jOOQ only reads its rows into the fields the query selects.
///
/// The query is written with the DSL on the generated schema, with a `DSL.param` for each
/// parameter; pass the values, in the order the parameters appear, to `fetch`. Reads only:
/// nothing here takes part in `SerialWrites`.
public final class Rendered {

    private final Function<DSLContext, ResultQuery<?>> build;
    private final Map<SQLDialect, Text> sql = new ConcurrentHashMap<>();

    /// The SQL and how many values it binds.
    private record Text(String sql, int values) {
    }

    public Rendered(Function<DSLContext, ResultQuery<?>> build) {
        this.build = build;
    }

    /// The query's rows for these bind values, read as `fields` (those it selects, in order).
    public Result<Record> fetch(DSLContext dsl, Field<?>[] fields, Object... values) {
        var text = sql.computeIfAbsent(dsl.dialect(), d -> {
            var query = build.apply(dsl);
            return new Text(dsl.render(query), query.getBindValues().size());
        });
        if (text.values() != values.length) {
            throw new IllegalArgumentException("The query binds " + text.values() + " values, not " + values.length + ": " + text.sql());
        }
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(text.sql())) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (var rows = statement.executeQuery()) {
                    // Read through a context on this very connection: one on the pool would take
                    // a second connection for the read, and never give it back.
                    return DSL.using(connection, dsl.dialect(), dsl.settings()).fetch(rows, fields);
                }
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + text.sql() + "]; " + e.getMessage(), e);
            }
        });
    }
}
