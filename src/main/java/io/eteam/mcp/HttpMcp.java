package io.eteam.mcp;

import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.util.function.Supplier;

/// The tools over Streamable HTTP at `/mcp` on the server, stateless so that any of several
/// servers can answer any request. Whoever mounts it authenticates first (`web.McpGate`); each
/// tool then calls the server's own API with the request's bearer token (MCP-1).
///
/// The MCP server is made by [#prepare] or by the first request, whichever comes first, not as
/// the web server is: making it loads the SDK, Reactor and a JSON Schema validator, about
/// 100 ms that `eteam serve` spent before it could answer anything (README, Performance).
public final class HttpMcp implements AutoCloseable {

    public static final String PATH = "/mcp";

    /// The request attribute the gate leaves the signed-in bearer token in.
    public static final String TOKEN = "eteam.mcp.token";

    private final Supplier<String> api;
    private final String version;
    private HttpServletStatelessServerTransport transport;
    private McpStatelessSyncServer server;
    private boolean closed;

    /// `api` is the base URL the server answers its own API on, known once it listens.
    public HttpMcp(Supplier<String> api, String version) {
        this.api = api;
        this.version = version;
    }

    /// Makes the MCP server now, if nothing has yet: called once the web server answers.
    public void prepare() {
        transport();
    }

    private synchronized HttpServletStatelessServerTransport transport() {
        if (transport == null && !closed) {
            transport = HttpServletStatelessServerTransport.builder()
                    .jsonMapper(EteamMcp.MAPPER)
                    .messageEndpoint(PATH)
                    .contextExtractor(request -> EteamMcp.context(new HttpApi(api.get(), (String) request.getAttribute(TOKEN))))
                    .build();
            server = EteamMcp.serve(transport, version);
        }
        return transport;
    }

    /// The servlet to mount at `PATH`.
    public HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
                var to = transport();
                if (to == null) {
                    throw new ServletException("The MCP server has been closed.");
                }
                to.service(request, response);
            }
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
        }
    }
}
