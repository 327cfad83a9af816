package io.eteam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Which runs may leave the launcher an AppCDS archive (`src/main/sh/eteam`). The first run of
/// each kind (`serve`, or any client command) after a build writes one as it exits, and every
/// later run starts from it; but an archive holds only the classes its run loaded: one written
/// by `eteam serve --help`, or by a server that could not open its database, kept every later
/// server start about as slow as one without an archive (an 8.6 MB archive against 72 MB from
/// a server that had served), for as long as the installation kept its jar.
///
/// The launcher names the archive being written in the system property `eteam.archive`; a run
/// worth copying calls [#worthKeeping], which leaves `ARCHIVE.ready` beside it, and the launcher
/// takes only an archive with that file. Any other run's archive is dropped, and the next run
/// writes one again.
public final class ClassArchive {

    static final String PROPERTY = "eteam.archive";

    private ClassArchive() {
    }

    /// This run loaded what later runs of its kind need: a server that serves with its database
    /// open and its deferral model loaded (`ServeCommand`), a client command that did its work
    /// (`ClientCommand`, on exit 0; help and the version never run a command).
    public static void worthKeeping() {
        var archive = System.getProperty(PROPERTY);
        if (archive == null || archive.isBlank()) {
            return;
        }
        try {
            Files.write(Path.of(archive + ".ready"), new byte[0]);
        } catch (IOException | RuntimeException e) {
            // Without the mark the archive is dropped and the next run writes one: a start-up cost only.
        }
    }
}
