package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link LinearTagger} with the averaged structured perceptron (Collins 2002): decode each sentence with
 * BIO-constrained Viterbi, move weights towards the gold sequence where they differ, and average the weights over
 * all steps. Sentence order is shuffled each epoch with a seeded {@link Random}, so a seed fixes the model.
 */
final class PerceptronTrainer {
    private final BioLabels labels;
    private final int epochs;
    private final long seed;

    PerceptronTrainer(BioLabels labels, int epochs, long seed) {
        this.labels = labels;
        this.epochs = epochs;
        this.seed = seed;
    }

    /**
     * @param feats    per sentence, per token feature hashes
     * @param gold     per sentence, gold label indices
     * @param progress told the number of each finished epoch
     */
    LinearTagger train(List<long[][]> feats, List<int[]> gold, IntConsumer progress) {
        int l = labels.size();
        Map<Long, Integer> index = new HashMap<>();
        List<long[]> featureOrder = new ArrayList<>();
        List<int[][]> rows = new ArrayList<>(feats.size());
        for (long[][] s : feats) {
            int[][] r = new int[s.length][];
            for (int i = 0; i < s.length; i++) {
                int[] ri = new int[s[i].length];
                for (int j = 0; j < s[i].length; j++) {
                    long key = LinearTagger.nonZero(s[i][j]);
                    Integer id = index.get(key);
                    if (id == null) {
                        id = index.size();
                        index.put(key, id);
                        featureOrder.add(new long[] {key});
                    }
                    ri[j] = id;
                }
                r[i] = ri;
            }
            rows.add(r);
        }
        int nf = index.size();
        double[] w = new double[nf * l];
        double[] wa = new double[nf * l];
        double[] t = new double[(l + 1) * l];
        double[] ta = new double[(l + 1) * l];
        int[] order = new int[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        long c = 1;
        float[] tf = new float[t.length];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int si : order) {
                int[][] r = rows.get(si);
                int[] g = gold.get(si);
                for (int k = 0; k < t.length; k++) {
                    tf[k] = (float) t[k];
                }
                float[][] em = new float[r.length][l];
                for (int i = 0; i < r.length; i++) {
                    for (int f : r[i]) {
                        int off = f * l;
                        for (int y = 0; y < l; y++) {
                            em[i][y] += (float) w[off + y];
                        }
                    }
                }
                int[] p = LinearTagger.viterbi(labels, em, tf);
                for (int i = 0; i < r.length; i++) {
                    if (p[i] != g[i]) {
                        for (int f : r[i]) {
                            w[f * l + g[i]] += 1;
                            wa[f * l + g[i]] += c;
                            w[f * l + p[i]] -= 1;
                            wa[f * l + p[i]] -= c;
                        }
                    }
                    int gp = i == 0 ? l : g[i - 1];
                    int pp = i == 0 ? l : p[i - 1];
                    if (gp != pp || g[i] != p[i]) {
                        t[gp * l + g[i]] += 1;
                        ta[gp * l + g[i]] += c;
                        t[pp * l + p[i]] -= 1;
                        ta[pp * l + p[i]] -= c;
                    }
                }
                c++;
            }
            progress.accept(epoch);
        }
        // averaged weights; keep only features with a non-zero row
        int kept = 0;
        boolean[] keep = new boolean[nf];
        for (int f = 0; f < nf; f++) {
            for (int y = 0; y < l; y++) {
                double avg = w[f * l + y] - wa[f * l + y] / c;
                if (Math.abs(avg) > 1e-4) {
                    keep[f] = true;
                }
            }
            if (keep[f]) {
                kept++;
            }
        }
        long[] outF = new long[kept];
        float[] outW = new float[kept * l];
        int k = 0;
        for (int f = 0; f < nf; f++) {
            if (!keep[f]) {
                continue;
            }
            outF[k] = featureOrder.get(f)[0];
            for (int y = 0; y < l; y++) {
                outW[k * l + y] = (float) (w[f * l + y] - wa[f * l + y] / c);
            }
            k++;
        }
        float[] outT = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            outT[i] = (float) (t[i] - ta[i] / c);
        }
        return new LinearTagger(labels, outF, outW, outT);
    }
}
