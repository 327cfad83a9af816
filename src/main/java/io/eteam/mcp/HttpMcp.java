package io.eteam.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import java.util.function.Supplier;

/// The tools over Streamable HTTP at `/mcp` on the server, stateless so that any of several
/// servers can answer any request. Whoever mounts it authenticates first (`web.McpGate`); each
/// tool then calls the server's own API with the request's bearer token (MCP-1).
public final class HttpMcp implements AutoCloseable {

    public static final String PATH = "/mcp";

    private static final ObjectMapper JSON = ToolResults.JSON;
    private static final String TOKEN = "eteam.token";

    private final HttpServletStatelessServerTransport transport;
    private final McpStatelessSyncServer server;

    /// `api` is the base URL the server answers its own API on, known once it listens.
    public HttpMcp(Supplier<String> api, String version) {
        var mapper = new JacksonMcpJsonMapper(JSON);
        this.transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(mapper)
                .messageEndpoint(PATH)
                .contextExtractor(request -> McpTransportContext.create(Map.of(TOKEN, bearer(request.getHeader("Authorization")))))
                .build();
        var builder = McpServer.sync(transport)
                .serverInfo("eteam", version)
                .jsonMapper(mapper)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(JSON))
                .immediateExecution(true)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build());
        for (var tool : EteamTools.all()) {
            builder.tools(McpStatelessServerFeatures.SyncToolSpecification.builder()
                    .tool(ToolResults.describe(tool))
                    .callHandler((context, request) ->
                            ToolResults.call(tool, new HttpApi(api.get(), (String) context.get(TOKEN)), request.arguments()))
                    .build());
        }
        this.server = builder.build();
    }

    /// The servlet to mount at `PATH`.
    public HttpServlet servlet() {
        return transport;
    }

    /// The token of an `Authorization: Bearer TOKEN` header, or "".
    public static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "";
        }
        return header.substring(7).strip();
    }

    @Override
    public void close() {
        server.close();
    }
}
