package io.eteam.deferral;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/// Trains the deferral classifier from the corpus in one command: splits the pool into train and
/// dev by group (whole families held out too), trains the n-gram model and the MiniLM-embedding
/// model on train, sets each one's threshold on dev, prints both on dev and test per language,
/// and writes the better one (by dev) as the committed resource.
@Command(name = "train-deferral", mixinStandardHelpOptions = true,
        description = "Trains the deferral classifier on src/corpus/deferral and writes its weights.")
public final class Train implements Callable<Integer> {

    @Option(names = "--corpus", description = "The corpus folder (default: ${DEFAULT-VALUE}).")
    Path corpus = Path.of("src/corpus/deferral");

    @Option(names = "--out", description = "Where the chosen model is written (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/deferral/model.bin");

    @Option(names = "--seed", description = "Seed of the split and of training (default: ${DEFAULT-VALUE}).")
    long seed = 13;

    @Option(names = "--dev-share", description = "Share of the remaining groups sent to dev (default: ${DEFAULT-VALUE}).")
    double devShare = 0.15;

    @Option(names = "--held-out-families", description = "Whole families per label held out into dev (default: ${DEFAULT-VALUE}).")
    int heldOutFamilies = 2;

    @Option(names = "--max-false-refusals", description = "Dev false-refusal rate the threshold may reach (default: ${DEFAULT-VALUE}).")
    double maxFalseRefusals = 0.005;

    @Option(names = "--no-embeddings", description = "Train the n-gram model only.")
    boolean noEmbeddings;

    @Option(names = "--no-test", description = "Leave test.tsv unread (while designing: nothing is tuned on it).")
    boolean noTest;

    @Option(names = "--errors", description = "Print the dev rows each model gets wrong.")
    boolean errors;

    @Option(names = "--epochs", description = "Passes over train for the n-gram model (default: ${DEFAULT-VALUE}).")
    int epochs = 12;

    @Option(names = "--rate", description = "AdaGrad rate of the n-gram model (default: ${DEFAULT-VALUE}).")
    double rate = 0.5;

    @Option(names = "--l2", description = "L2 decay of the n-gram model (default: ${DEFAULT-VALUE}).")
    double l2 = 1e-7;

