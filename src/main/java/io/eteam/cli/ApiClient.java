package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/// A small blocking HTTP client for the eteam API. It uses the JDK's HttpURLConnection
/// because it starts faster than java.net.http, and a VP waits for every millisecond.
public final class ApiClient {

    private final String server;
    private final String token;
    private final ObjectMapper json;

    public ApiClient(String server, String token, ObjectMapper json) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        this.token = token;
        this.json = json;
    }

    public String server() {
        return server;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    /// A text answer as it comes, e.g. a report in CSV or Markdown.
    public String getText(String path) {
        var node = exchange("GET", path, null, null, true);
        return node.textValue();
    }

    /// Sends a file's bytes as they are, e.g. a CSV import.
    public JsonNode postFile(String path, String contentType, byte[] bytes) {
        return exchange("POST", path, contentType, bytes, false);
    }

    public JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, JsonNode body) {
        try {
            return exchange(method, path, "application/json", body == null ? null : json.writeValueAsBytes(body), false);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CliException(Exit.USAGE, "Could not write the request.");
        }
    }

    private JsonNode exchange(String method, String path, String contentType, byte[] bytes, boolean text) {
        HttpURLConnection http;
        try {
            http = (HttpURLConnection) URI.create(server + path).toURL().openConnection();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new CliException(Exit.USAGE, "The server URL '" + server + "' is not a valid http URL.");
        } catch (IOException e) {
            throw unreachable();
        }
        try {
            http.setConnectTimeout(5_000);
            http.setReadTimeout(30_000);
            http.setRequestMethod(method);
            http.setRequestProperty("Accept", "application/json");
            if (token != null) {
                http.setRequestProperty("Authorization", "Bearer " + token);
            }
            if (bytes != null) {
                http.setDoOutput(true);
                http.setRequestProperty("Content-Type", contentType);
                http.setFixedLengthStreamingMode(bytes.length);
                try (var out = http.getOutputStream()) {
                    out.write(bytes);
                }
            }
            int status = http.getResponseCode();
            var stream = status >= 400 ? http.getErrorStream() : http.getInputStream();
            if (text && status < 400) {
                try (stream) {
                    return json.getNodeFactory().textNode(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            var answer = read(stream);
            if (status >= 400) {
                throw new CliException(Exit.forStatus(status), message(status, answer));
            }
            return answer;
        } catch (IOException e) {
            throw unreachable();
        } finally {
            http.disconnect();
        }
    }

    /// Writes a binary answer to `out` as it arrives (a backup can be larger than memory);
    /// an error answer is refused as every other.
    public void download(String path, java.io.OutputStream out) {
        HttpURLConnection http;
        try {
            http = (HttpURLConnection) URI.create(server + path).toURL().openConnection();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new CliException(Exit.USAGE, "The server URL '" + server + "' is not a valid http URL.");
        } catch (IOException e) {
            throw unreachable();
        }
        try {
            http.setConnectTimeout(5_000);
            // A backup starts after the server has counted every table's rows.
            http.setReadTimeout(300_000);
            http.setRequestProperty("Accept", "application/gzip, application/json");
            if (token != null) {
                http.setRequestProperty("Authorization", "Bearer " + token);
            }
            int status;
            try {
                status = http.getResponseCode();
            } catch (IOException e) {
                throw unreachable();
            }
            if (status >= 400) {
                throw new CliException(Exit.forStatus(status), message(status, read(http.getErrorStream())));
            }
            try (var in = http.getInputStream()) {
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new CliException(Exit.UNAVAILABLE, "The answer from the eteam server at " + server + " broke off: " + e.getMessage());
        } finally {
            http.disconnect();
        }
    }

    private JsonNode read(InputStream stream) {
        if (stream == null) {
            return json.nullNode();
        }
        try (stream) {
            var bytes = stream.readAllBytes();
            return bytes.length == 0 ? json.nullNode() : json.readTree(bytes);
        } catch (IOException e) {
            return json.nullNode();
        }
    }

    private static String message(int status, JsonNode answer) {
        var message = answer.path("message").asText("");
        if (!message.isBlank()) {
            return message;
        }
        return status >= 500 ? "The server failed (HTTP " + status + "); try again, or ask whoever runs it to check its log."
                : "The server refused the request (HTTP " + status + ").";
    }

    private CliException unreachable() {
        return new CliException(Exit.UNAVAILABLE, "Cannot reach the eteam server at " + server + "; is it running?");
    }
}
