package io.eteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.eteam.deferral.DeferralCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/// The demo's script checked without a database: every story must get through the services' rules.
class CatalogueTest {

    /// Loaded once: loading the model takes a second or two.
    private static final DeferralCheck CHECK = new DeferralCheck();

    @Test
    void every_decision_and_withdrawal_reason_passes_the_deferral_rule_in_every_market() {
        for (var story : everyFilling()) {
            assertThat(CHECK.check(story.decision()).deferral()).as(story.decision()).isFalse();
        }
        for (var reason : Catalogue.WITHDRAWALS) {
            assertThat(CHECK.check(reason).deferral()).as(reason).isFalse();
        }
    }

    @Test
    void every_scripted_deferral_is_one_the_rule_refuses() {
        for (var attempt : Catalogue.DEFERRALS) {
            assertThat(CHECK.check(attempt).deferral()).as(attempt).isTrue();
        }
    }

    @Test
    void the_decision_a_chair_overrules_is_one_the_rule_refuses_and_its_story_is_of_the_cast() {
        var overruled = Catalogue.OVERRULED.template().fill(Catalogue.fills(new Random(0)));
        var atTable = Stream.concat(Cast.CHAIRS.stream(), Cast.VPS.stream()).map(Cast.Part::handle).toList();

        assertThat(CHECK.check(overruled.decision()).deferral()).as(overruled.decision()).isTrue();
        assertThat(Catalogue.OVERRULED.overrule()).isNotBlank().hasSizeLessThanOrEqualTo(400);
        assertThat(List.of(overruled.raiser(), overruled.blocking(), overruled.owner())).allMatch(atTable::contains);
        assertThat(overruled.title()).doesNotContain("{", "}");
    }

    @Test
    void trust_and_safety_raises_stories_that_vary_so_one_can_be_at_risk_every_week() {
        assertThat(Catalogue.TEMPLATES).filteredOn(t -> t.raiser().equals("ruth") && t.varies()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Cast.find("ruth").team()).isEqualTo(History.AROUND_THE_CLOCK);
    }

    @Test
    void every_story_names_people_of_the_cast_who_may_raise_block_and_own() {
        var atTable = Stream.concat(Cast.CHAIRS.stream(), Cast.VPS.stream()).map(Cast.Part::handle).toList();

        assertThat(everyFilling()).allSatisfy(s -> {
            assertThat(s.raiser()).isIn(atTable);
            assertThat(s.blocking()).isIn(atTable).isNotEqualTo(s.raiser());
            assertThat(s.owner()).isIn(atTable);
            assertThat(s.kind()).isIn("blocked", "misaligned", "off-track");
            assertThat(s.impact()).isIn("high", "medium", "low");
            assertThat(s.title()).hasSizeBetween(1, 200).doesNotContain("{", "}");
            assertThat(s.detail()).hasSizeLessThanOrEqualTo(4000).doesNotContain("{", "}");
            assertThat(s.decision()).doesNotContain("{", "}");
        });
    }

    @Test
    void every_area_of_the_company_raises_blockers() {
        var raisers = new HashSet<String>();
        Catalogue.TEMPLATES.forEach(t -> raisers.add(t.raiser()));

        assertThat(raisers).containsAll(Cast.VPS.stream().map(Cast.Part::handle).toList());
    }

    @Test
    void the_deck_never_deals_the_same_title_twice_in_two_hundred_stories() {
        var deck = new Catalogue.Deck(new Random(1));
        var titles = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            assertThat(titles.add(deck.next().title())).isTrue();
        }
    }

    /// Every template filled with each value of each placeholder in turn.
    private static List<Catalogue.Story> everyFilling() {
        var stories = new ArrayList<Catalogue.Story>();
        var base = Catalogue.fills(new Random(0));
        for (var template : Catalogue.TEMPLATES) {
            stories.add(template.fill(base));
            for (var placeholder : Catalogue.FILLS.entrySet()) {
                for (var value : placeholder.getValue()) {
                    var fills = new HashMap<>(base);
                    fills.put(placeholder.getKey(), value);
                    stories.add(template.fill(fills));
                }
            }
        }
        return stories;
    }
}
