package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/// The JSON each history entry stores, as the API shows it under `change`.
class HistoryChangeTest {

    @Test
    void each_change_is_written_in_snake_case_in_its_order_leaving_out_what_is_absent() {
        assertThat(new HistoryChange.Raised("Label deal", "blocked", "high", 15, null, "Music").json())
                .isEqualTo("{\"title\":\"Label deal\",\"kind\":\"blocked\",\"impact\":\"high\",\"minutes\":15,\"team\":\"Music\"}");
        assertThat(new HistoryChange.Resolved("Ship Friday", "vp-a", "2026-12-04", null).json())
                .isEqualTo("{\"decision\":\"Ship Friday\",\"owner\":\"vp-a\",\"due\":\"2026-12-04\"}");
        assertThat(new HistoryChange.Imported("2026-11-30T09:00:00Z").json()).isEqualTo("{\"raised_at\":\"2026-11-30T09:00:00Z\"}");
    }

    @Test
    void an_edit_keeps_a_field_that_was_empty_as_from_null() {
        var fields = new LinkedHashMap<String, HistoryChange.FromTo>();
        fields.put("blocking", new HistoryChange.FromTo(null, "vp-legal"));
        fields.put("minutes", new HistoryChange.FromTo(10, 15));
        assertThat(new HistoryChange.Edited(fields).json())
                .isEqualTo("{\"blocking\":{\"from\":null,\"to\":\"vp-legal\"},\"minutes\":{\"from\":10,\"to\":15}}");
    }

    @Test
    void a_deferral_check_is_recorded_as_refused_or_as_overruled_with_the_chairs_reason() {
        var refused = new HistoryChange.DeferralChecked("take this offline", "Let's take this offline", null, null);
        var overruled = new HistoryChange.DeferralChecked("park", null, "We park the car in the new garage", "a decision");
        assertThat(refused.action()).isEqualTo("deferral_refused");
        assertThat(refused.json()).isEqualTo("{\"phrase\":\"take this offline\",\"decision\":\"Let's take this offline\"}");
        assertThat(overruled.action()).isEqualTo("deferral_overruled");
        assertThat(HistoryChange.read(overruled.json()).orElseThrow().path("overrule").asText()).isEqualTo("a decision");
        assertThat(HistoryChange.read("not json")).isEmpty();
    }
}
