package org.isnad.ner;

import java.util.Arrays;

/**
 * An open-addressing map from 64-bit feature hashes to row numbers, built once and read by many threads. A slot
 * holds a 32-bit fingerprint (the high half of the hash; the slot number comes from a multiplicative hash of the
 * whole key), which keeps the table small enough to stay in cache; together they identify a feature with about
 * 50 bits, so a false match among the features seen at run time is negligible. Load factor at most 0.75.
 */
final class FeatureIndex {
    private final int[] fingerprints;
    private final int[] rows;
    private final int mask;

    FeatureIndex(long[] features) {
        int cap = Integer.highestOneBit(Math.max(4, (int) (features.length / 0.75) + 1)) << 1;
        if (cap / 2 >= features.length / 0.75) {
            cap /= 2;
        }
        fingerprints = new int[cap];
        rows = new int[cap];
        Arrays.fill(rows, -1);
        mask = cap - 1;
        for (int r = 0; r < features.length; r++) {
            long k = features[r];
            int s = slot(k);
            while (rows[s] >= 0) {
                s = (s + 1) & mask;
            }
            fingerprints[s] = fingerprint(k);
            rows[s] = r;
        }
    }

    /** The slot of a feature in the table ({@link #capacity()} slots), or -1. */
    int slotOf(long feature) {
        int f = fingerprint(feature);
        int s = slot(feature);
        while (true) {
            int r = rows[s];
            if (r < 0) {
                return -1;
            }
            if (fingerprints[s] == f) {
                return s;
            }
            s = (s + 1) & mask;
        }
    }

    int capacity() {
        return rows.length;
    }

    /** The row stored in a slot, -1 for an empty slot. */
    int rowAt(int slot) {
        return rows[slot];
    }

    private static int fingerprint(long k) {
        return (int) (k >>> 32);
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    static long nonZero(long k) {
        return k == 0 ? 1 : k;
    }
}
