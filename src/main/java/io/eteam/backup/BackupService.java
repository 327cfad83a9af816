package io.eteam.backup;

import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jooq.Field;

/// Online backups, taken while the server serves. Rules are in package-info.
public final class BackupService {

    private final BackupRepository repository;
    private final Clock clock;

    public BackupService(BackupRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /// BAK-1 — a chair writes a consistent copy of the whole database to the stream `out`
    /// supplies; asked for only once the chair is known, so a refusal has nothing half-sent.
    public BackupFile.Header write(Person actor, Supplier<OutputStream> out) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may take a backup: it holds everyone's token hashes; "
                    + actor.handle() + " is a " + actor.role().wire() + ".");
        }
        return snapshotTo(out);
    }

    /// The backup itself, with no one to check: for `write` and for an operator's `Copy`, which
    /// runs where the database is, not over the API.
    BackupFile.Header snapshotTo(Supplier<OutputStream> out) {
        return repository.inSnapshot(snapshot -> {
            var tables = BackupRepository.tables();
            var contents = new ArrayList<BackupFile.Table>();
            for (var table : tables) {
                var columns = Arrays.stream(table.fields()).map(Field::getName).toList();
                contents.add(new BackupFile.Table(table.getName(), columns, snapshot.count(table)));
            }
            var header = new BackupFile.Header(BackupFile.FORMAT_VERSION, snapshot.schemaVersion(),
                    DateTimeFormatter.ISO_INSTANT.format(clock.instant()), snapshot.database(), contents);
            try (var writer = new BackupFile.Writer(out.get())) {
                writer.header(header);
                for (int i = 0; i < tables.size(); i++) {
                    var table = contents.get(i);
                    writer.table(table);
                    long written = 0;
                    try (var rows = snapshot.rows(tables.get(i))) {
                        for (var row : rows) {
                            writer.row(row.intoArray());
                            written++;
                        }
                    }
                    if (written != table.rows()) {
                        // Never expected in a snapshot; without its closing line the file is refused.
                        throw new IllegalStateException("Table " + table.name() + " gave " + written + " rows after counting " + table.rows()
                                + "; the backup is not consistent and was left without its closing line.");
                    }
                }
                writer.end();
            }
            return header;
        });
    }
}
