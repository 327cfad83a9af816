package io.eteam.sla;

import static io.eteam.sla.Fixtures.open;
import static io.eteam.sla.Fixtures.week47;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The report as the API's JSON mapper (snake_case, ISO instants) writes it: the shape the CLI
/// and the web page read.
class SlaJsonTest {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void the_report_serialises_with_snake_case_names_and_wire_values() throws JsonProcessingException {
        var text = MAPPER.writeValueAsString(week47(List.of(open(1, "2026-11-19T09:00"))));
        var json = MAPPER.readTree(text);

        assertThat(names(json)).containsExactly("period", "start", "end", "as_of", "zone", "target_days", "summary",
                "by_raised_by", "by_blocking", "by_kind", "trend", "refused_deferrals", "overruled_deferrals", "attendance", "rows",
                "vp_attendance", "actions", "recurrences");
        assertThat(names(json.get("period"))).containsExactly("from", "to");
        assertThat(json.at("/period/from").asText()).isEqualTo("2026-11-16");
        assertThat(json.at("/zone").asText()).isEqualTo("Europe/Stockholm");
        assertThat(text).contains("\"breach_rate\":0.000,", "\"working_days\":2.00,", "\"target_days\":2.5,");
        assertThat(json.at("/summary/median_days").isNull()).isTrue();
        assertThat(json.at("/summary/at_risk").asInt()).isEqualTo(1);
        assertThat(json.at("/by_blocking/(none)/open_at_end").asInt()).isEqualTo(1);
        assertThat(json.at("/trend/11/week").asText()).isEqualTo("2026-W47");
        var row = json.at("/rows/0");
        assertThat(names(row)).containsExactly("id", "title", "kind", "impact", "raised_by", "blocking", "raised_at",
                "resolved_at", "closed_as", "working_minutes", "working_days", "target_days", "status", "calendar");
        assertThat(row.get("status").asText()).isEqualTo("at_risk");
        assertThat(row.get("kind").asText()).isEqualTo("blocked");
        assertThat(row.get("raised_at").asText()).isEqualTo("2026-11-19T08:00:00Z");
    }

    static List<String> names(JsonNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
