package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A first-order linear sequence model: per-feature label weights, label-transition weights and start weights, decoded
 * with Viterbi restricted to valid BIO sequences. Immutable; thread-safe.
 */
final class LinearTagger {
    private final BioLabels labels;
    private final long[] features;
    private final float[] weights; // features.length × L
    private final float[] transitions; // (L + 1) × L, row L = sentence start
    private final FeatureIndex index;
    private final float[] slotWeights; // weights laid out by hash slot: one memory access per feature at run time

    LinearTagger(BioLabels labels, long[] features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
        this.index = new FeatureIndex(features);
        int l = labels.size();
        this.slotWeights = new float[index.capacity() * l];
        for (int slot = 0; slot < index.capacity(); slot++) {
            int r = index.rowAt(slot);
            if (r >= 0) {
                System.arraycopy(weights, r * l, slotWeights, slot * l, l);
            }
        }
    }

    BioLabels labels() {
        return labels;
    }

    int featureCount() {
        return features.length;
    }

    /** The best valid label sequence. */
    int[] decode(long[][] feats) {
        int l = labels.size();
        float[][] emission = new float[feats.length][l];
        for (int i = 0; i < feats.length; i++) {
            float[] e = emission[i];
            for (long h : feats[i]) {
                int slot = index.slotOf(h);
                if (slot >= 0) {
                    int off = slot * l;
                    for (int y = 0; y < l; y++) {
                        e[y] += slotWeights[off + y];
                    }
                }
            }
        }
        return viterbi(labels, emission, transitions);
    }

    /** Viterbi over emission scores with transitions ((L+1) × L, last row = start); invalid BIO moves excluded. */
    static int[] viterbi(BioLabels labels, float[][] emission, float[] transitions) {
        int n = emission.length;
        int l = labels.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[][] score = new float[n][l];
        int[][] back = new int[n][l];
        for (int y = 0; y < l; y++) {
            score[0][y] = labels.allowed(-1, y) ? emission[0][y] + transitions[l * l + y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!labels.allowed(p, y)) {
                        continue;
                    }
                    float s = score[i - 1][p] + transitions[p * l + y];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i][y] = best + emission[i][y];
                back[i][y] = arg;
            }
        }
        int arg = 0;
        for (int y = 1; y < l; y++) {
            if (score[n - 1][y] > score[n - 1][arg]) {
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = arg;
            arg = back[i][arg];
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        int l = labels.size();
        out.writeInt(features.length);
        for (long f : features) {
            out.writeLong(f);
        }
        for (float w : weights) {
            out.writeFloat(w);
        }
        for (int i = 0; i < (l + 1) * l; i++) {
            out.writeFloat(transitions[i]);
        }
    }

    static LinearTagger read(DataInputStream in, BioLabels labels) throws IOException {
        int l = labels.size();
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("bad feature count " + n);
        }
        long[] f = new long[n];
        for (int i = 0; i < n; i++) {
            f[i] = in.readLong();
        }
        float[] w = new float[n * l];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        float[] t = new float[(l + 1) * l];
        for (int i = 0; i < t.length; i++) {
            t[i] = in.readFloat();
        }
        return new LinearTagger(labels, f, w, t);
    }
}
