package org.isnad.ner;

import java.util.Random;

/** Spherical k-means (cosine similarity) over unit-length rows; deterministic for a seed. */
final class KMeans {
    private KMeans() {
    }

    /** Cluster ids for the first {@code n} rows of {@code data} (row length {@code dim}). */
    static int[] cluster(float[] data, int n, int dim, int k, int iterations, long seed) {
        k = Math.min(k, n);
        Random rnd = new Random(seed);
        float[] centres = new float[k * dim];
        // initial centres: k distinct rows, drawn at random
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            System.arraycopy(data, perm[i] * dim, centres, i * dim, dim);
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int w = 0; w < n; w++) {
                int best = 0;
                float bestSim = Float.NEGATIVE_INFINITY;
                int off = w * dim;
                for (int c = 0; c < k; c++) {
                    float s = 0;
                    int co = c * dim;
                    for (int d = 0; d < dim; d++) {
                        s += data[off + d] * centres[co + d];
                    }
                    if (s > bestSim) {
                        bestSim = s;
                        best = c;
                    }
                }
                assign[w] = best;
            }
            float[] sum = new float[k * dim];
            int[] size = new int[k];
            for (int w = 0; w < n; w++) {
                int c = assign[w];
                size[c]++;
                for (int d = 0; d < dim; d++) {
                    sum[c * dim + d] += data[w * dim + d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) {
                    System.arraycopy(data, rnd.nextInt(n) * dim, centres, c * dim, dim);
                    continue;
                }
                double norm = 0;
                for (int d = 0; d < dim; d++) {
                    norm += sum[c * dim + d] * sum[c * dim + d];
                }
                float inv = (float) (1 / Math.max(1e-9, Math.sqrt(norm)));
                for (int d = 0; d < dim; d++) {
                    centres[c * dim + d] = sum[c * dim + d] * inv;
                }
            }
        }
        return assign;
    }
}
