package io.eteam.web.pages;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/// A browser without a browser: real HTTP to a test server, keeping the session cookie as a
/// browser would, following no redirect (so tests see them), and reading forms' CSRF tokens.
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private String session;

    PageClient(String base) {
        this.base = base;
    }

    /// One answer: status, body and headers.
    record Page(int status, String body, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        List<String> cookies() {
            return headers.allValues("Set-Cookie");
        }

        /// The CSRF token the page's forms carry.
        String csrf() {
            var m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no CSRF token on the page:\n" + body);
            }
            return m.group(1);
        }
    }

    /// Signs in with `token` through the sign-in form, keeping the session cookie it sets.
    Page signIn(String token) {
        return post("/login", Map.of("token", token));
    }

    String session() {
        return session;
    }

    void session(String id) {
        session = id;
    }

    Page get(String path) {
        return send(request(path).GET());
    }

    /// Posts a form, with the session cookie.
    Page post(String path, Map<String, String> fields) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /// A request to `path` with the session cookie, for tests that need their own headers.
    HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "eteam_session=" + session);
        }
        return request;
    }

    Page send(HttpRequest.Builder request) {
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (var cookie : response.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith("eteam_session=")) {
                    var value = cookie.substring("eteam_session=".length()).split(";", 2)[0];
                    session = value.isEmpty() ? null : value;
                }
            }
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient http() {
        return client;
    }

    static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
