package io.eteam.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/// Refusals Jetty makes before a request reaches Javalin (a `%00` or broken UTF-8 in the path,
/// a URL or headers too long) in the API's error shape, instead of Jetty's HTML page with the
/// exception's class name in it. Jetty closes the connection after such a request, so the
/// refusal says `Connection: close`: without it a client that keeps connections (the JDK's, curl)
/// sent its next request on the closed one and saw it fail with no answer.
final class JettyErrors extends ErrorHandler {

    /// Jetty writes an error body only for GET and POST by default; a PATCH or DELETE needs one too.
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        fields.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        return ApiError.bytes(status);
    }
}
