package io.eteam.blocker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.Map;
import java.util.Optional;

/// What one entry of a blocker's history records, one record per action. It is stored as the
/// entry's `change`, a JSON object in snake_case with absent fields left out, and the API shows
/// it as stored; so a new field is one record component.
sealed interface HistoryChange {

    /// The action the entry is recorded under (`raised`, `resolved`, ...).
    String action();

    /// The entry's JSON.
    default String json() {
        try {
            return Json.MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a history change of strings and numbers always serializes", e);
        }
    }

    /// A stored entry's JSON, or empty for one that is not JSON (eteam wrote none such).
    static Optional<JsonNode> read(String json) {
        try {
            return Optional.of(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    record Raised(String title, String kind, String impact, int minutes, String blocking, String team)
            implements HistoryChange {
        public String action() {
            return "raised";
        }
    }

    /// The fields an edit changed, each from its old value to its new one.
    record Edited(@JsonValue Map<String, FromTo> fields) implements HistoryChange {
        public String action() {
            return "edited";
        }
    }

    /// One field's change; a `from` or `to` of null is written as null.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FromTo(Object from, Object to) {
    }

    record Imported(String raisedAt) implements HistoryChange {
        public String action() {
            return "imported";
        }
    }

    record Resolved(String decision, String owner, String due, String rationale) implements HistoryChange {
        public String action() {
            return "resolved";
        }
    }

    record Withdrawn(String reason) implements HistoryChange {
        public String action() {
            return "withdrawn";
        }
    }

    /// A text the deferral check refused (`deferral_refused`) or a chair overruled it for
    /// (`deferral_overruled`, with `overrule`): the words it quoted and the decision or reason.
    record DeferralChecked(String phrase, String decision, String reason, String overrule) implements HistoryChange {
        public String action() {
            return overrule == null ? "deferral_refused" : "deferral_overruled";
        }
    }

    /// The mapper that writes and reads history: record components in order, snake_case, nulls left out.
    final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);

        private Json() {
        }
    }
}
