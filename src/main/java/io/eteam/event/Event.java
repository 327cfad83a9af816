package io.eteam.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/// One live event: its resumable `id`, its `type`, when it happened (`at`, the instant the
/// service committed), who did it (`by`, a handle) and the ids and handles involved (`fields`,
/// snake_case names, values that are strings, numbers, booleans or lists of them).
public record Event(String id, EventType type, Instant at, String by, Map<String, Object> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    /// A field whose value is null is left out: an event names only what is there.
    public Event {
        var present = new LinkedHashMap<String, Object>();
        fields.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        fields = Collections.unmodifiableMap(present);
    }

    /// The meeting the event belongs to, when it belongs to one.
    public Optional<String> meetingDate() {
        return Optional.ofNullable(fields.get("meeting_date")).map(Object::toString);
    }

    /// The event as the one JSON object that SSE `data:`, webhooks and assistants carry:
    /// `{id, type, at, by, ...fields}`.
    public String toJson() {
        var object = new LinkedHashMap<String, Object>();
        object.put("id", id);
        object.put("type", type.wire());
        object.put("at", at.toString());
        object.put("by", by);
        object.putAll(fields);
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings, numbers and lists always serialise", e);
        }
    }

    /// Reads what `toJson` wrote, so that an event can travel between servers and back.
    public static Event fromJson(String json) {
        try {
            var object = JSON.readValue(json, OBJECT);
            var id = (String) object.remove("id");
            var type = EventType.parse((String) object.remove("type"))
                    .orElseThrow(() -> new IllegalArgumentException("not an eteam event type: " + json));
            var at = Instant.parse((String) object.remove("at"));
            var by = (String) object.remove("by");
            return new Event(id, type, at, by, object);
        } catch (JsonProcessingException | ClassCastException | NullPointerException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not an eteam event: " + json, e);
        }
    }
}
