package io.eteam.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;

/// A jOOQ query of the hottest paths (a token's holder, a blocker by id, its history), turned
/// into SQL once per dialect and afterwards only given new bind values.
///
/// jOOQ renders a query's SQL on every execution; for these small reads that took more time
/// than H2 took to run them (`src/bench/http.sh`, `GET /api/v1/blockers/{id}`). The query is
/// still written with the DSL on the generated schema, with a `DSL.param` for each parameter;
/// pass the values, in the order the parameters appear, to `query`.
public final class Rendered {

    private final Function<DSLContext, ResultQuery<?>> build;
    private final Map<SQLDialect, Text> sql = new ConcurrentHashMap<>();

    /// The SQL and how many values it binds.
    private record Text(String sql, int values) {
    }

    public Rendered(Function<DSLContext, ResultQuery<?>> build) {
        this.build = build;
    }

    /// The query with these bind values; `coerce` it to the fields or table it selects.
    public ResultQuery<Record> query(DSLContext dsl, Object... values) {
        var text = sql.computeIfAbsent(dsl.dialect(), d -> {
            var query = build.apply(dsl);
            return new Text(dsl.render(query), query.getBindValues().size());
        });
        if (text.values() != values.length) {
            throw new IllegalArgumentException("The query binds " + text.values() + " values, not " + values.length + ": " + text.sql());
        }
        return dsl.resultQuery(text.sql(), values);
    }
}
