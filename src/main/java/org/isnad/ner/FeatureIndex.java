package org.isnad.ner;

/**
 * An open-addressing map from 64-bit feature hashes to row numbers, built once and read by many threads. Keys are
 * never 0 (0 marks an empty slot; a zero hash is remapped).
 */
final class FeatureIndex {
    private final long[] keys;
    private final int[] rows;
    private final int mask;

    FeatureIndex(long[] features) {
        int cap = Integer.highestOneBit(Math.max(4, features.length * 2 - 1)) << 1;
        keys = new long[cap];
        rows = new int[cap];
        mask = cap - 1;
        for (int r = 0; r < features.length; r++) {
            long k = nonZero(features[r]);
            int s = slot(k);
            while (keys[s] != 0) {
                s = (s + 1) & mask;
            }
            keys[s] = k;
            rows[s] = r;
        }
    }

    /** The row of a feature, or -1. */
    int row(long feature) {
        long k = nonZero(feature);
        int s = slot(k);
        while (true) {
            long v = keys[s];
            if (v == k) {
                return rows[s];
            }
            if (v == 0) {
                return -1;
            }
            s = (s + 1) & mask;
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    static long nonZero(long k) {
        return k == 0 ? 1 : k;
    }
}
