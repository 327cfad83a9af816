package io.eteam.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/// `eteam mcp`: the tools over stdio for one person, until stdin closes (MCP-3).
public final class StdioServer {

    private static final ObjectMapper JSON = ToolResults.JSON;

    private StdioServer() {
    }

    /// Serves the tools on `in` and `out` as the person `api` acts for, and returns once `in`
    /// has ended. The SDK says nothing when stdin closes, and its reading thread is not a daemon
    /// (java-sdk #936): the end of the input is noticed here, and the server closed.
    public static void serve(Api api, String version, InputStream in, OutputStream out) throws InterruptedException {
        var ended = new CountDownLatch(1);
        var mapper = new JacksonMcpJsonMapper(JSON);
        var transport = new StdioServerTransportProvider(mapper, new EndNoticed(in, ended), out);
        var builder = McpServer.sync(transport)
                .serverInfo("eteam", version)
                .jsonMapper(mapper)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(JSON))
                .instructions("eteam runs an executive team's weekly blocker meeting: blockers raised by VPs, the"
                        + " stack-ranked three-hour agenda, decisions (never deferrals) and the 2.5-working-day SLA.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build());
        for (var tool : EteamTools.all()) {
            builder.tools(McpServerFeatures.SyncToolSpecification.builder()
                    .tool(ToolResults.describe(tool))
                    .callHandler((exchange, request) -> ToolResults.call(tool, api, request.arguments()))
                    .build());
        }
        var server = builder.build();
        try {
            ended.await();
        } finally {
            server.closeGracefully();
        }
    }

    /// Counts `ended` down when the input ends or fails.
    private static final class EndNoticed extends FilterInputStream {
        private final CountDownLatch ended;

        EndNoticed(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            try {
                return noticed(super.read());
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return noticed(super.read(b, off, len));
            } catch (IOException e) {
                ended.countDown();
                throw e;
            }
        }

        private int noticed(int n) {
            if (n < 0) {
                ended.countDown();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            ended.countDown();
            super.close();
        }
    }
}
