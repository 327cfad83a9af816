package io.eteam.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The committed model measured on the held-out test split, which no step of training, feature
/// design or tuning reads (see `Train`). Prints the table per language.
class HeldOutTest {

    @Test
    void the_committed_model_decides_at_least_97_percent_of_the_test_split_and_refuses_at_most_1_percent_of_decisions()
            throws Exception {
        // Issue 13's bar for the test; the committed model measures 97.49%, 4 of 513 decisions
        // refused (README), so a retrained model that does worse on text it never saw fails the build.
        var all = measure();
        assertThat(all.accuracy()).as("accuracy on test.tsv").isGreaterThanOrEqualTo(0.97);
        assertThat(all.falseRefusals()).as("false refusals on test.tsv").isLessThanOrEqualTo(0.01);
    }

    private static Scores measure() throws Exception {
        var check = new DeferralCheck();
        var rows = Corpus.read(Path.of("src/corpus/deferral"), List.of(Corpus.TEST)).rows();
        var verdicts = new IdentityHashMap<Corpus.Row, Verdict>();
        rows.forEach(row -> verdicts.put(row, check.check(row.text())));

        var scores = Scores.of(rows, row -> verdicts.get(row).deferral() ? 1 : 0, 0.5);
        System.out.println(Scores.header());
        scores.forEach(s -> System.out.println(s.row("committed", "test")));

        var all = scores.get(0);
        assertThat(all.n()).isEqualTo(rows.size());
        return all;
    }
}
