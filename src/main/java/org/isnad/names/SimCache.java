package org.isnad.names;

/**
 * The part similarities of one query against many listed names: listed names share parts (محمد, Muhammad,
 * al-Tikriti…), so each pair of a query part (or run) and a distinct listed part ({@link PartTable} id) is compared
 * once per query. An open-addressing table of primitive keys, emptied in O(1) by {@link #clear()}. One cache
 * serves one query at a time on one thread; it is not thread-safe.
 */
public final class SimCache {
    private static final int MAX_CAPACITY = 1 << 20;
    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private int[] stamps = new int[1024];
    private int stamp = 1;
    private int size;

    /** Forgets every similarity (call before each query). */
    public void clear() {
        size = 0;
        if (++stamp == Integer.MAX_VALUE) {
            stamp = 1;
            java.util.Arrays.fill(stamps, 0);
        }
    }

    /**
     * The similarity of query row {@code row} (a part, or a run after the parts) with the listed part of id
     * {@code id}; computed by {@link PartSimilarity} on first use, exactly from {@code min} up (a row and id are
     * always asked with the same {@code min}).
     */
    double similarity(int row, NamePart queryPart, int id, NamePart listed, double min) {
        if (id < 0) {
            return PartSimilarity.compare(queryPart, listed, min).similarity();
        }
        long key = ((long) row << 32) | id;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (stamps[i] == stamp) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        double s = PartSimilarity.compare(queryPart, listed, min).similarity();
        if (size * 2 >= keys.length) {
            if (keys.length >= MAX_CAPACITY) {
                return s;
            }
            grow();
            mask = keys.length - 1;
            i = mix(key) & mask;
            while (stamps[i] == stamp) {
                i = (i + 1) & mask;
            }
        }
        keys[i] = key;
        values[i] = s;
        stamps[i] = stamp;
        size++;
        return s;
    }

    private void grow() {
        long[] k = keys;
        double[] v = values;
        int[] st = stamps;
        keys = new long[k.length * 2];
        values = new double[k.length * 2];
        stamps = new int[k.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (st[j] == stamp) {
                int i = mix(k[j]) & mask;
                while (stamps[i] == stamp) {
                    i = (i + 1) & mask;
                }
                keys[i] = k[j];
                values[i] = v[j];
                stamps[i] = stamp;
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
