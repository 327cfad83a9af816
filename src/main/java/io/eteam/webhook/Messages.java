package io.eteam.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/// HOOK-5 — what a delivery posts, in its webhook's format, and its signature: a pure function of
/// the staged body. `json` posts the event object itself; `slack` the incoming-webhook message
/// Slack documents (`{"text": ...}`, with `&`, `<` and `>` escaped as Slack asks); `teams` the
/// message with one Adaptive Card that Teams' "post to a channel when a webhook request is
/// received" workflow takes.
final class Messages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Messages() {
    }

    /// The body posted for `staged` (the event's JSON, or a digest's) in `format`.
    static byte[] body(String format, String staged) {
        if (format.equals("json")) {
            return staged.getBytes(StandardCharsets.UTF_8);
        }
        var text = text(read(staged));
        ObjectNode message = JSON.createObjectNode();
        if (format.equals("slack")) {
            message.put("text", slackEscaped(text));
        } else {
            message.put("type", "message");
            var card = message.putArray("attachments").addObject();
            card.put("contentType", "application/vnd.microsoft.card.adaptive");
            card.putNull("contentUrl");
            var content = card.putObject("content");
            content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
            content.put("type", "AdaptiveCard");
            content.put("version", "1.4");
            var block = content.putArray("body").addObject();
            block.put("type", "TextBlock");
            block.put("text", text);
            block.put("wrap", true);
        }
        return message.toString().getBytes(StandardCharsets.UTF_8);
    }

    /// HMAC-SHA256 of `body` under `secret`, in lowercase hex: `X-Eteam-Signature`.
    static String signature(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    /// One sentence for people in a chat channel, from the ids and handles the event names
    /// (EVT-2: no text anyone typed, except the digest's report, which is the report).
    static String text(JsonNode event) {
        var type = event.path("type").asText();
        var by = event.path("by").asText();
        var blocker = "Blocker #" + event.path("blocker_id").asText();
        var who = event.has("blocking") ? " (raised by " + event.path("raised_by").asText() + ", blocked by "
                + event.path("blocking").asText() + ")" : " (raised by " + event.path("raised_by").asText() + ")";
        return switch (type) {
            case "digest" -> event.path("markdown").asText();
            case "blocker.raised" -> blocker + " was raised by " + by + (event.has("blocking") ? ", blocked by "
                    + event.path("blocking").asText() : "") + ".";
            case "blocker.resolved" -> blocker + " was resolved by " + by + ": " + event.path("owner").asText() + " owns the action"
                    + (event.has("due") ? ", due " + event.path("due").asText() : "") + ".";
            case "blocker.withdrawn" -> blocker + " was withdrawn by " + by + ".";
            case "blocker.changed" -> blocker + " was changed by " + by + ".";
            case "blocker.at_risk" -> blocker + who + " is at risk: its target of " + event.path("target_days").asText()
                    + " working days falls at " + event.path("target_at").asText() + ", before the next meeting ends.";
            case "blocker.breached" -> blocker + who + " has breached its target of " + event.path("target_days").asText()
                    + " working days: no team should stay blocked that long.";
            case "deferral.refused" -> "A deferral on blocker #" + event.path("blocker_id").asText() + " by " + by
                    + " was refused: nothing is taken offline.";
            case "action.done" -> "Action #" + event.path("action_id").asText() + " (" + event.path("owner").asText()
                    + ") was marked done by " + by + ".";
            case "meeting.started" -> "The E-Team meeting of " + event.path("meeting_date").asText() + " started.";
            case "meeting.ended" -> "The E-Team meeting of " + event.path("meeting_date").asText() + " ended.";
            case "meeting.step" -> by + switch (event.path("step").asText()) {
                case "extend" -> " gave blocker #" + event.path("blocker_id").asText() + " another minute";
                case "overflow" -> " left blocker #" + event.path("blocker_id").asText() + " for the next meeting";
                default -> " moved on from blocker #" + event.path("blocker_id").asText() + " to the next item";
            } + " in the meeting of " + event.path("meeting_date").asText() + ".";
            case "checkin" -> event.path("handle").asText() + " checked in to the meeting of "
                    + event.path("meeting_date").asText() + ".";
            case "checkin.refused" -> "A check-in to the meeting of " + event.path("meeting_date").asText()
                    + " was refused: VPs only, no proxies.";
            case "agenda.ranked" -> by + " stack-ranked the agenda of " + event.path("meeting_date").asText() + ".";
            case "calendar.changed" -> by + " changed the work calendar.";
            case "blockers.imported" -> by + " imported " + event.path("count").asText() + " blockers.";
            default -> "eteam: " + type + " by " + by + ".";
        };
    }

    /// Slack reads `&`, `<` and `>` as control characters in a message's text.
    static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JsonNode read(String staged) {
        try {
            return JSON.readTree(staged);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the outbox holds the JSON eteam wrote", e);
        }
    }
}
