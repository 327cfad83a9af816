package io.eteam.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/// eteam's tools, resources and prompts on a stateless MCP transport, stdio or HTTP alike. Every
/// request's context carries the `Api` it acts through, as the person whose token it has.
public final class EteamMcp {

    static final JacksonMcpJsonMapper MAPPER = new JacksonMcpJsonMapper(ToolResults.JSON);

    private static final String API = "eteam.api";
    private static final Logger LOG = LoggerFactory.getLogger(EteamMcp.class);

    private EteamMcp() {
    }

    /// The server on `transport`, answering as `version`.
    static McpStatelessSyncServer serve(McpStatelessServerTransport transport, String version) {
        var builder = McpServer.sync(new Listed(transport))
                .serverInfo("eteam", version)
                .jsonMapper(MAPPER)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator(ToolResults.JSON))
                .immediateExecution(true)
                .instructions("eteam runs an executive team's weekly blocker meeting: blockers raised by VPs, the"
                        + " stack-ranked three-hour agenda, decisions (never deferrals) and the 2.5-working-day SLA.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false).build())
                .resources(EteamResources.fixed())
                .resourceTemplates(EteamResources.blockers())
                .prompts(EteamPrompts.all());
        for (var tool : EteamTools.all()) {
            builder.tools(McpStatelessServerFeatures.SyncToolSpecification.builder()
                    .tool(ToolResults.describe(tool))
                    .callHandler((context, request) -> ToolResults.call(tool, api(context), request.arguments()))
                    .build());
        }
        return builder.build();
    }

    /// What an assistant is told of a failure that is not a refusal, which is logged (on stderr
    /// under `eteam mcp`) with what happened: never an exception's own text.
    static final String FAILED = "eteam could not do that; the failure is in its log.";

    /// Logs a failure that is not a refusal, and answers what the assistant is told instead.
    static String failed(String what, RuntimeException e) {
        LOG.error("MCP {} failed", what, e);
        return FAILED;
    }

    /// What `call` answers. The API's refusal becomes the error `refused` makes of its sentence;
    /// any other failure is logged and told as `FAILED` (internal error, -32603).
    static <T> T answer(String what, Supplier<T> call, Function<String, McpError> refused) {
        try {
            return call.get();
        } catch (Api.Refused refusal) {
            throw refused.apply(refusal.getMessage());
        } catch (McpError e) {
            throw e;
        } catch (RuntimeException e) {
            throw error(McpSchema.ErrorCodes.INTERNAL_ERROR, failed(what, e));
        }
    }

    static McpError error(int code, String message) {
        return McpError.builder(code).message(message).build();
    }

    /// A request's context, acting through `api`.
    static McpTransportContext context(Api api) {
        return McpTransportContext.create(Map.of(API, api));
    }

    static Api api(McpTransportContext context) {
        return (Api) context.get(API);
    }

    /// A transport whose `resources/list` answers the open blockers of the moment: the SDK lists
    /// only the resources registered with it, the same for every request.
    private record Listed(McpStatelessServerTransport transport) implements McpStatelessServerTransport {

        @Override
        public void setMcpHandler(McpStatelessServerHandler handler) {
            transport.setMcpHandler(new McpStatelessServerHandler() {
                @Override
                public Mono<McpSchema.JSONRPCResponse> handleRequest(McpTransportContext context, McpSchema.JSONRPCRequest request) {
                    if (!McpSchema.METHOD_RESOURCES_LIST.equals(request.method())) {
                        return handler.handleRequest(context, request);
                    }
                    return Mono.fromCallable(() -> {
                        try {
                            return McpSchema.JSONRPCResponse.result(request.id(), answer("resources/list",
                                    () -> EteamResources.list(context), message -> error(McpSchema.ErrorCodes.INTERNAL_ERROR, message)));
                        } catch (McpError e) {
                            return McpSchema.JSONRPCResponse.error(request.id(), e.getJsonRpcError());
                        }
                    });
                }

                @Override
                public Mono<Void> handleNotification(McpTransportContext context, McpSchema.JSONRPCNotification notification) {
                    return handler.handleNotification(context, notification);
                }
            });
        }

        @Override
        public Mono<Void> closeGracefully() {
            return transport.closeGracefully();
        }

        @Override
        public void close() {
            transport.close();
        }

        @Override
        public List<String> protocolVersions() {
            return transport.protocolVersions();
        }
    }
}
