package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.eteam.mcp.Api;
import io.eteam.mcp.StdioServer;
import java.io.IOException;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/// `eteam mcp`: an MCP server over stdio for an AI assistant, acting as the token's person
/// through the HTTP API (issue 17, `io.eteam.mcp`). The assistant starts it; it ends when the
/// assistant closes its stdin. The MCP classes load only here.
@Command(name = "mcp", description = "Serve eteam's tools to an AI assistant over stdio (the Model Context Protocol), as you.")
final class McpCommand extends ClientCommand {

    @Override
    int run(ApiClient api) {
        try {
            StdioServer.serve(new Through(api), Version.number(), System.in, System.out);
        } catch (IOException e) {
            throw new CliException(Exit.UNAVAILABLE, "The assistant's connection broke: " + e.getMessage());
        }
        return Exit.OK;
    }

    /// The API as the tools call it: a refusal in the API's own words.
    private record Through(ApiClient api) implements Api {

        @Override
        public JsonNode get(String path) {
            return refusedAsSaid(() -> api.get(path));
        }

        @Override
        public JsonNode post(String path, JsonNode body) {
            return refusedAsSaid(() -> api.post(path, body));
        }

        @Override
        public String getText(String path) {
            return refusedAsSaid(() -> api.getText(path));
        }

        private static <T> T refusedAsSaid(Supplier<T> call) {
            try {
                return call.get();
            } catch (CliException e) {
                throw new Refused(e.getMessage());
            }
        }
    }
}
