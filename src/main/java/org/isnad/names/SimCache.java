package org.isnad.names;

import java.util.Arrays;

/**
 * The part similarities of one query against many listed names: listed names share parts (محمد, Muhammad,
 * al-Tikriti…), so each distinct listed part ({@link PartTable} id) is compared with the query once per query, not
 * once per name carrying it. The first time a query meets an id, the id gets a slot and, for one of three
 * {@linkplain Kind kinds} of comparison at a time, the similarities of every query row of that kind with it
 * ({@link PartFilter} first, then {@link PartSimilarity} exactly from the kind's threshold up) and a bit mask of the
 * rows that reach the threshold. A name's alignment then reads masks: its parts that meet no query part cost one
 * lookup each. Slots are handed out in order and forgotten in O(1) when the query changes. Queries of more than
 * {@value #MAX_ROWS} parts or runs (or a cache grown to {@value #MAX_VALUES} values) are not cached: the caller
 * compares directly. One cache serves one query at a time on one thread, against names of one {@link PartTable}
 * (a new query object starts afresh; call {@link #clear} before reusing a query against another table); it is not
 * thread-safe.
 */
public final class SimCache {
    /** Most query parts, and most query runs, a mask can hold. */
    static final int MAX_ROWS = 64;
    /** Values kept at most; beyond, the caller compares without the cache. */
    private static final int MAX_VALUES = 1 << 22;

    /** What a mask holds, with the threshold its pairs need. */
    enum Kind {
        /** Query parts vs a listed part, {@link NameMatcher#PART_THRESHOLD}. */
        PART(NameMatcher.PART_THRESHOLD),
        /** Query runs (parts written as one word) vs a listed part, {@link NameMatcher#RUN_THRESHOLD}. */
        QUERY_RUN(NameMatcher.RUN_THRESHOLD),
        /** Query parts vs a listed run, {@link NameMatcher#RUN_THRESHOLD}. */
        LISTED_RUN(NameMatcher.RUN_THRESHOLD);

        final double min;

        Kind(double min) {
            this.min = min;
        }
    }

    private static final int KINDS = 3;

    /**
     * The slots of the listed ids the bound query has met: an open-addressing table of (id + 1) << 32 | slot, 0 for
     * an empty cell, at most half full. It is sized by the ids met, not by every id of the table, so it stays in the
     * cache; the cells used are listed in {@link #used} and emptied when the query changes.
     */
    private long[] table = new long[1024];
    private int[] used = new int[512];
    private double[] values = new double[1024];
    private long[] masks = new long[KINDS * 64];
    private long[] mayMasks = new long[KINDS * 64];
    /** Per slot: bit k = mask of kind k computed, bit 3 + k = may-mask of kind k computed. */
    private byte[] done = new byte[64];
    private int slots;
    /** The bound query's runs (rows of QUERY_RUN) and parts (rows of LISTED_RUN) grouped by length, when filled. */
    private final LengthWindow.Rows queryRuns = new LengthWindow.Rows();
    private final LengthWindow.Rows queryParts = new LengthWindow.Rows();
    private boolean runsGrouped;
    private boolean partsGrouped;
    private CompiledName query;
    private int parts;
    private int runs;
    private int stride;

    /** Forgets every similarity; the next query starts afresh. */
    public void clear() {
        query = null;
    }

    /** Binds the cache to query {@code q}, forgetting the previous query's similarities if it was another. */
    void use(CompiledName q) {
        if (q == query) {
            return;
        }
        query = q;
        parts = q.parts.length;
        runs = q.runPart.length;
        stride = 2 * parts + runs;
        runsGrouped = false;
        partsGrouped = false;
        for (int i = 0; i < slots; i++) {
            table[used[i]] = 0;
        }
        slots = 0;
    }

    /** Whether the bound query fits the masks. */
    boolean usable() {
        return parts <= MAX_ROWS && runs <= MAX_ROWS;
    }

    /** The slot of listed id {@code id} for the bound query, or -1 if it has none and none can be given. */
    int slot(int id) {
        if (id < 0) {
            return -1;
        }
        int mask = table.length - 1;
        int cell = hash(id) & mask;
        for (long e = table[cell]; e != 0; e = table[cell]) {
            if ((int) (e >>> 32) == id + 1) {
                return (int) e;
            }
            cell = (cell + 1) & mask;
        }
        int slot = slots;
        if ((slot + 1) * stride > values.length) {
            if ((long) (slot + 1) * stride > MAX_VALUES) {
                return -1;
            }
            values = Arrays.copyOf(values, Math.max((slot + 1) * stride, values.length * 2));
        }
        if (slot == done.length) {
            done = Arrays.copyOf(done, slot * 2);
            masks = Arrays.copyOf(masks, slot * 2 * KINDS);
            mayMasks = Arrays.copyOf(mayMasks, slot * 2 * KINDS);
        }
        done[slot] = 0;
        if (slot == used.length) {
            used = Arrays.copyOf(used, slot * 2);
        }
        table[cell] = ((long) (id + 1) << 32) | slot;
        used[slot] = cell;
        slots++;
        if (2 * slots > table.length) {
            grow();
        }
        return slot;
    }

