package io.eteam.cli;

import static io.eteam.cli.ClientJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/// `eteam backup FILE`: a chair saves a consistent copy of the whole database while the server
/// runs. The file appears only once it is complete and checked, and only its owner may read it.
@Command(name = "backup", description = "Save a consistent copy of the whole database while the server runs (chairs).",
        footer = {"", "The file holds every token hash: keep it where only operators can read it.",
                "Put it back with 'eteam restore FILE', with the server stopped."})
final class BackupCommand extends TableCommand {

    @Parameters(paramLabel = "FILE", description = "where to write the backup (gzip-compressed JSON lines)")
    Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    int run(ApiClient api) {
        var target = file.toAbsolutePath();
        if (Files.exists(target) && !force) {
            throw new CliException(Exit.REFUSED, file + " exists; pass --force to replace it.");
        }
        var directory = target.getParent();
        if (!Files.isDirectory(directory)) {
            throw new CliException(Exit.REFUSED, "There is no directory " + directory + " to write " + file.getFileName() + " in.");
        }
        var temporary = temporaryBeside(target);
        try {
            try (var out = Files.newOutputStream(temporary)) {
                api.download("/api/v1/backup", out, progress("prepare the backup"));
            } catch (IOException e) {
                throw new CliException(Exit.REFUSED, "Cannot write " + temporary + ": " + e.getMessage());
            }
            var header = check(temporary);
            move(temporary, target);
            if (json) {
                printJson(header);
            } else {
                long rows = 0;
                for (var table : header.path("tables")) {
                    rows += table.path("rows").asLong();
                }
                out().println("Saved " + rows + " rows of " + header.path("tables").size() + " tables (schema version "
                        + header.path("schema_version").asText() + ") to " + file + ". It holds every token hash: keep it safe.");
                out().flush();
            }
            return Exit.OK;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Left behind only if it cannot be deleted; its name starts with a dot and ends in .part.
            }
        }
    }

    /// A new file only its owner can read, in the target's directory so that the final move
    /// is a rename on one file system.
    private static Path temporaryBeside(Path target) {
        try {
            var name = "." + target.getFileName() + ".";
            try {
                return Files.createTempFile(target.getParent(), name, ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                return Files.createTempFile(target.getParent(), name, ".part");
            }
        } catch (IOException e) {
            throw new CliException(Exit.REFUSED, "Cannot write in " + target.getParent() + ": " + e.getMessage());
        }
    }

    private void move(Path temporary, Path target) {
        try {
            try {
                if (force) {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, force ? new StandardCopyOption[] {StandardCopyOption.REPLACE_EXISTING} : new StandardCopyOption[0]);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CliException(Exit.REFUSED, file + " exists; pass --force to replace it.");
        } catch (IOException e) {
            throw new CliException(Exit.REFUSED, "Cannot write " + file + ": " + e.getMessage());
        }
    }

    /// The downloaded file's header, once the whole file has been read back: complete gzip,
    /// every table's rows as many as the header says, and the closing line. A server that fails
    /// mid-way can only cut the stream short, and a cut-off backup is never kept.
    private static JsonNode check(Path temporary) {
        try (var lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(temporary), 64 * 1024),
                StandardCharsets.UTF_8), 64 * 1024)) {
            var header = JSON.readTree(orNull(lines.readLine()));
            if (!"eteam-backup".equals(header.path("format").asText(null))) {
                throw incomplete("it does not begin with an eteam backup's header");
            }
            long rows = 0;
            for (var table : header.path("tables")) {
                var section = JSON.readTree(orNull(lines.readLine()));
                if (!table.path("name").asText().equals(section.path("table").asText(null))) {
                    throw incomplete("table " + table.path("name").asText() + " is missing");
                }
                for (long i = table.path("rows").asLong(); i > 0; i--) {
                    var row = lines.readLine();
                    if (row == null || !row.startsWith("[")) {
                        throw incomplete("table " + table.path("name").asText() + " is cut short");
                    }
                    rows++;
                }
            }
            var end = JSON.readTree(orNull(lines.readLine()));
            if (!"eteam-backup".equals(end.path("end").asText(null)) || end.path("rows").asLong(-1) != rows) {
                throw incomplete("it lacks its closing line");
            }
            return header;
        } catch (IOException e) {
            throw incomplete("it is damaged or cut off (" + e.getMessage() + ")");
        }
    }

    private static String orNull(String line) {
        return line == null ? "null" : line;
    }

    private static CliException incomplete(String why) {
        return new CliException(Exit.UNAVAILABLE, "The server's backup was not complete, so nothing was saved: " + why
                + ". Try again, or ask whoever runs the server to check its log.");
    }
}
