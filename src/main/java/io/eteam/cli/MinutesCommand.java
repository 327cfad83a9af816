package io.eteam.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// `eteam minutes`: the minutes of an ended meeting, as Markdown to read or paste, or as the API's JSON.
@Command(name = "minutes", description = "The minutes of an ended meeting (default: the one that ended last), as Markdown or JSON.")
final class MinutesCommand extends ClientCommand {

    @Option(names = "--date", paramLabel = "DATE", description = "the meeting's date, YYYY-MM-DD (default: the meeting that ended last)")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md (default) or json")
    String format;

    @Option(names = "--json", description = "print the API's JSON (as --format json)")
    boolean json;

    @Override
    int run(ApiClient api) {
        if (json) {
            format = "json";
        }
        if (!List.of("md", "json").contains(format)) {
            throw new CliException(Exit.USAGE, "--format must be md or json.");
        }
        var path = "/api/v1/meetings/" + (date == null ? "last" : ApiClient.encode(date)) + "/minutes";
        if (format.equals("md")) {
            out().print(api.getText(path + "?format=md", progress("write the minutes")));
            out().flush();
        } else {
            printJson(api.get(path));
        }
        return Exit.OK;
    }
}
