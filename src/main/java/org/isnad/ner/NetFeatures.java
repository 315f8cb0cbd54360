package org.isnad.ner;

import org.isnad.text.Token;

/**
 * What {@link WindowNet} reads of one word, whatever its context: the row of its pretrained vector (looked up by
 * {@code base}, then light stem, then folded surface) and hashed ids of sparse features — base and stem identity,
 * proclitics, prefixes and suffixes, shape, word clusters and where the vector came from. Thread-safe.
 */
final class NetFeatures {
    /** Pretrained vectors are unit length; scaled so that their components are of order one. */
    static final float VECTOR_SCALE = 5f;

    /**
     * One word type's input.
     *
     * @param vectorRow row in the vector table, -1 when the word has none
     * @param sparse    hashed feature ids in {@code [0, buckets)}
     */
    record WordInput(int vectorRow, int[] sparse) {
    }

    private final WordVectors vectors;
    private final WordClusters clusters;
    private final int buckets;

    NetFeatures(WordVectors vectors, WordClusters clusters, int buckets) {
        if (Integer.bitCount(buckets) != 1) {
            throw new IllegalArgumentException("bucket count must be a power of two");
        }
        this.vectors = vectors;
        this.clusters = clusters;
        this.buckets = buckets;
    }

    WordVectors vectors() {
        return vectors;
    }

    WordInput word(Token t) {
        String base = t.base();
        int row = vectors.rowOrMinus(base);
        int source = 0;
        if (row < 0) {
            row = vectors.rowOrMinus(t.stem());
            source = 1;
        }
        if (row < 0) {
            row = vectors.rowOrMinus(t.norm());
            source = 2;
        }
        if (row < 0) {
            source = 3;
        }
        int[] cl = clusters.levels() == 0 ? new int[0] : clusters.of(base);
        int[] ids = new int[14 + cl.length];
        int k = 0;
        ids[k++] = bucket(FeatureHash.of(101, base));
        ids[k++] = bucket(FeatureHash.of(102, t.stem()));
        ids[k++] = bucket(FeatureHash.of(103, t.proclitics()));
        int coreStart = base.startsWith("ال") && base.length() > 3 ? 2 : 0;
        for (int a = 1; a <= 3 && a <= base.length() - coreStart; a++) {
            ids[k++] = bucket(FeatureHash.of(103 + a, base, coreStart, coreStart + a));
        }
        for (int a = 1; a <= 4 && a <= base.length(); a++) {
            ids[k++] = bucket(FeatureHash.of(106 + a, base, base.length() - a, base.length()));
        }
        ids[k++] = bucket(FeatureHash.of(111, FeatureExtractor.shape(t)));
        ids[k++] = bucket(FeatureHash.of(112, source));
        for (int l = 0; l < cl.length; l++) {
            ids[k++] = bucket(FeatureHash.of(120 + l, cl[l]));
        }
        return new WordInput(row, java.util.Arrays.copyOf(ids, k));
    }

    private int bucket(long h) {
        long m = h * 0x9E3779B97F4A7C15L;
        return (int) (m >>> 40) & (buckets - 1);
    }

    /** Fills {@code x} (length vdim + edim) with the word's input under the given weights. */
    void input(WordInput in, NetParams p, float[] x) {
        int v = p.shape.vdim();
        int d = p.shape.edim();
        java.util.Arrays.fill(x, 0f);
        if (in.vectorRow() >= 0 && v > 0) {
            vectors.copy(in.vectorRow(), VECTOR_SCALE, x, 0);
        }
        for (int id : in.sparse()) {
            int off = id * d;
            for (int k = 0; k < d; k++) {
                x[v + k] += p.emb[off + k];
            }
        }
    }
}
