package io.eteam.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/// Real HTTP requests to a test server, answering status and parsed JSON.
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /// One answer: its status, raw body, the body parsed as JSON (null if it is not JSON),
    /// and its Content-Type (null if none).
    public record Response(int status, String body, JsonNode json, String contentType) {
        public String error() {
            return json == null ? null : json.path("error").asText(null);
        }
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, String body) {
        return send("POST", path, token, body);
    }

    public Response patch(String path, String token, String body) {
        return send("PATCH", path, token, body);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    public Response send(String method, String path, String token, String body) {
        var request = request(method, path, token,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    /// A request to `path` with the bearer token (if any), for tests that need unusual bodies or headers.
    public HttpRequest.Builder request(String method, String path, String token, HttpRequest.BodyPublisher body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /// The headers of the answer to an unauthenticated GET of `path`.
    public java.net.http.HttpHeaders headers(String path) {
        try {
            return client.send(request("GET", path, null, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException("request failed: GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response exchange(HttpRequest request) {
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException e) {
                json = null;
            }
            return new Response(response.statusCode(), response.body(), json,
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
