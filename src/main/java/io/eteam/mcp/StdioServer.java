package io.eteam.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import reactor.core.publisher.Mono;

/// `eteam mcp`: the tools, resources and prompts over stdio for one person, until stdin closes
/// (MCP-3). One JSON-RPC message a line each way, answered in the order asked, on the calling
/// thread: when the input ends, `serve` returns and nothing is left running (the SDK's own stdio
/// transport keeps a non-daemon thread alive after the input ends, java-sdk #936).
public final class StdioServer implements McpStatelessServerTransport {

    private final McpTransportContext context;
    private McpStatelessServerHandler handler;

    private StdioServer(Api api) {
        this.context = EteamMcp.context(api);
    }

    /// Serves `in` and `out` as the person `api` acts for, and returns once `in` has ended.
    public static void serve(Api api, String version, InputStream in, OutputStream out) throws IOException {
        var transport = new StdioServer(api);
        var server = EteamMcp.serve(transport, version);
        try {
            transport.run(in, out);
        } finally {
            server.close();
        }
    }

    private void run(InputStream in, OutputStream out) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            var answer = answer(line);
            if (answer != null) {
                writer.write(EteamMcp.MAPPER.writeValueAsString(answer));
                writer.write('\n');
                writer.flush();
            }
        }
    }

    /// The answer to one line: a request's response, nothing for a notification or a response,
    /// and an error for a line that is not a JSON-RPC message at all.
    private McpSchema.JSONRPCResponse answer(String line) {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(EteamMcp.MAPPER, line);
        } catch (IOException | RuntimeException e) {
            return McpSchema.JSONRPCResponse.error(null, new McpSchema.JSONRPCResponse.JSONRPCError(
                    McpSchema.ErrorCodes.PARSE_ERROR, "Not a JSON-RPC message: each line must be one JSON object.", null));
        }
        try {
            if (message instanceof McpSchema.JSONRPCRequest request) {
                return handler.handleRequest(context, request).block();
            }
            if (message instanceof McpSchema.JSONRPCNotification notification) {
                handler.handleNotification(context, notification).block();
            }
            return null;
        } catch (McpError e) {
            return McpSchema.JSONRPCResponse.error(id(message), e.getJsonRpcError());
        } catch (RuntimeException e) {
            return McpSchema.JSONRPCResponse.error(id(message), new McpSchema.JSONRPCResponse.JSONRPCError(
                    McpSchema.ErrorCodes.INTERNAL_ERROR, EteamMcp.failed("request", e), null));
        }
    }

    private static Object id(McpSchema.JSONRPCMessage message) {
        return message instanceof McpSchema.JSONRPCRequest request ? request.id() : null;
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler handler) {
        this.handler = handler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    /// Over stdio the 2024-11-05 revision is offered too: assistants that speak only it start
    /// local servers this way, and ignore what they do not know (titles, structured results).
    @Override
    public List<String> protocolVersions() {
        return List.of(ProtocolVersions.MCP_2024_11_05, ProtocolVersions.MCP_2025_03_26, ProtocolVersions.MCP_2025_06_18,
                ProtocolVersions.MCP_2025_11_25);
    }
}
