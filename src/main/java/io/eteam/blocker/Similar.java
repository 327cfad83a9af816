package io.eteam.blocker;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// BLK-12 — how closely two blocker titles match, as a pure function: the titles are reduced to
/// their words (lowercase, accents dropped, a plural's or a verb's `s` and short function words
/// left out), and compared by the Dice coefficient of their letter trigrams, which forgives word
/// order, inflection ("blocks", "blocking") and a typo, but not a different subject.
public final class Similar {

    /// The closeness from which a resolved blocker is suggested: 0 nothing alike, 1 the same words.
    public static final double THRESHOLD = 0.5;
    static final int MAX_SUGGESTED = 3;

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "and",
            "or", "is", "are", "was", "be", "by", "at", "from", "with", "our", "we", "it", "its", "this", "that", "again",
            "still", "not", "no");

    /// A resolved blocker that closely matches a new title.
    public record Match(long id, String title, Instant resolvedAt, double score) {
    }

    private Similar() {
    }

    /// The `candidates` (resolved blockers) that closely match `title`, at most three, closest first.
    public static List<Match> matches(String title, List<Blocker> candidates) {
        var wanted = trigrams(title);
        if (wanted.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Match>();
        for (var b : candidates) {
            double score = dice(wanted, trigrams(b.title()));
            if (score >= THRESHOLD) {
                found.add(new Match(b.id(), b.title(), b.resolvedAt(), Math.round(score * 100) / 100.0));
            }
        }
        found.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::id, Comparator.reverseOrder()));
        return found.size() > MAX_SUGGESTED ? List.copyOf(found.subList(0, MAX_SUGGESTED)) : List.copyOf(found);
    }

    /// How closely two titles match, from 0 to 1.
    public static double score(String a, String b) {
        return dice(trigrams(a), trigrams(b));
    }

    /// The letter trigrams of each word of `title` (padded, so a two-letter word counts too).
    static Set<String> trigrams(String title) {
        var text = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        var grams = new HashSet<String>();
        for (var word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word)) {
                continue;
            }
            var stem = stem(word);
            var padded = " " + stem + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /// English's commonest endings cut, so "blocks", "blocking" and "blocked" are one word.
    private static String stem(String word) {
        for (var ending : new String[] {"ing", "ed", "es", "s"}) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (var gram : a) {
            if (b.contains(gram)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }
}
