package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// A refusal explains itself: it quotes the person's own words and says how to decide instead.
class ExplanationTest {

    private static final DeferralCheck CHECK = new DeferralCheck();

    @ParameterizedTest(name = "“{0}” is refused quoting its own words")
    @ValueSource(strings = {
            "Let's take this offline",
            "Vi tar det offline efter mötet.",
            "Bo to look into it and come back with options",
            "Parking this until the audit ends; Ana owns nothing yet",
            "Can we sync tomorrow on the Brazil pricing?"})
    void a_refusal_quotes_words_of_the_text(String text) {
        var verdict = CHECK.check(text);

        assertThat(verdict.deferral()).isTrue();
        assertThat(text).contains(verdict.phrase());
        assertThat(verdict.phrase()).isNotBlank();
        assertThat(verdict.score()).isBetween(0.5, 1.0);
        assertThat(verdict.message()).startsWith("'" + verdict.phrase() + "' is not a decision: ")
                .endsWith("Record what was decided and name who does what by when.")
                .doesNotContain("\n");
    }

    @Test
    void every_refused_deferral_of_the_pool_quotes_words_as_written() throws Exception {
        var pool = Corpus.read(Path.of("src/corpus/deferral"), Corpus.pool(Path.of("src/corpus/deferral"))).rows();
        int refused = 0;
        for (var row : pool) {
            var verdict = CHECK.check(row.text());
            if (verdict.deferral()) {
                refused++;
                assertThat(row.text()).as(row.text()).contains(verdict.phrase());
                assertThat(verdict.phrase()).isNotBlank();
            }
        }
        assertThat(refused).isGreaterThan(1000);
    }

    @Test
    void a_decision_has_no_phrase_and_a_score_below_the_line() {
        var verdict = CHECK.check("Ship offline mode in Brazil on March 3; Bo owns it");

        assertThat(verdict.deferral()).isFalse();
        assertThat(verdict.phrase()).isNull();
        assertThat(verdict.score()).isBetween(0.0, 0.5);
    }
}
