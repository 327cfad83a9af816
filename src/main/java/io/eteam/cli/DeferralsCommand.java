package io.eteam.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `eteam deferrals export`: the refused and overruled outcomes of this installation as labelled
/// rows in the deferral corpus's format (src/corpus/deferral/LABELLING.md), so a team can
/// improve the check on its own words.
@Command(name = "deferrals", description = "The deferral check's refusals and a chair's overrules.",
        subcommands = DeferralsCommand.Export.class)
final class DeferralsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", description = "(chair) Write refused outcomes as deferral rows and overruled ones as decision rows, tab-separated.")
    static final class Export extends ClientCommand {

        @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of standard output")
        Path output;

        @Override
        int run(ApiClient api) {
            var tsv = api.getText("/api/v1/deferrals/export", progress("gather the refusals and overrules"));
            if (output == null) {
                out().print(tsv);
                out().flush();
                return Exit.OK;
            }
            try {
                Files.writeString(output, tsv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(Exit.REFUSED, "Could not write " + output + ": " + e.getMessage());
            }
            out().println("Wrote " + (tsv.lines().count() - 1) + " labelled rows to " + output + ".");
            return Exit.OK;
        }
    }
}
