package io.eteam.deferral;

import java.text.Normalizer;
import java.util.Arrays;

/// Turns a text into hashed sparse features that read any of the corpus's languages: character
/// 2–5-grams (typos, missing spaces and inflections still share most of them), word unigrams and
/// bigrams, and what the hand-written rules find. Each vector has unit length, so a long decision
/// is not louder than a short one.
final class Ngrams {

    /// Hash buckets: a power of two.
    static final int DIM = 1 << 18;

    private Ngrams() {
    }

    /// A sparse vector: bucket indices and their values (duplicates summed by whoever reads it).
    record Vector(int[] index, float[] value, boolean ruleHit) {

        Vector(int[] index, float[] value) {
            this(index, value, false);
        }
    }

    /// The text as the features read it: compatibility-normalised, lower case, straight quotes,
    /// one space for any run of space.
    static String normalise(String text) {
        var s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        var out = new StringBuilder(s.length() + 2);
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            c = switch (c) {
                case '\u2018', '\u2019', '`' -> '\'';
                case '\u201C', '\u201D', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                default -> c;
            };
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().strip();
    }

    static Vector of(String text) {
        return of(text, true);
    }

    /// Without the rules' features, as the explanation reads a text with words taken out: the
    /// rules are too slow to run once per window, and their verdict is quoted on its own.
    static Vector of(String text, boolean rules) {
        var s = " " + normalise(text) + " ";
        int[] idx = new int[s.length() * 4 + 64];
        int n = 0;
        for (int len = 2; len <= 5; len++) {
            for (int i = 0; i + len <= s.length(); i++) {
                idx[n++] = bucket(s, i, i + len, len);
            }
        }
        var words = words(s);
        for (int i = 0; i < words.length; i++) {
            if (n + 2 >= idx.length) {
                idx = Arrays.copyOf(idx, idx.length * 2);
            }
            idx[n++] = bucket("w:" + words[i]);
            if (i + 1 < words.length) {
                idx[n++] = bucket("b:" + words[i] + " " + words[i + 1]);
            }
        }
        if (n + 3 >= idx.length) {
            idx = Arrays.copyOf(idx, idx.length + 8);
        }
        var found = rules ? Deferral.find(text) : java.util.Optional.<Deferral.Found>empty();
        if (found.isPresent()) {
            // The rules are right more often than not: worth a few features' weight.
            idx[n++] = bucket("rule:hit");
            idx[n++] = bucket("rule:hit2");
            idx[n++] = bucket("rule:" + found.get().family());
        } else if (rules) {
            idx[n++] = bucket("rule:none");
        }
        var index = Arrays.copyOf(idx, n);
        var value = new float[n];
        Arrays.fill(value, (float) (1 / Math.sqrt(n)));
        return new Vector(index, value, found.isPresent());
    }

    /// Words: runs of letters, digits and apostrophes.
    static String[] words(String normalised) {
        return Arrays.stream(normalised.split("[^\\p{L}\\p{N}']+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static int bucket(String s) {
        return bucket(s, 0, s.length(), 31);
    }

    /// FNV-1a over the characters and the n-gram length, then a final mix; stable across JVMs.
    private static int bucket(String s, int from, int to, int salt) {
        int h = 0x811C9DC5 ^ salt;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & (DIM - 1);
    }
}
