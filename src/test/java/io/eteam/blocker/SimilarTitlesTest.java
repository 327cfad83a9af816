package io.eteam.blocker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/// BLK-12 on titles written apart from the code: `src/test/resources/similar/title-pairs.tsv` holds
/// 240 pairs of blocker titles a helper who never saw `Similar` labelled `same` (the problem came
/// back, however reworded) or `different` (another problem sharing words). Suggesting is a hint,
/// never a refusal, so a wrong suggestion costs a glance and a missed one costs nothing new. The
/// threshold (0.5) was set before the pairs were read; measured then: recall 0.92 (110 of 120
/// recurrences suggested), precision 0.71 (44 of the 120 different pairs, written to share words,
/// suggested too). The floors below are those figures rounded down, so a change that makes the
/// suggestions worse on input nobody here wrote fails.
class SimilarTitlesTest {

    record Pair(boolean same, String earlier, String later) {
    }

    static List<Pair> pairs() throws IOException {
        try (var in = Objects.requireNonNull(SimilarTitlesTest.class.getResourceAsStream("/similar/title-pairs.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .map(line -> line.split("\t"))
                    .map(f -> new Pair(f[0].equals("same"), f[1], f[2]))
                    .toList();
        }
    }

    @Test
    void on_pairs_labelled_apart_from_the_code_suggestions_are_mostly_right() throws IOException {
        var pairs = pairs();
        int truePositive = 0;
        int falsePositive = 0;
        int same = 0;
        for (var p : pairs) {
            var earlier = new Blocker(1, p.earlier(), "", Kind.BLOCKED, Impact.MEDIUM, 10, "vp", null, Instant.EPOCH,
                    Status.RESOLVED, Instant.EPOCH, "d", "vp", null, null);
            boolean suggested = !Similar.matches(p.later(), List.of(earlier)).isEmpty();
            same += p.same() ? 1 : 0;
            truePositive += suggested && p.same() ? 1 : 0;
            falsePositive += suggested && !p.same() ? 1 : 0;
        }
        double recall = (double) truePositive / same;
        double precision = truePositive + falsePositive == 0 ? 0 : (double) truePositive / (truePositive + falsePositive);
        System.out.printf("Similar titles: %d pairs, recall %.2f, precision %.2f (%d suggested wrongly of %d different)%n",
                pairs.size(), recall, precision, falsePositive, pairs.size() - same);
        assertThat(pairs).hasSize(240);
        assertThat(recall).isGreaterThanOrEqualTo(0.90);
        assertThat(precision).isGreaterThanOrEqualTo(0.70);
    }
}
