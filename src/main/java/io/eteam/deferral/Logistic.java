package io.eteam.deferral;

import java.util.List;
import java.util.Random;

/// Binary logistic regression trained by AdaGrad with L2 decay, over sparse or dense features.
/// Plain Java, deterministic for a seed.
final class Logistic {

    final float[] weights;
    float bias;

    Logistic(int dim) {
        this.weights = new float[dim];
    }

    Logistic(float[] weights, float bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /// The log-odds of a deferral.
    double logit(Ngrams.Vector x) {
        double z = bias;
        var index = x.index();
        var value = x.value();
        for (int i = 0; i < index.length; i++) {
            z += weights[index[i]] * value[i];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /// Shuffles `order` in place (Fisher–Yates), the same for the same `random`.
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static Logistic train(List<Ngrams.Vector> xs, List<Boolean> ys, int dim, int epochs, double rate, double l2,
            double positiveWeight, long seed) {
        var model = new Logistic(dim);
        var g2 = new double[dim];
        double b2 = 0;
        var order = java.util.stream.IntStream.range(0, xs.size()).toArray();
        var random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int k : order) {
                var x = xs.get(k);
                boolean y = ys.get(k);
                double p = sigmoid(model.logit(x));
                double g = (p - (y ? 1 : 0)) * (y ? positiveWeight : 1);
                var index = x.index();
                var value = x.value();
                for (int i = 0; i < index.length; i++) {
                    int f = index[i];
                    double gi = g * value[i] + l2 * model.weights[f];
                    g2[f] += gi * gi;
                    model.weights[f] -= (float) (rate * gi / (Math.sqrt(g2[f]) + 1e-8));
                }
                b2 += g * g;
                model.bias -= (float) (rate * g / (Math.sqrt(b2) + 1e-8));
            }
        }
        return model;
    }
}
