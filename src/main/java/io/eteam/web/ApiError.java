package io.eteam.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/// The API's one error shape, `{"error": CODE, "message": TEXT}` with `field` when one field is
/// at fault, and the codes and sentences of the refusals the HTTP layer makes itself (an unknown
/// address, a body too large, a request Jetty could not read). Every refusal goes out through here.
final class ApiError {

    static final String INTERNAL = "Something went wrong on the server; it has been logged.";

    private ApiError() {
    }

    static void send(Context ctx, int status, String code, String message, String field) {
        ctx.status(status).json(body(code, message, field));
    }

    static void send(Context ctx, Problem problem) {
        send(ctx, problem.kind().status, problem.kind().code, problem.getMessage(), problem.field());
    }

    /// A failure nobody planned for: logged by the caller, told to the client without details.
    static void internal(Context ctx) {
        send(ctx, 500, "internal", INTERNAL, null);
    }

    /// A refusal Javalin or Jetty made for `status`, in the API's shape.
    static void send(Context ctx, int status) {
        send(ctx, status, code(status), message(status, ctx.method().name(), ctx.path(), BodyLimit.of(ctx.path())), null);
    }

    /// The same, as bytes, for Jetty's error handler (no request context there).
    static byte[] bytes(int status) {
        try {
            return Json.MAPPER.writeValueAsBytes(body(code(status), message(status, null, null, BodyLimit.JSON), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    static String code(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413, 414, 431 -> "too_large";
            default -> status < 500 ? "invalid_request" : "internal";
        };
    }

    /// `method` and `path` name the request when known (null from Jetty's error handler).
    private static String message(int status, String method, String path, BodyLimit limit) {
        return switch (status) {
            case 400 -> "The request could not be read: check that its URL and headers are well formed and encoded in UTF-8.";
            case 404 -> path == null ? "There is no such address in the API." : "There is no " + method + " " + path + " in the API.";
            case 405 -> path == null ? "The method is not allowed here." : method + " is not allowed on " + path + ".";
            case 408 -> "The request body arrived too slowly; send it again.";
            case 413 -> limit.refusal;
            case 414 -> "The URL is too long.";
            case 431 -> "The request headers are too large.";
            default -> status < 500 ? "The request was refused (HTTP " + status + ")." : INTERNAL;
        };
    }

    private static Map<String, Object> body(String code, String message, String field) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", code);
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }
}
