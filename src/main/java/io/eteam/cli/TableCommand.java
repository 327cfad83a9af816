package io.eteam.cli;

import picocli.CommandLine.Option;

/// A client command that prints what the server answers: a table, or the API's JSON with `--json`.
abstract class TableCommand extends ClientCommand {

    @Option(names = "--json", description = "print the API's JSON instead of a table")
    boolean json;
}
