package io.eteam.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/// The API of the server itself, asked over loopback HTTP with the caller's token: what the
/// server's `/mcp` tools call, so that they answer exactly what the API answers (MCP-1).
final class HttpApi implements Api {

    private static final ObjectMapper JSON = ToolResults.JSON;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    HttpApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    @Override
    public JsonNode get(String path) {
        return send(request(path).GET());
    }

    @Override
    public String getText(String path) {
        return new String(exchange(request(path).setHeader("Accept", "*/*").GET()), StandardCharsets.UTF_8);
    }

    @Override
    public JsonNode post(String path, JsonNode body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new Refused("Could not write the request.");
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request) {
        var body = exchange(request);
        try {
            return body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new Refused("eteam answered something that is not JSON.");
        }
    }

    /// The body of a successful answer; an error answer as a `Refused` in the API's words.
    private byte[] exchange(HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Refused("eteam did not answer; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Interrupted.");
        }
        if (response.statusCode() >= 400) {
            String message;
            try {
                message = JSON.readTree(response.body()).path("message").asText("");
            } catch (IOException e) {
                message = "";
            }
            throw new Refused(message.isBlank() ? "eteam refused the request (HTTP " + response.statusCode() + ")." : message);
        }
        return response.body();
    }
}
