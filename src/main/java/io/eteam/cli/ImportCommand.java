package io.eteam.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/// `eteam import FILE.csv`: a chair loads historical blockers, all rows or none.
@Command(name = "import", description = "Import historical blockers from CSV (chairs): all rows or none.",
        footer = {"", "Header: title,kind,impact,raised_by,raised_at,resolved_at,decision,owner",
                "impact may be empty (medium); resolved_at, decision and owner are empty for an open blocker."})
final class ImportCommand extends TableCommand {

    @Parameters(paramLabel = "FILE.csv", description = "UTF-8 CSV with a header row")
    Path file;

    @Override
    int run(ApiClient api) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(Exit.REFUSED, "There is no file " + file + ".");
        } catch (IOException e) {
            throw new CliException(Exit.REFUSED, "Cannot read " + file + ": " + e.getMessage());
        }
        ApiClient.Progress progress = terminal().err()
                ? ProgressLine.forImport(spec.commandLine().getErr(), ProgressLine.rows(bytes), System::currentTimeMillis)
                : null;
        var result = api.postFile("/api/v1/blockers/import", "text/csv; charset=utf-8", bytes, progress);
        if (json) {
            printJson(result);
        } else {
            var ids = result.path("ids");
            out().println("Imported " + result.path("imported").asInt() + " blockers"
                    + (ids.isEmpty() ? "." : " (ids " + ids.get(0).asLong() + "–" + ids.get(ids.size() - 1).asLong() + ")."));
        }
        return Exit.OK;
    }
}
