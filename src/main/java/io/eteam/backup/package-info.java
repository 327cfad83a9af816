/// Backups and restores of a whole installation.
///
/// BAK-1 — only a chair takes a backup (it holds every token hash), and it is online: the server
///         reads every table in one read-only transaction that sees a single moment (H2's
///         SNAPSHOT isolation, PostgreSQL's REPEATABLE READ), so writes made meanwhile are either
///         wholly in it or wholly out, and it streams the rows as it reads them.
/// BAK-2 — the file is gzip-compressed JSON lines, the same for H2 and PostgreSQL:
///         line 1 `{"format":"eteam-backup","format_version":1,"schema_version":"5","created_at":...,
///         "database":"H2","tables":[{"name":"person","columns":[...],"rows":18},...]}`; then per
///         table, in foreign-key order, `{"table":"person","rows":18}` and one JSON array per row
///         (values in the header's column order, in primary-key order); last
///         `{"end":"eteam-backup","rows":N}`. Every table of the generated schema is in it;
///         Flyway's history is not (restore migrates instead).
/// BAK-3 — a restore is all or nothing: the file is checked whole before the database is opened,
///         and the rows are loaded in one transaction, so a damaged, cut-off or refused file
///         changes nothing. A database that already has people is replaced only with `--force`.
/// BAK-4 — after a restore every identity column continues above the highest restored id.
/// BAK-5 — a restore needs the server stopped (an H2 file a server holds is refused), migrates the
///         database to the backup's schema version before loading and to the newest after, and
///         refuses a backup from a schema newer than this build knows.
/// BAK-6 — `eteam db copy` moves an installation between databases (H2 and PostgreSQL either way)
///         as a backup of the source restored into the target, so BAK-3–BAK-5 hold for it; the
///         target must hold no installation, and neither database may be open in a server.
package io.eteam.backup;
