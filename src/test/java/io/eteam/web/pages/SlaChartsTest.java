package io.eteam.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/// How a blocker's title is shortened to label its bar in the SLA chart.
class SlaChartsTest {

    @Test
    void a_title_of_forty_characters_is_kept_whole() {
        var forty = "Label deal blocks the launch in Brazil!!";

        assertThat(forty).hasSize(40);
        assertThat(SlaCharts.shorten(forty, 40)).isEqualTo(forty);
    }

    @Test
    void a_longer_title_is_cut_to_forty_characters_the_last_an_ellipsis() {
        var shortened = SlaCharts.shorten("The label's lawyers want a new clause in every territory before signing", 40);

        assertThat(shortened).isEqualTo("The label's lawyers want a new clause i…").hasSize(40);
    }

    @Test
    void a_cut_falling_after_a_space_drops_the_space() {
        assertThat(SlaCharts.shorten("Office move " + "x".repeat(40), 13)).isEqualTo("Office move…");
    }

    @Test
    void line_breaks_and_runs_of_spaces_read_as_one_space() {
        assertThat(SlaCharts.shorten("  Pricing\n clash\twith   Ads ", 40)).isEqualTo("Pricing clash with Ads");
    }

    @Test
    void an_emoji_is_never_cut_in_half() {
        var shortened = SlaCharts.shorten("🎵".repeat(50), 40);

        assertThat(shortened.codePointCount(0, shortened.length())).isEqualTo(40);
        assertThat(shortened).isEqualTo("🎵".repeat(39) + "…");
    }
}
