package io.eteam.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/// A reference of `src/bench/cli.sh` (BENCH-7): the least a client can do to raise a blocker,
/// the same `POST /api/v1/blockers` `eteam raise TITLE --kind blocked` sends, through the same
/// JDK `HttpURLConnection`, with no argument parsing and no JSON library; it prints the new
/// id. Reads `ETEAM_SERVER` and `ETEAM_TOKEN`; the title is its first argument.
public final class PlainPost {

    private PlainPost() {
    }

    public static void main(String[] args) throws IOException {
        var http = (HttpURLConnection) URI.create(System.getenv("ETEAM_SERVER") + "/api/v1/blockers").toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setRequestProperty("Authorization", "Bearer " + System.getenv("ETEAM_TOKEN"));
        http.setRequestProperty("Content-Type", "application/json");
        var body = "{\"title\":\"" + args[0] + "\",\"kind\":\"blocked\"}";
        try (var out = http.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        String answer;
        try (var in = http.getInputStream()) {
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int id = answer.indexOf("\"id\":");
        System.out.println(answer.substring(id + 5, answer.indexOf(',', id)).strip());
    }
}
