package io.eteam.deferral;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/// A small network over a sentence embedding: one hidden layer of ReLU units and a logistic
/// output, trained by Adam with L2 decay in mini-batches. Plain Java, deterministic for a seed.
/// A linear head on MiniLM's vectors could not separate "we postpone the launch to 3 March"
/// from "we postpone it": the hidden layer lets the head combine directions.
final class Mlp {

    /// MiniLM's vectors have unit length: scaled to unit variance per coordinate.
    static final float INPUT_SCALE = (float) Math.sqrt(Embedder.DIM);

    final int inputs;
    final int hidden;
    /// hidden × inputs, row by row.
    final float[] w1;
    final float[] b1;
    final float[] w2;
    float b2;

    Mlp(int inputs, int hidden, float[] w1, float[] b1, float[] w2, float b2) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    private static float[] input(float[] embedding) {
        var x = new float[embedding.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = embedding[i] * INPUT_SCALE;
        }
        return x;
    }

    /// The log-odds of a deferral for a text's embedding.
    double logit(float[] embedding) {
        return forward(input(embedding), new float[hidden]);
    }

    private double forward(float[] x, float[] h) {
        double z = b2;
        for (int j = 0; j < hidden; j++) {
            double a = b1[j];
            int row = j * inputs;
            for (int i = 0; i < inputs; i++) {
                a += w1[row + i] * x[i];
            }
            h[j] = a > 0 ? (float) a : 0;
            z += w2[j] * h[j];
        }
        return z;
    }

    static Mlp train(List<float[]> embeddings, List<Boolean> ys, int hidden, int epochs, double rate, double l2, long seed) {
        int d = embeddings.get(0).length;
        var random = new Random(seed);
        var w1 = new float[hidden * d];
        double he = Math.sqrt(2.0 / d);
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (random.nextGaussian() * he);
        }
        var w2 = new float[hidden];
        for (int j = 0; j < hidden; j++) {
            w2[j] = (float) (random.nextGaussian() * Math.sqrt(1.0 / hidden));
        }
        var net = new Mlp(d, hidden, w1, new float[hidden], w2, 0);
        var xs = embeddings.stream().map(Mlp::input).toList();
        var adam = new Adam(net);
        var order = java.util.stream.IntStream.range(0, xs.size()).toArray();
        var h = new float[hidden];
        int batch = 32;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Logistic.shuffle(order, random);
            for (int start = 0; start < order.length; start += batch) {
                adam.clear();
                int end = Math.min(order.length, start + batch);
                for (int k = start; k < end; k++) {
                    var x = xs.get(order[k]);
                    double g = (Logistic.sigmoid(net.forward(x, h)) - (ys.get(order[k]) ? 1 : 0)) / (end - start);
                    adam.gb2 += g;
                    for (int j = 0; j < hidden; j++) {
                        adam.gw2[j] += g * h[j];
                        if (h[j] > 0) {
                            double gh = g * net.w2[j];
                            adam.gb1[j] += gh;
                            int row = j * d;
                            for (int i = 0; i < d; i++) {
                                adam.gw1[row + i] += gh * x[i];
                            }
                        }
                    }
                }
                adam.step(rate, l2);
            }
        }
        return net;
    }

    /// Adam's moments for every parameter, and this batch's gradients.
    private static final class Adam {
        final Mlp net;
        final double[] gw1;
        final double[] gb1;
        final double[] gw2;
        double gb2;
        final double[][] m;
        final double[][] v;
        int t;

        Adam(Mlp net) {
            this.net = net;
            gw1 = new double[net.w1.length];
            gb1 = new double[net.hidden];
            gw2 = new double[net.hidden];
            m = new double[][] {new double[gw1.length], new double[gb1.length], new double[gw2.length], new double[1]};
            v = new double[][] {new double[gw1.length], new double[gb1.length], new double[gw2.length], new double[1]};
        }

        void clear() {
            java.util.Arrays.fill(gw1, 0);
            java.util.Arrays.fill(gb1, 0);
            java.util.Arrays.fill(gw2, 0);
            gb2 = 0;
        }

        void step(double rate, double l2) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            update(net.w1, gw1, 0, rate, l2, c1, c2);
            update(net.b1, gb1, 1, rate, 0, c1, c2);
            update(net.w2, gw2, 2, rate, l2, c1, c2);
            var b = new float[] {net.b2};
            update(b, new double[] {gb2}, 3, rate, 0, c1, c2);
            net.b2 = b[0];
        }

        private void update(float[] w, double[] g, int k, double rate, double l2, double c1, double c2) {
            var mk = m[k];
            var vk = v[k];
            for (int i = 0; i < w.length; i++) {
                double gi = g[i] + l2 * w[i];
                mk[i] = 0.9 * mk[i] + 0.1 * gi;
                vk[i] = 0.999 * vk[i] + 0.001 * gi * gi;
                w[i] -= (float) (rate * (mk[i] / c1) / (Math.sqrt(vk[i] / c2) + 1e-8));
            }
        }
    }

    /// The same network with its weights rounded as [#write] stores them.
    Mlp quantised() {
        return new Mlp(inputs, hidden, Quantised.round(w1), Quantised.round(b1), Quantised.round(w2), b2);
    }

    void write(DataOutputStream data) throws IOException {
        data.writeInt(inputs);
        data.writeInt(hidden);
        Quantised.write(data, w1);
        Quantised.write(data, b1);
        Quantised.write(data, w2);
        data.writeFloat(b2);
    }

    static Mlp read(DataInputStream data) throws IOException {
        int inputs = data.readInt();
        int hidden = data.readInt();
        if (inputs != Embedder.DIM || hidden <= 0 || hidden > 4096) {
            throw new IOException("deferral model: a head of " + inputs + " × " + hidden + " does not fit the embedder");
        }
        var w1 = Quantised.read(data, inputs * hidden);
        var b1 = Quantised.read(data, hidden);
        var w2 = Quantised.read(data, hidden);
        return new Mlp(inputs, hidden, w1, b1, w2, data.readFloat());
    }
}
