package io.eteam.web.pages;

import io.eteam.problem.Problem;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/// The files the pages load: ours under `/static/` (from `static/` in the jar) and htmx under
/// `/webjars/` (from the webjars' `META-INF/resources/webjars/`).
///
/// Served here rather than by Javalin's static-file handler, which mounts the whole jar as a
/// zip file system when the server starts: that cost a third of a second of start-up for
/// four small files. A file is read from the classpath on its first request and kept.
final class StaticFiles {

    /// Path segments of letters, digits, dots, dashes and underscores; no `..`, no empty segment.
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    /// Files found so far (an unknown name is looked up again each time, and never kept).
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /// `GET /static/{file}`: ours change with each build, so a browser checks them again.
    void own(Context ctx) {
        serve(ctx, "static/", ctx.pathParam("file"), "no-cache");
    }

    /// `GET /webjars/<path>`: a webjar's path carries its version, so it never changes.
    void webjar(Context ctx) {
        serve(ctx, "META-INF/resources/webjars/", ctx.pathParam("path"), "public, max-age=31536000, immutable");
    }

    private void serve(Context ctx, String root, String path, String cacheControl) {
        var type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        byte[] bytes = null;
        if (type != null && SAFE.matcher(path).matches()) {
            bytes = cache.get(root + path);
            if (bytes == null) {
                bytes = read(root + path);
                if (bytes != null) {
                    cache.put(root + path, bytes);
                }
            }
        }
        if (bytes == null) {
            throw Problem.notFound("There is no file " + ctx.path() + ".");
        }
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(type).result(bytes);
    }

    /// The resource's bytes, or null when there is none.
    private static byte[] read(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
