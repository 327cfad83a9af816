package io.eteam.mcp;

import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import jakarta.servlet.http.HttpServlet;
import java.util.function.Supplier;

/// The tools over Streamable HTTP at `/mcp` on the server, stateless so that any of several
/// servers can answer any request. Whoever mounts it authenticates first (`web.McpGate`); each
/// tool then calls the server's own API with the request's bearer token (MCP-1).
public final class HttpMcp implements AutoCloseable {

    public static final String PATH = "/mcp";

    /// The request attribute the gate leaves the signed-in bearer token in.
    public static final String TOKEN = "eteam.mcp.token";

    private final HttpServletStatelessServerTransport transport;
    private final McpStatelessSyncServer server;

    /// `api` is the base URL the server answers its own API on, known once it listens.
    public HttpMcp(Supplier<String> api, String version) {
        this.transport = HttpServletStatelessServerTransport.builder()
                .jsonMapper(EteamMcp.MAPPER)
                .messageEndpoint(PATH)
                .contextExtractor(request -> EteamMcp.context(new HttpApi(api.get(), (String) request.getAttribute(TOKEN))))
                .build();
        this.server = EteamMcp.serve(transport, version);
    }

    /// The servlet to mount at `PATH`.
    public HttpServlet servlet() {
        return transport;
    }

    @Override
    public void close() {
        server.close();
    }
}
