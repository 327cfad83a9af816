package io.eteam.web;

import io.eteam.db.SqlErrors;
import io.eteam.mcp.HttpMcp;
import io.eteam.problem.Problem;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What every request to `/mcp` passes before the MCP SDK sees it, since Javalin's handlers do
/// not run for a servlet of its own: the database is open, an `Origin` (a browser's) names this
/// server as the browser reached it, and the bearer token is one that signs in now. A refusal is
/// a JSON-RPC error object, never the SDK's serialised exception.
final class McpGate implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(McpGate.class);

    private final Auth auth;
    private final Throttle throttle;
    private final List<String> names;
    private final Runnable awaitDatabase;

    McpGate(Auth auth, Throttle throttle, List<String> names, Runnable awaitDatabase) {
        this.auth = auth;
        this.throttle = throttle;
        this.names = names;
        this.awaitDatabase = awaitDatabase;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        var http = (HttpServletRequest) request;
        var answer = (HttpServletResponse) response;
        var origin = http.getHeader("Origin");
        if (origin != null && !Origins.sameServer(origin, http.getHeader("Host"))) {
            refuse(answer, 403, "The Origin " + origin + " is not this server; eteam's MCP endpoint answers its own pages and non-browser clients only.");
            return;
        }
        // Only a browser sends Origin, and only a browser can be brought here by DNS rebinding.
        if (origin != null && !Origins.servedAs(http.getHeader("Host"), names)) {
            refuse(answer, 403, "The Host " + http.getHeader("Host") + " is not a name of this server (DNS rebinding?); if browsers"
                    + " reach eteam by that name, start the server with --name and the name.");
            return;
        }
        // Signed in as the API signs a bearer token in (web.Auth), refused as a JSON-RPC error.
        var header = http.getHeader("Authorization");
        boolean noHeader = header == null || header.isBlank();
        try {
            if (noHeader) {
                throw Auth.signIn();
            }
            var address = http.getRemoteAddr();
            throttle.check(address, seconds -> answer.setHeader("Retry-After", String.valueOf(seconds)));
            awaitDatabase.run();
            auth.byBearer(header, address, http.getMethod(), HttpMcp.PATH);
        } catch (Problem refused) {
            if (refused.kind() == Problem.Kind.UNAUTHENTICATED) {
                answer.setHeader("WWW-Authenticate", noHeader ? "Bearer" : "Bearer error=\"invalid_token\"");
            }
            refuse(answer, refused.kind().status, refused.getMessage());
            return;
        } catch (DataAccessException e) {
            if (SqlErrors.DISK_FULL.causes(e)) {
                refuse(answer, 503, WebServer.DISK_FULL);
                return;
            }
            if (SqlErrors.UNREACHABLE.causes(e)) {
                refuse(answer, 503, "The database is not answering; try again in a moment.");
                return;
            }
            throw e;
        }
        http.setAttribute(HttpMcp.TOKEN, Auth.bearer(header));
        var held = new Held(answer);
        chain.doFilter(request, held);
        if (held.getStatus() >= 500) {
            // The SDK's own log line is switched off (simplelogger.properties): at ERROR it also
            // reported every malformed request, the client's fault. A failure here is ours.
            LOG.error("/mcp could not answer a {} request: {}", http.getMethod(), held.errorMessage());
            refuse(answer, held.getStatus(), "eteam could not answer that request; the failure is in the server's log.");
        } else if (held.getStatus() >= 400) {
            refuse(answer, held.getStatus(), held.errorMessage());
        } else {
            answer.getOutputStream().write(held.body.toByteArray());
        }
    }

    /// The SDK's answer held back, so that an error it serialised with its stack trace (java-sdk
    /// #577, #955) is answered as a plain JSON-RPC error instead. MCP answers are small JSON.
    private static final class Held extends HttpServletResponseWrapper {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private String error;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("MCP answers are written blocking");
            }
        };
        private final PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void sendError(int status, String message) {
            setStatus(status);
            error = message;
        }

        @Override
        public void sendError(int status) {
            setStatus(status);
        }

        /// What the error said, in words, without how it came about.
        String errorMessage() {
            writer.flush();
            if (error != null && !error.isBlank()) {
                return error;
            }
            try {
                var sent = Json.MAPPER.readTree(body.toByteArray());
                var message = sent.path("jsonRpcError").path("message").asText(sent.path("error").path("message").asText(""));
                if (!message.isBlank()) {
                    return message;
                }
            } catch (IOException notJson) {
                // Said below in general words.
            }
            return "The request is not a JSON-RPC message eteam's MCP endpoint takes (HTTP " + getStatus() + ").";
        }
    }

    private static void refuse(HttpServletResponse answer, int status, String message) throws IOException {
        answer.setStatus(status);
        answer.setContentType("application/json");
        answer.setHeader("Cache-Control", "no-store");
        var body = Json.MAPPER.createObjectNode().put("jsonrpc", "2.0").putNull("id");
        body.putObject("error").put("code", -32001).put("message", message);
        answer.getOutputStream().write(Json.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }
}
