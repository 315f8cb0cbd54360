package org.isnad.ner;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Skip-gram word vectors with negative sampling, frequent-word subsampling and a linearly decaying learning rate,
 * single-threaded (deterministic for a seed). Returns unit-length input vectors, one row of {@code dim} per word.
 */
final class SkipGram {
    private static final int MAX_TABLE = 1 << 24;
    private static final int SIGMOID_TABLE = 1000;
    private static final float MAX_EXP = 6f;
    private final ClusterTrainer.Options o;
    private final Consumer<String> log;
    private final float[] sigmoid = new float[SIGMOID_TABLE + 1];

    SkipGram(ClusterTrainer.Options options, Consumer<String> log) {
        this.o = options;
        this.log = log;
        for (int i = 0; i <= SIGMOID_TABLE; i++) {
            double x = (i / (double) SIGMOID_TABLE * 2 - 1) * MAX_EXP;
            sigmoid[i] = (float) (1 / (1 + Math.exp(-x)));
        }
    }

    float[] train(List<int[]> docs, List<Long> counts, long total) {
        int v = counts.size();
        int dim = o.dim();
        Random rnd = new Random(o.seed());
        float[] in = new float[v * dim];
        float[] out = new float[v * dim];
        for (int i = 0; i < in.length; i++) {
            in[i] = (rnd.nextFloat() - 0.5f) / dim;
        }
        int[] table = unigramTable(counts, Math.min(MAX_TABLE, Math.max(1 << 16, v * 1024)));
        double[] keep = new double[v];
        double sample = o.sample();
        for (int w = 0; w < v; w++) {
            double f = counts.get(w) / (double) total;
            keep[w] = Math.min(1, (Math.sqrt(f / sample) + 1) * sample / f);
        }
        float alpha0 = 0.025f;
        long seen = 0;
        long all = total * o.epochs();
        float[] grad = new float[dim];
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int[] doc : docs) {
                seen += doc.length;
                float alpha = Math.max(alpha0 * 0.0001f, alpha0 * (1 - seen / (float) (all + 1)));
                int[] s = new int[doc.length];
                int n = 0;
                for (int w : doc) {
                    if (rnd.nextDouble() < keep[w]) {
                        s[n++] = w;
                    }
                }
                for (int i = 0; i < n; i++) {
                    int b = 1 + rnd.nextInt(o.window());
                    for (int j = Math.max(0, i - b); j <= Math.min(n - 1, i + b); j++) {
                        if (j == i) {
                            continue;
                        }
                        int inOff = s[j] * dim;
                        java.util.Arrays.fill(grad, 0);
                        for (int d = 0; d <= o.negative(); d++) {
                            int target;
                            int label;
                            if (d == 0) {
                                target = s[i];
                                label = 1;
                            } else {
                                target = table[rnd.nextInt(table.length)];
                                if (target == s[i]) {
                                    continue;
                                }
                                label = 0;
                            }
                            int outOff = target * dim;
                            float dot = 0;
                            for (int k = 0; k < dim; k++) {
                                dot += in[inOff + k] * out[outOff + k];
                            }
                            float g;
                            if (dot > MAX_EXP) {
                                g = (label - 1) * alpha;
                            } else if (dot < -MAX_EXP) {
                                g = label * alpha;
                            } else {
                                int idx = (int) ((dot + MAX_EXP) * (SIGMOID_TABLE / MAX_EXP / 2));
                                g = (label - sigmoid[idx]) * alpha;
                            }
                            for (int k = 0; k < dim; k++) {
                                grad[k] += g * out[outOff + k];
                                out[outOff + k] += g * in[inOff + k];
                            }
                        }
                        for (int k = 0; k < dim; k++) {
                            in[inOff + k] += grad[k];
                        }
                    }
                }
            }
            log.accept("skip-gram epoch " + (epoch + 1) + " done");
        }
        for (int w = 0; w < v; w++) {
            double norm = 0;
            for (int k = 0; k < dim; k++) {
                norm += in[w * dim + k] * in[w * dim + k];
            }
            float inv = (float) (1 / Math.max(1e-9, Math.sqrt(norm)));
            for (int k = 0; k < dim; k++) {
                in[w * dim + k] *= inv;
            }
        }
        return in;
    }

    private static int[] unigramTable(List<Long> counts, int size) {
        int[] table = new int[size];
        double norm = 0;
        for (long c : counts) {
            norm += Math.pow(c, 0.75);
        }
        int w = 0;
        double cum = Math.pow(counts.get(0), 0.75) / norm;
        for (int i = 0; i < size; i++) {
            table[i] = w;
            if (i / (double) size > cum && w < counts.size() - 1) {
                w++;
                cum += Math.pow(counts.get(w), 0.75) / norm;
            }
        }
        return table;
    }
}
