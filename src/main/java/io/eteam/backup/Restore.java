package io.eteam.backup;

import io.eteam.db.Database;
import io.eteam.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/// `eteam restore`: puts a backup back into a database no server is using. Rules BAK-3–BAK-5 are in
/// package-info.
public final class Restore {

    /// What was restored: the backup's header and the rows put back, per table in load order.
    public record Restored(BackupFile.Header header, Map<String, Long> rows, String schemaVersion) {
    }

    private Restore() {
    }

    public static Restored into(String dbUrl, Path file, boolean force) {
        var header = BackupFile.check(file);
        if (Database.h2FileInUse(dbUrl)) {
            throw Problem.conflict("The database " + Database.shown(dbUrl) + " is open in a running eteam server: stop the server first, then restore.");
        }
        try (var database = Database.openAsIs(dbUrl)) {
            var versions = database.schemaVersions();
            var backupVersion = header.schemaVersion();
            if (versions.latest() == null || Database.compareVersions(backupVersion, versions.latest()) > 0) {
                throw Problem.invalid("file", file.getFileName() + " was taken at schema version " + backupVersion
                        + ", newer than this eteam knows (" + versions.latest() + "): restore it with the eteam that took it, or a newer one.");
            }
            if (versions.current() != null && Database.compareVersions(versions.current(), backupVersion) > 0) {
                throw Problem.conflict("The database is at schema version " + versions.current() + ", newer than the backup's "
                        + backupVersion + ": restore into a new, empty database (another --db); eteam migrates it on after loading.");
            }
            database.migrateTo(backupVersion);
            var repository = new BackupRepository(database.dsl());
            int people = repository.people();
            if (people > 0 && !force) {
                throw Problem.conflict("The database already holds an installation (" + people + (people == 1 ? " person" : " people")
                        + "); restore replaces everything in it only with --force.");
            }
            var rows = load(repository, file);
            database.migrateTo(null);
            // The live events of the servers that ran on the database before: browsers that saw
            // them are told to read everything afresh, not replayed a history restored away.
            repository.forgetLiveEvents();
            return new Restored(header, rows, database.schemaVersions().current());
        }
    }

    /// BAK-3 — one transaction: the old rows go and the backup's come in, or nothing changes.
    private static Map<String, Long> load(BackupRepository repository, Path file) {
        return repository.inTransaction(tx -> {
            try (var reader = BackupFile.Reader.open(file)) {
                var header = reader.header();
                var tables = new ArrayList<Table<?>>();
                header.tables().forEach(t -> tables.add(BackupRepository.table(t.name())));
                var reversed = new ArrayList<>(tables);
                Collections.reverse(reversed);
                reversed.forEach(tx::clear);
                var rows = new LinkedHashMap<String, Long>();
                BackupFile.Table section;
                int index = 0;
                while ((section = reader.nextTable()) != null) {
                    var table = tables.get(index++);
                    var fields = section.columns().stream().<Field<?>>map(c -> BackupRepository.field(table, c)).toList();
                    // A column this build does not know (its table or itself dropped by a later
                    // migration) takes the file's value as it is.
                    var types = fields.stream().<Class<?>>map(f -> table.field(f.getName()) == null ? null : f.getType()).toList();
                    var loader = tx.loader(table, fields);
                    long count = 0;
                    try {
                        for (var row = reader.nextRow(); row != null; row = reader.nextRow()) {
                            var values = new Object[fields.size()];
                            for (int i = 0; i < values.length; i++) {
                                try {
                                    values[i] = BackupValues.read(row.get(i), types.get(i));
                                } catch (IllegalArgumentException e) {
                                    throw reader.bad(section.name() + "." + fields.get(i).getName() + ": " + e.getMessage());
                                }
                            }
                            loader.add(values);
                            count++;
                        }
                        loader.flush();
                    } catch (DataAccessException e) {
                        throw reader.bad("the database refused a row of table " + section.name() + " at or before this line (" + firstLine(e) + ")");
                    }
                    rows.put(section.name(), count);
                }
                reader.finish();
                tables.forEach(tx::restartIdentity);
                return rows;
            }
        });
    }

    private static String firstLine(DataAccessException e) {
        var cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        var line = cause.lines().findFirst().orElse(cause);
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }
}
