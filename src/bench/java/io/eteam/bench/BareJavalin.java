package io.eteam.bench;

import io.javalin.Javalin;
import java.util.Map;

/// The start-up reference of `src/bench/http.sh` (BENCH-6): the least a Javalin server can do,
/// one route answering `GET /api/v1/health` as eteam's does, with eteam's JSON mapper and no
/// database. Takes the arguments `eteam serve` takes (`serve --host H --port P --db URL`,
/// the last ignored) so that the script starts both the same way.
public final class BareJavalin {

    private BareJavalin() {
    }

    public static void main(String[] args) {
        String host = "127.0.0.1";
        int port = 0;
        for (int i = 0; i + 1 < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> { }
            }
        }
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
        }).start(host, port);
        System.out.println("bare Javalin serving on http://localhost:" + app.port());
    }
}
