/// Storage plumbing: the pooled DataSource, Flyway migrations from `sql/` (the only DDL),
/// and the jOOQ context. Repositories in the feature packages use the generated classes in
/// `io.eteam.db.schema`; no feature writes SQL strings.
///
/// Durability: an acknowledged write survives `kill -9` of the server (see `Database.durable`).
package io.eteam.db;