    @Option(names = "--dry-run", description = "Print the comparison without writing the model.")
    boolean dryRun;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Train()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true);
        var pool = Corpus.read(corpus, Corpus.POOL);
        var splits = Splits.of(pool.rows(), seed, devShare, heldOutFamilies);
        List<Corpus.Row> testRows = !noTest ? Corpus.read(corpus, List.of(Corpus.TEST)).rows() : List.of();
        out.printf(Locale.ROOT, "pool %d rows (sha256 %s): train %d, dev %d (held-out families %s), test %d%n",
                pool.rows().size(), pool.sha256().substring(0, 12), splits.train().size(), splits.dev().size(),
                splits.heldOutFamilies(), testRows.size());

        var vectors = new IdentityHashMap<Corpus.Row, Ngrams.Vector>();
        for (var list : List.of(splits.train(), splits.dev(), testRows)) {
            for (var row : list) {
                vectors.put(row, Ngrams.of(row.text()));
            }
        }
        var ngram = Model.quantised(trainNgram(splits.train(), vectors, seed));
        var untuned = new Model("ngram", pool.sha256(), 0.5, 0.5, 1, ngram, null, null);
        ToDoubleFunction<Corpus.Row> ngramScore = r -> untuned.score(vectors.get(r), null);
        double t = Scores.threshold(splits.dev(), ngramScore, maxFalseRefusals);
        var ngramModel = untuned.withThresholds(t, t, ruleFloor(splits.dev(), vectors, ngramScore));

        var table = new ArrayList<String>();
        ToDoubleFunction<Corpus.Row> ngramVerdict = r -> ngramModel.verdict(vectors.get(r), null);
        report(table, "ngram", 0.5, ngramVerdict, splits.dev(), testRows);
        if (errors) {
            printErrors(out, "ngram", 0.5, ngramVerdict, splits.dev());
        }
        var chosen = ngramModel;
        double chosenDev = Scores.of(splits.dev(), ngramVerdict, 0.5).get(0).accuracy();

        if (!noEmbeddings) {
            long t0 = System.nanoTime();
            var embedder = new Embedder();
            var embedded = new IdentityHashMap<Corpus.Row, float[]>();
            for (var list : List.of(splits.train(), splits.dev(), testRows)) {
                for (var row : list) {
                    embedded.put(row, embedder.embed(row.text()));
                }
            }
            out.printf(Locale.ROOT, "embedded %d texts in %.1f s%n", embedded.size(), (System.nanoTime() - t0) / 1e9);
            var english = Model.quantised(trainEnglish(splits.train(), vectors, seed));
            var headX = new ArrayList<Ngrams.Vector>();
            var headY = new ArrayList<Boolean>();
            for (var row : splits.train()) {
                if (row.lang().equals("en")) {
                    headX.add(Model.headInput(embedded.get(row), vectors.get(row)));
                    headY.add(row.deferral());
                }
            }
            var head = Model.quantised(Logistic.train(headX, headY, Embedder.DIM + Model.HEAD_EXTRA, 40, 0.05, 1e-5, 1.0, seed));
            var minilm = new Model("ngram+minilm", pool.sha256(), 0.5, 0.5, 1, ngram, english, head);
            var routed = new IdentityHashMap<Corpus.Row, Boolean>();
            for (var list : List.of(splits.train(), splits.dev(), testRows)) {
                for (var row : list) {
                    routed.put(row, minilm.readsEnglish(vectors.get(row)));
                }
            }
            ToDoubleFunction<Corpus.Row> raw = r -> minilm.score(vectors.get(r), routed.get(r) ? embedded.get(r) : null);
            var devEnglish = splits.dev().stream().filter(routed::get).toList();
            var devOther = splits.dev().stream().filter(r -> !routed.get(r)).toList();
            var tuned = minilm.withThresholds(Scores.threshold(devOther, raw, maxFalseRefusals),
                    Scores.threshold(devEnglish, raw, maxFalseRefusals), ruleFloor(splits.dev(), vectors, raw));
            // Each route's score is shifted so that its own line sits at 0.5: one threshold then reads both.
            ToDoubleFunction<Corpus.Row> minilmScore = r -> tuned.verdict(vectors.get(r), routed.get(r) ? embedded.get(r) : null);
            report(table, "ngram+minilm", 0.5, minilmScore, splits.dev(), testRows);
            if (errors) {
                printErrors(out, "ngram+minilm", 0.5, minilmScore, splits.dev());
            }
            double dev = Scores.of(splits.dev(), minilmScore, 0.5).get(0).accuracy();
            if (dev > chosenDev) {
                chosen = tuned;
                chosenDev = dev;
            }
        }

        out.println(Scores.header());
        table.forEach(out::println);
        out.printf(Locale.ROOT, "chosen by dev accuracy: %s (threshold %.4f, English head %.4f, rule floor %.4f; dev accuracy %.2f%%)%n",
                chosen.kind, chosen.threshold, chosen.thresholdEnglish, chosen.ruleFloor, 100 * chosenDev);
        if (!dryRun) {
            Files.createDirectories(this.out.toAbsolutePath().getParent());
            try (var file = Files.newOutputStream(this.out)) {
                chosen.write(file);
            }
            out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", this.out, Files.size(this.out));
        }
        return 0;
    }

    private static void report(List<String> table, String approach, double threshold, ToDoubleFunction<Corpus.Row> score,
            List<Corpus.Row> dev, List<Corpus.Row> test) {
        Scores.of(dev, score, threshold).forEach(s -> table.add(s.row(approach, "dev")));
        Scores.of(test, score, threshold).forEach(s -> table.add(s.row(approach, "test")));
    }

    /// The lowest probability, at least even odds, from which a text the rules call a deferral can
    /// be refused without refusing any dev decision the rules call a deferral.
    static double ruleFloor(List<Corpus.Row> dev, Map<Corpus.Row, Ngrams.Vector> vectors, ToDoubleFunction<Corpus.Row> p) {
        double floor = 0.5;
        for (var row : dev) {
            if (!row.deferral() && vectors.get(row).ruleHit()) {
                floor = Math.max(floor, Math.nextUp(p.applyAsDouble(row)));
            }
        }
        return floor;
    }

    private static void printErrors(PrintWriter out, String approach, double threshold, ToDoubleFunction<Corpus.Row> score,
            List<Corpus.Row> dev) {
        for (var row : dev) {
            double p = score.applyAsDouble(row);
            if ((p >= threshold) != row.deferral() || !row.deferral() && p >= 0.3) {
                out.printf(Locale.ROOT, "%s\t%.3f\t%s\t%s\t%s\t%s%n", approach, p, row.deferral() ? "deferral" : "decision",
                        row.lang(), row.family(), row.text());
            }
        }
    }

    Logistic trainNgram(List<Corpus.Row> rows, Map<Corpus.Row, Ngrams.Vector> vectors, long seed) {
        var xs = rows.stream().map(vectors::get).toList();
        var ys = rows.stream().map(Corpus.Row::deferral).toList();
        return Logistic.train(xs, ys, Ngrams.DIM, epochs, rate, l2, 1.0, seed);
    }

    static Logistic trainEnglish(List<Corpus.Row> rows, Map<Corpus.Row, Ngrams.Vector> vectors, long seed) {
        var xs = rows.stream().map(vectors::get).toList();
        var ys = rows.stream().map(r -> r.lang().equals("en")).toList();
        return Logistic.train(xs, ys, Ngrams.DIM, 5, 0.5, 1e-7, 1.0, seed + 7);
    }
}
