package io.eteam.deferral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/// Train and dev from the pool, by group and never by row: the variants of one phrasing (typo,
/// caps, emoji) stay on one side, or dev would only measure memory. On top of that a few whole
/// families go to dev, so dev also measures phrasings of a kind the model never saw.
/// Deterministic for a seed.
record Splits(List<Corpus.Row> train, List<Corpus.Row> dev, Set<String> heldOutFamilies) {

    /// The families held out into dev by default, named rather than drawn, so that dev holds the
    /// same kinds while the corpus grows (a draw changes with every new family) and models
    /// trained on more text are compared on the same ground. They were drawn once (seed 13, two
    /// per label) from the families then in the corpus.
    static final Set<String> HELD_OUT = new TreeSet<>(Set.of(
            "decision/action-later", "decision/waiting-resolved", "deferral/doc-async", "deferral/hedge"));

    /// `familiesPerLabel` families of each label drawn at random (for `seed`), as
    /// `deferral/FAMILY` or `decision/FAMILY`.
    static Set<String> draw(List<Corpus.Row> pool, long seed, int familiesPerLabel) {
        var held = new TreeSet<String>();
        for (boolean deferral : new boolean[] {true, false}) {
            var sizes = pool.stream()
                    .filter(r -> r.deferral() == deferral && !r.group().startsWith(Corpus.ALWAYS_TRAINED))
                    .collect(Collectors.groupingBy(Corpus.Row::family, LinkedHashMap::new, Collectors.counting()));
            // Small and middling families only: holding out "plain" or "offline" would leave
            // training without its backbone rather than test generalisation.
            var candidates = new ArrayList<>(sizes.entrySet().stream()
                    .filter(e -> e.getValue() >= 8 && e.getValue() <= 70)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList());
            java.util.Collections.shuffle(candidates, new Random(seed + (deferral ? 1 : 2)));
            candidates.stream().limit(familiesPerLabel).map(f -> key(deferral, f)).forEach(held::add);
        }
        return held;
    }

    /// Whole groups to dev for a share of them, and every row of the `held` families.
    static Splits of(List<Corpus.Row> pool, long seed, double devShare, Set<String> held) {
        var train = new ArrayList<Corpus.Row>();
        var dev = new ArrayList<Corpus.Row>();
        for (var row : pool) {
            boolean heldOut = held.contains(key(row.deferral(), row.family()));
            if (row.group().startsWith(Corpus.TRAIN_ONLY)) {
                // Text added after dev was fixed: it trains, and leaves dev as it was; a held-out
                // family's rows among it would let training see that family, so they are left out.
                if (!heldOut) {
                    train.add(row);
                }
                continue;
            }
            boolean toDev = !row.group().startsWith(Corpus.ALWAYS_TRAINED)
                    && (heldOut || unit(seed, row.group()) < devShare);
            (toDev ? dev : train).add(row);
            if (row.group().startsWith(Corpus.ALWAYS_TRAINED)) {
                // The contract weighs more than one more example: seen three times in each pass.
                train.add(row);
                train.add(row);
            }
        }
        train.sort(Comparator.comparingDouble(r -> unit(seed ^ 0x5DEECE66DL, r.text())));
        return new Splits(List.copyOf(train), List.copyOf(dev), new TreeSet<>(held));
    }

    private static String key(boolean deferral, String family) {
        return (deferral ? "deferral/" : "decision/") + family;
    }

    /// A number in [0, 1) fixed by the seed and the string, the same on every JVM.
    static double unit(long seed, String s) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }
}
