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
/// dev by group (whole families held out too), trains the n-gram model and, mixed with it, a small
/// network over MiniLM sentence embeddings on train, sets each one's threshold on dev, prints both
/// on dev and test per language, and writes the better one (by dev) as the committed resource.
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

    @Option(names = "--held-out-families", description = "Draw this many whole families per label to hold out into dev, instead of the named ones.")
    int heldOutFamilies;

    @Option(names = "--held-out", split = ",", paramLabel = "LABEL/FAMILY", description = "The whole families held out into dev "
            + "(default: decision/action-later, decision/waiting-resolved, deferral/doc-async, deferral/hedge).")
    java.util.Set<String> heldOut = Splits.HELD_OUT;

    @Option(names = "--max-false-refusals", description = "Dev false-refusal rate the threshold may reach (default: ${DEFAULT-VALUE}).")
    double maxFalseRefusals = 0.005;

    @Option(names = "--no-embeddings", description = "Train the n-gram model only.")
    boolean noEmbeddings;

    @Option(names = "--no-test", description = "Leave test.tsv unread (while designing: nothing is tuned on it).")
    boolean noTest;

    @Option(names = "--errors", description = "Print the dev rows each model gets wrong.")
    boolean errors;

    @Option(names = "--epochs", description = "Passes over train for the n-gram model (default: ${DEFAULT-VALUE}).")
    int epochs = 30;

    @Option(names = "--rate", description = "AdaGrad rate of the n-gram model (default: ${DEFAULT-VALUE}).")
    double rate = 0.5;

    @Option(names = "--l2", description = "L2 decay of the n-gram model (default: ${DEFAULT-VALUE}).")
    double l2 = 1e-7;

    @Option(names = "--hidden", description = "Hidden units of the network over embeddings (default: ${DEFAULT-VALUE}).")
    int hidden = 64;

    @Option(names = "--head-epochs", description = "Passes over train for that network (default: ${DEFAULT-VALUE}).")
    int headEpochs = 30;

    @Option(names = "--head-l2", description = "L2 decay of that network (default: ${DEFAULT-VALUE}).")
    double headL2 = 1e-2;

    @Option(names = "--mix", description = "The n-gram model's share of the mixed log-odds (default: ${DEFAULT-VALUE}).")
    double mix = 0.65;

    @Option(names = "--extra", split = ",", description = "Files (in the corpus's format) whose rows go to train only: measures what new text adds on an unchanged dev.")
    List<Path> extra = List.of();

    @Option(names = "--dry-run", description = "Print the comparison without writing the model.")
    boolean dryRun;

    @Option(names = "--embedding-cache", description = "A file that keeps each text's embedding between runs, so that a "
            + "run that changes only the network or the mix skips most of the embedding; the results are the same "
            + "(default: ${DEFAULT-VALUE}).")
    Path embeddingCache = Path.of("target/deferral-embeddings.bin");

    public static void main(String[] args) {
        System.exit(new CommandLine(new Train()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        var out = new PrintWriter(System.out, true);
        var pool = Corpus.read(corpus, Corpus.pool(corpus));
        var held = heldOutFamilies > 0 ? Splits.draw(pool.rows(), seed, heldOutFamilies) : heldOut;
        var split = Splits.of(pool.rows(), seed, devShare, held);
        if (!extra.isEmpty()) {
            var train = new ArrayList<>(split.train());
            for (var file : extra) {
                train.addAll(Corpus.read(file.getParent(), List.of(file.getFileName().toString())).rows());
            }
            train.sort(java.util.Comparator.comparingDouble(r -> Splits.unit(seed ^ 0x5DEECE66DL, r.text())));
            split = new Splits(List.copyOf(train), split.dev(), split.heldOutFamilies());
        }
        var splits = split;
        List<Corpus.Row> testRows = !noTest ? Corpus.read(corpus, List.of(Corpus.TEST)).rows() : List.of();
        // Test rows whose words also stand in the pool (short common texts written twice): the
        // table also reports test without them, so that memory is not read as generalisation.
        var poolTexts = pool.rows().stream().map(r -> bare(r.text())).collect(java.util.stream.Collectors.toSet());
        var unseen = testRows.stream().filter(r -> !poolTexts.contains(bare(r.text()))).toList();
        out.printf(Locale.ROOT, "pool %d rows (sha256 %s): train %d, dev %d (held-out families %s), test %d (%d not in pool)%n",
                pool.rows().size(), pool.sha256().substring(0, 12), splits.train().size(), splits.dev().size(),
                splits.heldOutFamilies(), testRows.size(), unseen.size());

        var vectors = new IdentityHashMap<Corpus.Row, Ngrams.Vector>();
        for (var list : List.of(splits.train(), splits.dev(), testRows)) {
            for (var row : list) {
                vectors.put(row, Ngrams.of(row.text()));
            }
        }
        var ngram = Model.quantised(trainNgram(splits.train(), vectors, seed));
        var untuned = new Model("ngram", pool.sha256(), 0.5, 1, 1, ngram, null);
        ToDoubleFunction<Corpus.Row> ngramScore = r -> untuned.score(vectors.get(r), null);
        var ngramModel = untuned.withThresholds(Scores.threshold(splits.dev(), ngramScore, maxFalseRefusals),
                ruleFloor(splits.dev(), vectors, ngramScore));

        var table = new ArrayList<String>();
        ToDoubleFunction<Corpus.Row> ngramVerdict = r -> ngramModel.verdict(vectors.get(r), null);
        report(table, "ngram", ngramVerdict, splits.dev(), testRows, unseen);
        if (errors) {
            printErrors(out, "ngram", ngramVerdict, splits.dev());
        }
        var chosen = ngramModel;
        double chosenDev = Scores.of(splits.dev(), ngramVerdict, 0.5).get(0).accuracy();

        if (!noEmbeddings) {
            long t0 = System.nanoTime();
            var embedder = new Embedder();
            var cache = EmbeddingCache.open(embeddingCache);
            var embedded = new IdentityHashMap<Corpus.Row, float[]>();
            for (var list : List.of(splits.train(), splits.dev(), testRows)) {
                for (var row : list) {
                    embedded.put(row, cache.embed(embedder, row.text()));
                }
            }
            cache.save();
            out.printf(Locale.ROOT, "embedded %d texts in %.1f s%n", embedded.size(), (System.nanoTime() - t0) / 1e9);
            var head = Mlp.train(splits.train().stream().map(embedded::get).toList(),
                    splits.train().stream().map(Corpus.Row::deferral).toList(), hidden, headEpochs, 1e-3, headL2, seed + 11)
                    .quantised();
            var minilm = new Model("ngram+minilm", pool.sha256(), 0.5, 1, mix, ngram, head);
            ToDoubleFunction<Corpus.Row> raw = r -> minilm.score(vectors.get(r), embedded.get(r));
            var tuned = minilm.withThresholds(Scores.threshold(splits.dev(), raw, maxFalseRefusals),
                    ruleFloor(splits.dev(), vectors, raw));
            ToDoubleFunction<Corpus.Row> minilmVerdict = r -> tuned.verdict(vectors.get(r), embedded.get(r));
            report(table, "ngram+minilm", minilmVerdict, splits.dev(), testRows, unseen);
            if (errors) {
                printErrors(out, "ngram+minilm", minilmVerdict, splits.dev());
            }
            double dev = Scores.of(splits.dev(), minilmVerdict, 0.5).get(0).accuracy();
            if (dev > chosenDev) {
                chosen = tuned;
                chosenDev = dev;
            }
        }

        out.println(Scores.header());
        table.forEach(out::println);
        out.printf(Locale.ROOT, "chosen by dev accuracy: %s (threshold %.4f, rule floor %.4f; dev accuracy %.2f%%)%n",
                chosen.kind, chosen.threshold, chosen.ruleFloor, 100 * chosenDev);
        if (!dryRun) {
            Files.createDirectories(this.out.toAbsolutePath().getParent());
            try (var file = Files.newOutputStream(this.out)) {
                chosen.write(file);
            }
            out.printf(Locale.ROOT, "wrote %s (%d bytes)%n", this.out, Files.size(this.out));
        }
        return 0;
    }

    /// A text reduced to its words in lower case: "Later!" and "later" are the same text.
    static String bare(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static void report(List<String> table, String approach, ToDoubleFunction<Corpus.Row> score,
            List<Corpus.Row> dev, List<Corpus.Row> test, List<Corpus.Row> unseen) {
        Scores.of(dev, score, 0.5).forEach(s -> table.add(s.row(approach, "dev")));
        Scores.of(test, score, 0.5).forEach(s -> table.add(s.row(approach, "test")));
        if (!unseen.isEmpty()) {
            table.add(Scores.of(unseen, score, 0.5).get(0).row(approach, "test, not in pool"));
        }
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

    private static void printErrors(PrintWriter out, String approach, ToDoubleFunction<Corpus.Row> score,
            List<Corpus.Row> dev) {
        double threshold = 0.5;
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
}
