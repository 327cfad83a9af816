package io.eteam.deferral;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/// Weights stored as 16-bit integers with one scale per vector: a model a quarter of its size in
/// floats. [#round] applies the same rounding in memory so that what training measures is exactly
/// what the server runs.
final class Quantised {

    private Quantised() {
    }

    private static float scale(float[] w) {
        float max = 0;
        for (float x : w) {
            max = Math.max(max, Math.abs(x));
        }
        return max == 0 ? 1 : max / Short.MAX_VALUE;
    }

    static float[] round(float[] w) {
        float scale = scale(w);
        var out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.round(w[i] / scale) * scale;
        }
        return out;
    }

    static void write(DataOutputStream data, float[] w) throws IOException {
        float scale = scale(w);
        data.writeInt(w.length);
        data.writeFloat(scale);
        for (float x : w) {
            data.writeShort(Math.round(x / scale));
        }
    }

    /// Reads a vector written by [#write]; refuses one of another length than `expected`.
    static float[] read(DataInputStream data, int expected) throws IOException {
        int n = data.readInt();
        if (n != expected) {
            throw new IOException("deferral model: a vector of " + n + " weights where " + expected + " belong");
        }
        float scale = data.readFloat();
        var w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = data.readShort() * scale;
        }
        return w;
    }
}
