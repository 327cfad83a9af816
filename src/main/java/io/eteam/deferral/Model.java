package io.eteam.deferral;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/// A trained deferral classifier as committed under `src/main/resources/deferral/`: the n-gram
/// model (reads every language), and for the `minilm` kind a language gate and a head on
/// sentence embeddings for English. Weights are stored as 16-bit integers with one scale per
/// vector; [#quantised] applies the same rounding in memory so that what training measures is
/// exactly what the server runs.
final class Model {

    static final String MAGIC = "eteam-deferral-model";
    static final int FORMAT = 1;

    final String kind;
    final String corpusSha256;
    /// The line for the n-gram model's texts (all of them, for the n-gram kind).
    final double threshold;
    /// The line for the texts the embedding head reads: its scores have their own scale.
    final double thresholdEnglish;
    /// Where the rules' second opinion starts: a text the rules call a deferral is refused from here.
    final double ruleFloor;
    final Logistic ngram;
    /// P(English): routes a text to the embedding head; null for the n-gram kind.
    final Logistic english;
    /// Over the embedding and the rules' hit, mixed with the n-gram logit; null for the n-gram kind.
    final Logistic head;

    Model(String kind, String corpusSha256, double threshold, double thresholdEnglish, double ruleFloor, Logistic ngram,
            Logistic english, Logistic head) {
        this.ruleFloor = ruleFloor;
        this.kind = kind;
        this.corpusSha256 = corpusSha256;
        this.threshold = threshold;
        this.thresholdEnglish = thresholdEnglish;
        this.ngram = ngram;
        this.english = english;
        this.head = head;
    }

    boolean needsEmbeddings() {
        return head != null;
    }

    Model withThresholds(double t, double english, double ruleFloor) {
        return new Model(kind, corpusSha256, t, english, ruleFloor, ngram, this.english, head);
    }

    /// The line a score is compared with: the head's when an embedding was read.
    double threshold(boolean embedded) {
        return embedded && head != null ? thresholdEnglish : threshold;
    }

    /// True when the embedding head should read `x`: the text is English.
    boolean readsEnglish(Ngrams.Vector x) {
        return english != null && english.logit(x) >= 0;
    }

    /// The verdict's score, from 0 to 1 with the line at 0.5: the probability that the text defers,
    /// stretched so that its route's threshold reads 0.5. The rules are a second opinion: when they
    /// fire and the model leans the same way (p ≥ the rule floor, set on dev so that it refuses no
    /// dev decision), the text is refused even below the line: two readers agreeing are seldom both wrong.
    double verdict(Ngrams.Vector x, float[] embedding) {
        double p = score(x, embedding);
        double v = stretched(p, threshold(embedding != null));
        return x.ruleHit() && p >= ruleFloor ? Math.max(v, 0.5) : v;
    }

    /// `p` on a scale where `threshold` reads 0.5.
    static double stretched(double p, double threshold) {
        return p >= threshold ? 0.5 + 0.5 * (p - threshold) / (1 - threshold + 1e-12) : 0.5 * p / threshold;
    }

    /// The probability that the text defers; `embedding` may be null for the n-gram kind or a text
    /// the gate sends to the n-gram model.
    double score(Ngrams.Vector x, float[] embedding) {
        double z = ngram.logit(x);
        if (head == null || embedding == null) {
            return Logistic.sigmoid(z);
        }
        return Logistic.sigmoid(MIX * z + (1 - MIX) * head.logit(headInput(embedding, x)));
    }

    static final int HEAD_EXTRA = 1;

    /// The n-gram model's share of an English text's log-odds, set on dev (0.5 and 0.7 tried;
    /// stacking the n-gram logit into the head did worse than either).
    static final double MIX = 0.7;

    static final float EMBEDDING_SCALE = (float) Math.sqrt(384);

    /// The head's input: the embedding and whether the rules fired.
    static Ngrams.Vector headInput(float[] embedding, Ngrams.Vector x) {
        int d = embedding.length;
        var index = new int[d + HEAD_EXTRA];
        var value = new float[d + HEAD_EXTRA];
        for (int i = 0; i < d + HEAD_EXTRA; i++) {
            index[i] = i;
        }
        // MiniLM's vectors have unit length: scaled to unit variance per coordinate, so that one
        // learning rate suits them and the two extra features alike.
        for (int i = 0; i < d; i++) {
            value[i] = embedding[i] * EMBEDDING_SCALE;
        }
        value[d] = x.ruleHit() ? 1 : 0;
        return new Ngrams.Vector(index, value);
    }

    static Logistic quantised(Logistic l) {
        float max = 0;
        for (float w : l.weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        var w = new float[l.weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.round(l.weights[i] / scale) * scale;
        }
        return new Logistic(w, l.bias);
    }

    void write(OutputStream out) throws IOException {
        try (var data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeUTF(MAGIC);
            data.writeInt(FORMAT);
            data.writeUTF(kind);
            data.writeUTF(corpusSha256);
            data.writeDouble(threshold);
            data.writeDouble(thresholdEnglish);
            data.writeDouble(ruleFloor);
            writeVector(data, ngram);
            data.writeBoolean(head != null);
            if (head != null) {
                writeVector(data, english);
                writeVector(data, head);
            }
        }
    }

    static Model read(InputStream in) throws IOException {
        try (var data = new DataInputStream(new GZIPInputStream(in))) {
            if (!MAGIC.equals(data.readUTF())) {
                throw new IOException("not an eteam deferral model");
            }
            int format = data.readInt();
            if (format != FORMAT) {
                throw new IOException("deferral model format " + format + ", this build reads " + FORMAT);
            }
            var kind = data.readUTF();
            var hash = data.readUTF();
            double threshold = data.readDouble();
            double thresholdEnglish = data.readDouble();
            double ruleFloor = data.readDouble();
            var ngram = readVector(data);
            Logistic english = null;
            Logistic head = null;
            if (data.readBoolean()) {
                english = readVector(data);
                head = readVector(data);
            }
            return new Model(kind, hash, threshold, thresholdEnglish, ruleFloor, ngram, english, head);
        }
    }

    private static void writeVector(DataOutputStream data, Logistic l) throws IOException {
        float max = 0;
        for (float w : l.weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        data.writeInt(l.weights.length);
        data.writeFloat(scale);
        data.writeFloat(l.bias);
        for (float w : l.weights) {
            data.writeShort(Math.round(w / scale));
        }
    }

    private static Logistic readVector(DataInputStream data) throws IOException {
        int n = data.readInt();
        float scale = data.readFloat();
        float bias = data.readFloat();
        var w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = data.readShort() * scale;
        }
        return new Logistic(w, bias);
    }
}
