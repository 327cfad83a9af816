package io.eteam.deferral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/// Tells a decision from a deferral (DEF-1): every resolution's decision, every withdrawal's reason
/// and every imported decision goes through `check`, and so does the check as you type. The
/// verdict is the trained classifier's (see `Train`), loaded from `deferral/model.bin`; the
/// hand-written rules are among its features and, when they fire, name the words quoted.
public final class DeferralCheck {

    /// How a deferral is made a decision, said after why the words defer.
    static final String HOW = "Record what was decided and name who does what by when.";

    static final String RESOURCE = "/deferral/model.bin";

    /// Said when the rules did not recognise the words the classifier quotes.
    static final String WHY_LEARNT = "it leaves the decision to be made some other time, somewhere else or by someone else";

    private final CompletableFuture<Loaded> loaded;

    private boolean started;

    private record Loaded(Model model, Embedder embedder) {
    }

    /// Loads the model now, on this thread: for tests and tools that check at once.
    public DeferralCheck() {
        this.loaded = CompletableFuture.completedFuture(load());
    }

    private DeferralCheck(CompletableFuture<Loaded> loaded) {
        this.loaded = loaded;
    }

    /// A check whose model loads on a thread of its own once [#startLoading] is called, so that a
    /// server answers its first request without waiting for it; a check made before the model is
    /// ready starts the loading if nobody did and waits for it, never answering without the model.
    public static DeferralCheck background() {
        return new DeferralCheck(new CompletableFuture<>());
    }

    /// Starts loading the model in the background, once; returns at once.
    public DeferralCheck startLoading() {
        synchronized (loaded) {
            if (started || loaded.isDone()) {
                return this;
            }
            started = true;
        }
        var thread = new Thread(() -> {
            try {
                loaded.complete(load());
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            }
        }, "deferral-model");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /// Runs `then` on the loading thread once the model has loaded (at once if it has); never
    /// when loading failed.
    public void whenLoaded(Runnable then) {
        loaded.thenRun(then);
    }

    private static Loaded load() {
        try (var in = DeferralCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The deferral model " + RESOURCE + " is missing from the jar.");
            }
            var model = Model.read(in);
            Embedder embedder = null;
            if (model.needsEmbeddings()) {
                embedder = new Embedder();
                // The first embedding builds ONNX Runtime's session state: pay for it while loading.
                embedder.embed("Ship it Monday.");
                // Reading the ONNX model goes through tens of megabytes of garbage; a full
                // collection now lets the JVM hand that memory back instead of keeping it resident.
                System.gc();
            }
            return new Loaded(model, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Lets a process exit safely: waits, at most `limit`, for a loading that has begun to end,
    /// and keeps one from beginning afterwards. A JVM that exits while the loading thread is
    /// inside ONNX Runtime's native code can crash on the way out (SIGSEGV, exit status 134, an
    /// `hs_err_pid` file in the working directory), as servers stopped within their first
    /// seconds did in the benchmarks.
    public void shutDown(Duration limit) {
        synchronized (loaded) {
            if (!started) {
                loaded.completeExceptionally(new IllegalStateException("The deferral check has been shut down."));
                return;
            }
        }
        try {
            loaded.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Loading failed, or is taking longer than an exit may wait: exit regardless.
        }
    }

    /// Waits until the model is loaded; throws what loading it threw.
    public DeferralCheck awaitLoaded() {
        loaded();
        return this;
    }

    private Loaded loaded() {
        startLoading();
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /// Reads `text`; blank text reads as a decision (refusing it is `isBlank`'s job).
    public Verdict check(String text) {
        if (isBlank(text)) {
            return Verdict.decision(0.0);
        }
        var l = loaded();
        var x = Ngrams.of(text);
        float[] embedding = l.embedder != null ? l.embedder.embed(text) : null;
        double score = l.model.verdict(x, embedding);
        if (score < 0.5) {
            return Verdict.decision(score);
        }
        var found = Deferral.find(text);
        if (found.isPresent()) {
            return new Verdict(true, found.get().phrase(), Deferral.why(found.get()) + ". " + HOW, score);
        }
        return new Verdict(true, driving(l.model, text), WHY_LEARNT + ". " + HOW, score);
    }

    /// DEF-2 — true when there is nothing to read: null, empty, or only spaces, punctuation and
    /// symbols; such text is refused as missing, not as a deferral.
    public static boolean isBlank(String text) {
        return Deferral.isBlank(text);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-‑]*");

    private static final int WIDEST = 4;

    /// The words that drive the score, as written: the window of up to four words whose removal
    /// lowers the n-gram model's log-odds the most (the shortest of those within a tenth of it).
    static String driving(Model model, String text) {
        var starts = new ArrayList<Integer>();
        var ends = new ArrayList<Integer>();
        var m = WORD.matcher(text);
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        if (starts.size() <= 1) {
            return text.strip();
        }
        double base = model.ngram.logit(Ngrams.of(text, false));
        int n = starts.size();
        double[][] drop = new double[WIDEST + 1][n];
        double best = Double.NEGATIVE_INFINITY;
        for (int w = 1; w <= Math.min(WIDEST, n - 1); w++) {
            for (int i = 0; i + w <= n; i++) {
                var without = text.substring(0, starts.get(i)) + text.substring(ends.get(i + w - 1));
                drop[w][i] = base - model.ngram.logit(Ngrams.of(without, false));
                best = Math.max(best, drop[w][i]);
            }
        }
        double enough = best - Math.abs(best) * 0.1;
        for (int w = 1; w <= Math.min(WIDEST, n - 1); w++) {
            for (int i = 0; i + w <= n; i++) {
                if (drop[w][i] >= enough) {
                    return text.substring(starts.get(i), ends.get(i + w - 1));
                }
            }
        }
        return text.strip();
    }
}