    private static int hash(int id) {
        return id * 0x9E3779B1 >>> 7;
    }

    /** Doubles the table, placing the entries again (their cells change). */
    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (int i = 0; i < slots; i++) {
            long e = old[used[i]];
            int cell = hash((int) (e >>> 32) - 1) & mask;
            while (table[cell] != 0) {
                cell = (cell + 1) & mask;
            }
            table[cell] = e;
            used[(int) e] = cell;
        }
    }

    /**
     * The rows of {@code kind} (query parts, or query runs) that {@link PartFilter} lets through against the listed
     * part or run {@code cp} (signature {@code cs}) of slot {@code slot}, as bits: a superset of {@link #mask}'s,
     * without any exact comparison. Computed on first use.
     */
    long mayMask(Kind kind, int slot, PartFilter.Signature cs) {
        int bit = 8 << kind.ordinal();
        int at = slot * KINDS + kind.ordinal();
        if ((done[slot] & bit) != 0) {
            return mayMasks[at];
        }
        CompiledName q = query;
        double min = kind.min;
        long m = 0;
        int n = kind == Kind.QUERY_RUN ? runs : parts;
        int first = kind == Kind.QUERY_RUN ? parts : 0;
        // runs: only the rows whose lengths can pass (LengthWindow); parts: every row
        for (long rows = kind == Kind.PART ? all(n) : runCandidates(kind, cs); rows != 0; rows &= rows - 1) {
            int r = Long.numberOfTrailingZeros(rows);
            if (PartFilter.mayReach(q.signature[first + r], cs, min)) {
                m |= 1L << r;
            }
        }
        mayMasks[at] = m;
        done[slot] |= (byte) bit;
        return m;
    }

    private static long all(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }

    /**
     * The rows of a run kind (query runs for QUERY_RUN, query parts for LISTED_RUN) whose lengths may pass the
     * filter with the listed part or run of signature {@code cs} at the run threshold: a superset of the rows
     * {@link PartFilter#mayReach} accepts ({@link LengthWindow}).
     */
    long runCandidates(Kind kind, PartFilter.Signature cs) {
        if (kind == Kind.QUERY_RUN) {
            if (!runsGrouped) {
                queryRuns.fill(query.signature, parts, runs);
                runsGrouped = true;
            }
            return queryRuns.candidates(cs);
        }
        if (!partsGrouped) {
            queryParts.fill(query.signature, 0, parts);
            partsGrouped = true;
        }
        return queryParts.candidates(cs);
    }

    /**
     * The rows of {@code kind} (query parts, or query runs) whose similarity with the listed part or run {@code cp}
     * (signature {@code cs}) of slot {@code slot} reaches the kind's threshold, as bits; computed on first use,
     * exactly, for the rows of {@link #mayMask}.
     */
    long mask(Kind kind, int slot, NamePart cp, PartFilter.Signature cs) {
        int bit = 1 << kind.ordinal();
        int at = slot * KINDS + kind.ordinal();
        if ((done[slot] & bit) != 0) {
            return masks[at];
        }
        double min = kind.min;
        int base = slot * stride + offset(kind);
        long m = 0;
        for (long may = mayMask(kind, slot, cs); may != 0; may &= may - 1) {
            int r = Long.numberOfTrailingZeros(may);
            NamePart qp = kind == Kind.QUERY_RUN ? query.runPart[r] : query.parts[r];
            double s = PartSimilarity.compare(qp, cp, min).similarity();
            if (s >= min) {
                m |= 1L << r;
                values[base + r] = s;
            }
        }
        masks[at] = m;
        done[slot] |= (byte) bit;
        return m;
    }

    /** The similarity of row {@code r} of {@code kind} in slot {@code slot}; valid for the bits of its mask. */
    double value(Kind kind, int slot, int r) {
        return values[slot * stride + offset(kind) + r];
    }

    private int offset(Kind kind) {
        return switch (kind) {
            case PART -> 0;
            case QUERY_RUN -> parts;
            case LISTED_RUN -> parts + runs;
        };
    }
}
