package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The files the pages load, over real HTTP and without signing in.
class StaticFilesTest {

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void our_stylesheet_and_script_are_served_as_css_and_javascript_and_checked_again_by_browsers() {
        var css = server.http.get("/static/eteam.css", null);
        var js = server.http.get("/static/eteam.js", null);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(css.body()).contains("{");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).isEqualTo("text/javascript; charset=utf-8");
        var headers = server.http.headers("/static/eteam.css");
        assertThat(headers.firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void the_htmx_files_the_layout_names_are_served_from_their_webjars_and_cached_for_good() {
        var layout = server.http.get("/login", null).body();
        for (var path : new String[] {"/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/webjars/htmx-ext-sse/2.2.2/sse.js"}) {
            assertThat(layout).contains(path);
            var file = server.http.get(path, null);
            assertThat(file.status()).as(path).isEqualTo(200);
            assertThat(file.contentType()).isEqualTo("text/javascript; charset=utf-8");
            assertThat(file.body()).hasSizeGreaterThan(1000);
            assertThat(server.http.headers(path).firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        }
    }

    @Test
    void unknown_files_other_types_and_paths_out_of_the_folders_are_404_in_the_error_shape() {
        for (var path : new String[] {"/static/missing.css", "/static/eteam.txt", "/webjars/htmx.org/2.0.8/package.json",
                "/webjars/../static/eteam.css", "/webjars/htmx.org/%2e%2e/%2e%2e/static/eteam.css", "/static/.eteam.css",
                "/webjars/htmx.org//2.0.8/dist/htmx.min.js", "/webjars/META-INF/MANIFEST.MF"}) {
            var refused = server.http.get(path, null);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.error()).as(path).isEqualTo("not_found");
        }
    }
}
