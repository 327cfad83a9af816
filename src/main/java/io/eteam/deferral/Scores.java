package io.eteam.deferral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/// How well a classifier does on labelled rows: accuracy, deferral recall and the false-refusal
/// rate (decisions refused / decisions), overall and per language.
record Scores(String scope, int n, int deferrals, int caught, int decisions, int refused) {

    double accuracy() {
        return n == 0 ? Double.NaN : (caught + decisions - refused) / (double) n;
    }

    double recall() {
        return deferrals == 0 ? Double.NaN : caught / (double) deferrals;
    }

    double falseRefusals() {
        return decisions == 0 ? Double.NaN : refused / (double) decisions;
    }

    /// Scores of `score` (probability of a deferral) at `threshold`: "all" first, then each language.
    static List<Scores> of(List<Corpus.Row> rows, ToDoubleFunction<Corpus.Row> score, double threshold) {
        var counts = new LinkedHashMap<String, int[]>();
        counts.put("all", new int[4]);
        for (var lang : List.of("en", "sv", "de", "es", "fr")) {
            counts.put(lang, new int[4]);
        }
        for (var row : rows) {
            boolean refused = score.applyAsDouble(row) >= threshold;
            for (var key : List.of("all", row.lang())) {
                var c = counts.computeIfAbsent(key, k -> new int[4]);
                if (row.deferral()) {
                    c[0]++;
                    c[1] += refused ? 1 : 0;
                } else {
                    c[2]++;
                    c[3] += refused ? 1 : 0;
                }
            }
        }
        var out = new ArrayList<Scores>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            var c = e.getValue();
            if (c[0] + c[2] > 0) {
                out.add(new Scores(e.getKey(), c[0] + c[2], c[0], c[1], c[2], c[3]));
            }
        }
        return out;
    }

    /// The lowest threshold whose false-refusal rate on `rows` is at most `maxFalseRefusals`: a
    /// decision let through costs less than a decision refused, so the line sits just above the
    /// decisions that look most like deferrals.
    static double threshold(List<Corpus.Row> rows, ToDoubleFunction<Corpus.Row> score, double maxFalseRefusals) {
        var decisions = rows.stream().filter(r -> !r.deferral()).mapToDouble(score).sorted().toArray();
        int allowed = (int) Math.floor(maxFalseRefusals * decisions.length);
        // Refusing at most `allowed` decisions: the threshold lies just above the (allowed+1)-th highest.
        // Never below even odds: the line favours letting a decision through.
        double above = allowed >= decisions.length ? 0 : decisions[decisions.length - 1 - allowed];
        return Math.max(0.5, Math.nextUp(above));
    }

    String row(String approach, String split) {
        return String.format(java.util.Locale.ROOT, "| %-14s | %-17s | %-4s | %5d | %7.2f%% | %7.2f%% | %6.2f%% (%d/%d) |",
                approach, split, scope, n, 100 * accuracy(), 100 * recall(), 100 * falseRefusals(), refused, decisions);
    }

    static String header() {
        return "| approach       | split             | lang |     n | accuracy |  recall  | false refusals      |\n"
                + "|----------------|-------------------|------|-------|----------|----------|---------------------|";
    }
}
