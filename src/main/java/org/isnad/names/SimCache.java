package org.isnad.names;

import java.util.Arrays;

/**
 * The part similarities of one query against many listed names: listed names share parts (محمد, Muhammad,
 * al-Tikriti…), so each pair of a query part (or run) and a distinct listed part ({@link PartTable} id) is compared
 * once per query. Each listed id met during a query gets a slot of one value per query row, with a bit per row
 * telling which are computed; slots are handed out in order and forgotten in O(1) by {@link #clear}. Rows past the
 * 64th (very long queries) are computed without being kept. One cache serves one query at a time on
 * one thread; it is not thread-safe.
 */
public final class SimCache {
    private static final int DEFAULT_ROWS = 32;
    private static final int MAX_ROWS = 64;
    /** Values kept at most; beyond, similarities are computed without being kept. */
    private static final int MAX_VALUES = 1 << 22;
    private int[] stampOf = new int[1024];
    private int[] slotOf = new int[1024];
    private double[] values = new double[1024];
    private long[] computed = new long[64];
    private int stamp = 1;
    private int stride = DEFAULT_ROWS;
    private int slots;

    /** Forgets every similarity (call before each query); rows up to {@value #DEFAULT_ROWS} are kept. */
    public void clear() {
        clear(DEFAULT_ROWS);
    }

    /** Forgets every similarity before a query with {@code rows} rows (parts, then runs of parts). */
    public void clear(int rows) {
        slots = 0;
        stride = Math.max(1, Math.min(rows, MAX_ROWS));
        if (++stamp == Integer.MAX_VALUE) {
            stamp = 1;
            Arrays.fill(stampOf, 0);
        }
    }

    /**
     * The similarity of query row {@code row} (a part, or a run after the parts) with the listed part of id
     * {@code id}; computed by {@link PartSimilarity} on first use, exactly from {@code min} up (a row and id are
     * always asked with the same {@code min}).
     */
    double similarity(int row, NamePart queryPart, int id, NamePart listed, double min) {
        if (id < 0 || row >= stride) {
            return PartSimilarity.compare(queryPart, listed, min).similarity();
        }
        if (id >= stampOf.length) {
            int n = Math.max(id + 1, stampOf.length * 2);
            stampOf = Arrays.copyOf(stampOf, n);
            slotOf = Arrays.copyOf(slotOf, n);
        }
        int slot;
        if (stampOf[id] == stamp) {
            slot = slotOf[id];
        } else {
            slot = slots;
            if ((slot + 1) * stride > values.length) {
                if ((slot + 1) * stride > MAX_VALUES) {
                    return PartSimilarity.compare(queryPart, listed, min).similarity();
                }
                values = Arrays.copyOf(values, Math.max((slot + 1) * stride, values.length * 2));
            }
            if (slot == computed.length) {
                computed = Arrays.copyOf(computed, slot * 2);
            }
            stampOf[id] = stamp;
            slotOf[id] = slots++;
            computed[slot] = 0L;
        }
        int at = slot * stride + row;
        if ((computed[slot] & (1L << row)) != 0) {
            return values[at];
        }
        double s = PartSimilarity.compare(queryPart, listed, min).similarity();
        values[at] = s;
        computed[slot] |= 1L << row;
        return s;
    }
}
