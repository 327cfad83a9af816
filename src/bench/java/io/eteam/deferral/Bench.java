package io.eteam.deferral;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/// Measures one deferral check, warm: loads the committed model, checks every text of the pool
/// twice to warm up, then times each check of a third pass and prints the median and p99 (the
/// spec's target: median ≤ 5 ms, p99 ≤ 20 ms). Run by `src/bench/deferral.sh`.
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        var corpus = Path.of(args.length > 0 ? args[0] : "src/corpus/deferral");
        long t0 = System.nanoTime();
        var check = new DeferralCheck();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        var texts = Corpus.read(corpus, Corpus.pool(corpus)).rows().stream().map(Corpus.Row::text).toList();
        int warm = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (var text : texts) {
                warm += check.check(text).deferral() ? 1 : 0;
            }
        }
        int refused = 0;
        var ms = new double[texts.size()];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            refused += check.check(texts.get(i)).deferral() ? 1 : 0;
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        // The same checks split by length: the embedding's cost grows with the text.
        var shortMs = new java.util.ArrayList<Double>();
        var longMs = new java.util.ArrayList<Double>();
        for (int i = 0; i < ms.length; i++) {
            (texts.get(i).split("\\s+").length <= SHORT_WORDS ? shortMs : longMs).add(ms[i]);
        }
        System.out.printf(Locale.ROOT, "load %.0f ms; refused %d of the timed checks (%d while warming up); RSS %s%n",
                loadMs, refused, warm, rss());
        print("all texts", Arrays.stream(ms).boxed().toList());
        print("up to " + SHORT_WORDS + " words", shortMs);
        print("longer", longMs);
    }

    static final int SHORT_WORDS = 25;

    private static void print(String what, java.util.List<Double> times) {
        var ms = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (ms.length == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-18s %6d checks: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                ms.length, ms[ms.length / 2], ms[(int) (ms.length * 0.9)], ms[(int) Math.ceil(ms.length * 0.99) - 1], ms[ms.length - 1]);
    }

    private static String rss() {
        try {
            return java.nio.file.Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }
}
