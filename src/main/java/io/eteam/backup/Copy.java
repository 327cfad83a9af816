package io.eteam.backup;

import io.eteam.db.Database;
import io.eteam.problem.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/// `eteam db copy`: moves an installation from one database to another, H2 or PostgreSQL either
/// way, with no server using either. Rule BAK-6 is in package-info.
public final class Copy {

    private Copy() {
    }

    /// BAK-6 — a copy is a backup of `from` restored into `to` (so it keeps ids, history, token
    /// hashes and the next ids, as a restore does), through a temporary file readable by its
    /// owner only and deleted afterwards. The target must hold no installation.
    public static Restore.Restored between(String from, String to, Clock clock) {
        if (from.equals(to)) {
            throw Problem.invalid("to", "--from and --to name the same database; copy into another one.");
        }
        requireStopped(from);
        requireStopped(to);
        requireEmpty(to);
        try {
            var file = Files.createTempFile("eteam-copy", ".jsonl.gz");
            try {
                try (var source = Database.openAsIs(from)) {
                    if (source.schemaVersions().current() == null) {
                        throw Problem.invalid("from", "The database " + Database.shown(from) + " holds no eteam installation to copy.");
                    }
                    new BackupService(new BackupRepository(source.dsl()), clock).snapshotTo(() -> {
                        try {
                            return Files.newOutputStream(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                return Restore.into(to, file, false);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// An H2 file a server holds is refused; on PostgreSQL eteam cannot tell (README).
    private static void requireStopped(String url) {
        if (Database.h2FileInUse(url)) {
            throw Problem.conflict("The database " + Database.shown(url) + " is open in a running eteam server: stop the server first, then copy.");
        }
    }

    /// Said before anything is read, in a copy's words (a restore would offer `--force`).
    private static void requireEmpty(String to) {
        try (var target = Database.openAsIs(to)) {
            if (target.schemaVersions().current() == null) {
                return;
            }
            int people = new BackupRepository(target.dsl()).people();
            if (people > 0) {
                throw Problem.conflict("The database " + Database.shown(to) + " already holds an installation (" + people
                        + (people == 1 ? " person" : " people") + "); copy into a new, empty database.");
            }
        }
    }
}
