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
    /*
     * Open-addressing hash table laid out for one memory access per feature at run time: each slot holds a 32-bit
     * fingerprint (the high half of the feature hash, 0 = empty slot) followed by the L label weights as float bits.
     * The slot number comes from a multiplicative hash of the whole key, so a feature is identified by about 50
     * bits; a false match among the features seen at run time is negligible. Load factor at most 0.75.
     */
    private final int[] table;
    private final int stride;
    private final int mask;

    LinearTagger(BioLabels labels, long[] features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
        int l = labels.size();
        int cap = Integer.highestOneBit(Math.max(4, (int) (features.length / 0.75) + 1)) << 1;
        if (cap / 2 >= features.length / 0.75) {
            cap /= 2;
        }
        this.mask = cap - 1;
        this.stride = l + 1;
        this.table = new int[cap * stride];
        for (int r = 0; r < features.length; r++) {
            long k = features[r];
            int s = slot(k);
            while (table[s * stride] != 0) {
                s = (s + 1) & mask;
            }
            int off = s * stride;
            table[off] = fingerprint(k);
            for (int y = 0; y < l; y++) {
                table[off + 1 + y] = Float.floatToRawIntBits(weights[r * l + y]);
            }
        }
    }

    private static int fingerprint(long k) {
        int f = (int) (k >>> 32);
        return f == 0 ? 1 : f;
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** Keys of the training-time feature map are never 0 (0 marks nothing in a hash-keyed map). */
    static long nonZero(long k) {
        return k == 0 ? 1 : k;
    }

    BioLabels labels() {
        return labels;
    }

    int featureCount() {
        return features.length;
    }

    /** The best valid label sequence. */
    int[] decode(long[][] feats) {
        return decode(feats, null);
    }

    /**
     * The best valid label sequence when part of each token's score is already summed ({@code partial[i]}, e.g.
     * cached scores of the word's own features; null for none) and {@code feats[i]} holds the remaining features.
     */
    int[] decode(long[][] feats, float[][] partial) {
        return decode(feats, partial, null);
    }

    /** As {@link #decode(long[][], float[][])}, adding a fixed score per label ({@code bias}, null for none). */
    int[] decode(long[][] feats, float[][] partial, float[] bias) {
        return viterbi(labels, emissions(feats, partial, bias), transitions);
    }

    /** The label-transition scores, (L + 1) × L, last row = sentence start (shared; do not modify). */
    float[] transitions() {
        return transitions;
    }

    /** Per-token label scores (see {@link #decode(long[][], float[][], float[])}). */
    float[][] emissions(long[][] feats, float[][] partial, float[] bias) {
        int l = labels.size();
        float[][] emission = new float[feats.length][];
        for (int i = 0; i < feats.length; i++) {
            float[] e = partial == null ? new float[l] : partial[i].clone();
            addScores(feats[i], e);
            if (bias != null) {
                for (int y = 0; y < l; y++) {
                    e[y] += bias[y];
                }
            }
            emission[i] = e;
        }
        return emission;
    }

    /** Adds the label weights of each feature to {@code e}, in order. */
    void addScores(long[] feats, float[] e) {
        int l = e.length;
        int[] tab = table;
        for (long h : feats) {
            int f = fingerprint(h);
            int s = slot(h);
            while (true) {
                int off = s * stride;
                int g = tab[off];
                if (g == f) {
                    for (int y = 0; y < l; y++) {
                        e[y] += Float.intBitsToFloat(tab[off + 1 + y]);
                    }
                    break;
                }
                if (g == 0) {
                    break;
                }
                s = (s + 1) & mask;
            }
        }
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
