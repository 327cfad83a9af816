package io.eteam.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/// How the CLI shows values from the API to a person.
final class Format {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private Format() {
    }

    /// An instant from the API in `zone` (the calendar's), e.g. "Tue 24 Nov 2026 13:05".
    static String when(JsonNode instant, ZoneId zone) {
        if (instant == null || !instant.isTextual()) {
            return "";
        }
        try {
            return OffsetDateTime.parse(instant.textValue()).atZoneSameInstant(zone).format(WHEN);
        } catch (DateTimeParseException e) {
            return instant.textValue();
        }
    }

    /// An instant from the API as a clock time in the given zone, e.g. "13:15".
    static String clock(JsonNode instant, ZoneId zone) {
        if (instant == null || !instant.isTextual()) {
            return "";
        }
        return OffsetDateTime.parse(instant.textValue()).atZoneSameInstant(zone).format(CLOCK);
    }

    /// The zone an answer names in `zone`, else this machine's.
    static ZoneId zone(JsonNode node) {
        try {
            return ZoneId.of(node.path("zone").asText());
        } catch (java.time.DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /// The SLA status as people say it: "met", "BREACHED", "at risk", "open".
    static String sla(JsonNode blocker) {
        return switch (text(blocker, "sla")) {
            case "breached" -> "BREACHED";
            case "at_risk" -> "at risk";
            default -> text(blocker, "sla");
        };
    }

    /// A text field, or "" when absent or null.
    /// The strings of a JSON array, in order.
    static java.util.List<String> texts(JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    static String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
