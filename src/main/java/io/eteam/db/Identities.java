package io.eteam.db;

import io.eteam.db.schema.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Keeps every identity column of an H2 database above the ids already stored. H2 keeps an
/// identity's next value apart from the rows, and a process killed at the wrong moment has been
/// seen to come back with the next value below stored rows: every insert then failed on the
/// primary key. Checked each time the database opens, which costs one indexed `max` per table.
final class Identities {

    private static final Logger LOG = LoggerFactory.getLogger(Identities.class);

    private Identities() {
    }

    static void keepAboveStoredIds(DSLContext dsl) {
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var identity = table.getIdentity();
            if (identity == null) {
                continue;
            }
            var column = identity.getField();
            Long max = dsl.select(DSL.max(column)).from(table).fetchOne(0, Long.class);
            if (max == null) {
                continue;
            }
            Long next = dsl.select(DSL.field(DSL.name("identity_base"), Long.class))
                    .from(DSL.table(DSL.name("information_schema", "columns")))
                    .where(DSL.field(DSL.name("table_schema")).eq("PUBLIC"))
                    .and(DSL.field(DSL.name("table_name")).eq(table.getName().toUpperCase()))
                    .and(DSL.field(DSL.name("column_name")).eq(column.getName().toUpperCase()))
                    .fetchOne(0, Long.class);
            if (next != null && next <= max) {
                LOG.warn("The next id of {}.{} was {}, not above the stored {}: moved to {}.", table.getName(), column.getName(), next, max, max + 1);
                // jOOQ has no DSL for restarting an identity column.
                dsl.query("alter table {0} alter column {1} restart with {2}", table, DSL.name(column.getName()), DSL.inline(max + 1))
                        .execute();
            }
        }
    }
}
