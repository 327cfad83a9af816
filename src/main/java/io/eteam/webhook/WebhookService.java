package io.eteam.webhook;

import io.eteam.calendar.CalendarText;
import io.eteam.event.EventType;
import io.eteam.people.Person;
import io.eteam.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/// Outgoing webhooks: chairs add, list and remove them (rules HOOK-1–HOOK-6 in package-info).
public final class WebhookService {

    /// What a webhook may ask for: every event that is not an admin one, and the weekly digest.
    static final String DIGEST = "digest";
    static final Set<String> FORMATS = Set.of("json", "slack", "teams");
    private static final int MAX_URL = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final Clock clock;

    public WebhookService(WebhookRepository webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /// HOOK-1, HOOK-2 — a chair adds a webhook; its secret is answered this once.
    public WebhookAdded add(Person actor, AddWebhook input) {
        requireChair(actor, "add a webhook");
        var url = url(input.url());
        var events = events(input.events());
        var format = input.format() == null || input.format().isBlank() ? "json" : input.format().strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(format)) {
            throw Problem.invalid("format", "format must be json, slack or teams.");
        }
        var secret = HexFormat.of().formatHex(bytes());
        var now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = webhooks.add(url, String.join(",", events), format, secret, now, actor.handle());
        return new WebhookAdded(id, url, events, format, secret, now);
    }

    /// HOOK-1 — chairs list the webhooks, their addresses shortened (HOOK-2).
    public List<Webhook> list(Person actor) {
        requireChair(actor, "list the webhooks");
        return webhooks.list();
    }

    /// HOOK-1 — a chair removes a webhook; what it had still to send is dropped with it.
    public void remove(Person actor, long id) {
        requireChair(actor, "remove a webhook");
        if (!webhooks.remove(id, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            throw Problem.notFound("There is no webhook " + id + "; eteam webhooks list shows them.");
        }
    }

    /// HOOK-7 — when the weekly digest goes (chairs).
    public DigestTime digestTime(Person actor) {
        requireChair(actor, "see when the digest goes");
        return webhooks.digestTime();
    }

    /// HOOK-7 — a chair sets when the digest goes: `day` like MON, `time` like 09:00; a field left out stays.
    public DigestTime setDigestTime(Person actor, String day, String time) {
        requireChair(actor, "set when the digest goes");
        var now = webhooks.digestTime();
        var next = new DigestTime(day == null || day.isBlank() ? now.day() : CalendarText.day("day", day),
                time == null || time.isBlank() ? now.time() : CalendarText.time("time", time));
        webhooks.dsl().transaction(tx -> WebhookRepository.in(tx.dsl()).saveDigestTime(next));
        return next;
    }

    /// HOOK-2 — an absolute http or https address with a host, at most 2000 characters.
    static String url(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.invalid("url", "url is required: the address eteam posts to, like https://hooks.slack.com/services/….");
        }
        var trimmed = text.strip();
        if (trimmed.length() > MAX_URL) {
            throw Problem.invalid("url", "url is at most " + MAX_URL + " characters.");
        }
        try {
            var uri = new URI(trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw Problem.invalid("url", "url must be an http or https address with a host (and no user name in it).");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw Problem.invalid("url", "url is not an address: " + e.getReason() + ".");
        }
    }

    /// HOOK-3 — event types by their names, at least one, each known and not an admin one.
    static List<String> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw Problem.invalid("events", "events is required: the event types to send, e.g. blocker.raised,blocker.at_risk.");
        }
        var wanted = new LinkedHashSet<String>();
        for (var name : names) {
            for (var part : (name == null ? "" : name).split(",")) {
                var type = part.strip();
                if (type.isEmpty()) {
                    continue;
                }
                boolean known = type.equals(DIGEST) || EventType.parse(type).filter(t -> !t.admin()).isPresent();
                if (!known) {
                    throw Problem.invalid("events", "'" + shorten(type) + "' is no event a webhook can have; choose from "
                            + String.join(", ", allowed()) + ".");
                }
                wanted.add(type);
            }
        }
        if (wanted.isEmpty()) {
            throw Problem.invalid("events", "events is required: the event types to send, e.g. blocker.raised,blocker.at_risk.");
        }
        return List.copyOf(wanted);
    }

    static List<String> allowed() {
        var names = Arrays.stream(EventType.values()).filter(t -> !t.admin()).map(EventType::wire)
                .collect(Collectors.toCollection(java.util.ArrayList::new));
        names.add(DIGEST);
        return names;
    }

    /// HOOK-2 — an address as listed: scheme, host and port, and the path's first part when it has
    /// more; the rest (where chat services put the webhook's own secret) and any query are left out.
    static String shown(String url) {
        try {
            var uri = new URI(url);
            var path = uri.getRawPath() == null ? "" : uri.getRawPath();
            int second = path.indexOf('/', 1);
            // One part only may be the secret itself (https://webhook.site/UUID): shown as "/…".
            var kept = path.length() <= 1 ? path : second < 0 ? "/…" : path.substring(0, second + 1) + "…";
            return uri.getScheme() + "://" + uri.getRawAuthority() + kept;
        } catch (URISyntaxException e) {
            return "(unreadable address)";
        }
    }

    private static byte[] bytes() {
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static void requireChair(Person actor, String what) {
        if (!actor.isChair()) {
            throw Problem.forbidden("Only a chair may " + what + "; " + actor.handle() + " is a " + actor.role().wire() + ".");
        }
    }
}
