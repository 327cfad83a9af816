package io.eteam.deferral;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/// A trained deferral classifier as committed under `src/main/resources/deferral/`: the n-gram
/// model (reads the words of every language) and, for the `ngram+minilm` kind, a small network
/// over the text's MiniLM sentence embedding (reads meaning), their log-odds mixed. Weights are
/// stored as 16-bit integers ([Quantised]); training measures the rounded weights the server runs.
final class Model {

    static final String MAGIC = "eteam-deferral-model";
    static final int FORMAT = 2;

    final String kind;
    final String corpusSha256;
    /// The line on the mixed probability, set on dev.
    final double threshold;
    /// Where the rules' second opinion starts: a text the rules call a deferral is refused from here.
    final double ruleFloor;
    /// The n-gram model's share of the log-odds; the rest is the head's.
    final double mix;
    final Logistic ngram;
    /// Over the embedding; null for the n-gram kind.
    final Mlp head;

    Model(String kind, String corpusSha256, double threshold, double ruleFloor, double mix, Logistic ngram, Mlp head) {
        this.kind = kind;
        this.corpusSha256 = corpusSha256;
        this.threshold = threshold;
        this.ruleFloor = ruleFloor;
        this.mix = mix;
        this.ngram = ngram;
        this.head = head;
    }

    boolean needsEmbeddings() {
        return head != null;
    }

    Model withThresholds(double threshold, double ruleFloor) {
        return new Model(kind, corpusSha256, threshold, ruleFloor, mix, ngram, head);
    }

    /// The verdict's score, from 0 to 1 with the line at 0.5: the probability that the text defers,
    /// stretched so that the threshold reads 0.5. The rules are a second opinion: when they fire
    /// and the model leans the same way (p ≥ the rule floor, set on dev so that it refuses no dev
    /// decision), the text is refused even below the line: two readers agreeing are seldom both wrong.
    double verdict(Ngrams.Vector x, float[] embedding) {
        double p = score(x, embedding);
        double v = stretched(p, threshold);
        return x.ruleHit() && p >= ruleFloor ? Math.max(v, 0.5) : v;
    }

    /// `p` on a scale where `threshold` reads 0.5.
    static double stretched(double p, double threshold) {
        return p >= threshold ? 0.5 + 0.5 * (p - threshold) / (1 - threshold + 1e-12) : 0.5 * p / threshold;
    }

    /// The probability that the text defers; `embedding` is the text's, or null for the n-gram kind.
    double score(Ngrams.Vector x, float[] embedding) {
        double z = ngram.logit(x);
        if (head == null) {
            return Logistic.sigmoid(z);
        }
        if (embedding == null) {
            throw new IllegalArgumentException("this model reads embeddings");
        }
        return Logistic.sigmoid(mix * z + (1 - mix) * head.logit(embedding));
    }

    static Logistic quantised(Logistic l) {
        return new Logistic(Quantised.round(l.weights), l.bias);
    }

    void write(OutputStream out) throws IOException {
        try (var data = new DataOutputStream(new GZIPOutputStream(out))) {
            data.writeUTF(MAGIC);
            data.writeInt(FORMAT);
            data.writeUTF(kind);
            data.writeUTF(corpusSha256);
            data.writeDouble(threshold);
            data.writeDouble(ruleFloor);
            data.writeDouble(mix);
            Quantised.write(data, ngram.weights);
            data.writeFloat(ngram.bias);
            data.writeBoolean(head != null);
            if (head != null) {
                head.write(data);
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
            double ruleFloor = data.readDouble();
            double mix = data.readDouble();
            var weights = Quantised.read(data, Ngrams.DIM);
            var ngram = new Logistic(weights, data.readFloat());
            var head = data.readBoolean() ? Mlp.read(data) : null;
            return new Model(kind, hash, threshold, ruleFloor, mix, ngram, head);
        }
    }
}
