package org.isnad.names;

/**
 * A grouped length test in front of {@link PartFilter} for joined runs ({@link NameMatcher#RUN_THRESHOLD}): a
 * listed part or run is tested only against the query rows whose lengths can pass it, found from the rows grouped
 * by length, instead of against every row.
 *
 * <p>Why it is exact: every path of {@link PartFilter#mayReach} that can accept a pair needs, for some key form x of
 * one part and y of the other (the key, the key without an attached article, an English rendering, the group word
 * read as a word, the abd-compound without abd), a spelling test with {@code |x − y| ≤ (1 − m)·max(x, y)} (an equal
 * key included), or, for some skeleton forms, a skeleton test whose length cost, at least
 * {@value StringSimilarity#DIGRAPH_COST} per symbol of difference, is within {@code (1 − m)·max}, where m is at
 * least the threshold, divided by 0.92 for two skeletons of the same script; an initial against a name needs at most
 * {@link PartSimilarity#INITIAL_SIMILARITY}, below the run threshold. Each part's {@link PartFilter.Signature} keeps
 * the lengths of its key forms and skeleton forms as bit sets (bit 63: 63 or more) and, from them, the lengths a row
 * may have to pass with a form of length y ({@link #keyWindow}, {@link #sameScriptWindow}, {@link #crossScriptWindow});
 * a row none of whose forms has such a length is certainly rejected by the filter. Rows are grouped per query by
 * {@link Rows}, which also keeps the rows found for each listed length.
 */
final class LengthWindow {
    /** Lengths are kept up to this bit; longer forms count as this length (the windows stay valid, see below). */
    static final int MAX = 63;
    private static final double EPS = 1e-6;
    private static final double MIN = NameMatcher.RUN_THRESHOLD;
    private static final long[] KEY = table(1.0, 1.0 - MIN);
    private static final long[] SAME = table(StringSimilarity.DIGRAPH_COST, 1.0 - MIN / 0.92);
    private static final long[] CROSS = table(StringSimilarity.DIGRAPH_COST, 1.0 - MIN);

    private LengthWindow() {
    }

    static {
        if (MIN <= PartSimilarity.INITIAL_SIMILARITY) {
            throw new IllegalStateException("initials can reach the run threshold: their pairs have no length window");
        }
    }

    /**
     * For each length y, the lengths x with {@code perUnit·|x − y| ≤ share·max(x, y)} (with a margin for rounding).
     * A length of 63 stands for every length from 63 up: the pairs with such a length are exactly those the
     * inequality admits at 63, since the window of a longer length only starts later.
     */
    private static long[] table(double perUnit, double share) {
        long[] t = new long[MAX + 1];
        for (int y = 0; y <= MAX; y++) {
            for (int x = 0; x <= MAX; x++) {
                if (perUnit * Math.abs(x - y) <= share * Math.max(x, y) + EPS) {
                    t[y] |= 1L << x;
                }
            }
        }
        return t;
    }

    /** The bit of length {@code n}. */
    static long bit(int n) {
        return 1L << Math.min(n, MAX);
    }

    /** The key lengths of rows that may pass the spelling test with a part whose key forms have {@code lengths}. */
    static long keyWindow(long lengths) {
        return union(KEY, lengths);
    }

    /** The skeleton lengths of rows of the same script that may pass with skeleton forms of {@code lengths}. */
    static long sameScriptWindow(long lengths) {
        return union(SAME, lengths);
    }

    /** The skeleton lengths of rows of the other script that may pass with skeleton forms of {@code lengths}. */
    static long crossScriptWindow(long lengths) {
        return union(CROSS, lengths);
    }

    private static long union(long[] table, long lengths) {
        long w = 0;
        for (long b = lengths; b != 0; b &= b - 1) {
            w |= table[Long.numberOfTrailingZeros(b)];
        }
        return w;
    }

    /**
     * One query's rows of one kind grouped by the lengths of their forms: for each key length and each script's
     * skeleton length, the rows having a form of that length; and, computed on first use, for each length of a
     * listed form, the rows that may pass with it. Reused across queries; not thread-safe.
     */
    static final class Rows {
        private final long[] byKey = new long[MAX + 1];
        private final long[][] bySkeleton = {new long[MAX + 1], new long[MAX + 1]};
        private long keys;
        private final long[] skeletons = new long[2];
        /** Per listed length: the rows that may pass with a key form, a same-script and a cross-script skeleton. */
        private final long[] keyRows = new long[MAX + 1];
        private final long[][] sameRows = {new long[MAX + 1], new long[MAX + 1]};
        private final long[][] crossRows = {new long[MAX + 1], new long[MAX + 1]};
        /** The listed lengths whose rows above are computed: keys, then skeletons of each script. */
        private long keyDone;
        private final long[] skeletonDone = new long[2];

        /** Groups rows {@code first .. first + n - 1} of {@code signature} (row r of the kind is bit r). */
        void fill(PartFilter.Signature[] signature, int first, int n) {
            clear(byKey, keys);
            clear(bySkeleton[0], skeletons[0]);
            clear(bySkeleton[1], skeletons[1]);
            keys = 0;
            skeletons[0] = 0;
            skeletons[1] = 0;
            keyDone = 0;
            skeletonDone[0] = 0;
            skeletonDone[1] = 0;
            for (int r = 0; r < n; r++) {
                PartFilter.Signature s = signature[first + r];
                long row = 1L << r;
                keys |= s.keyLengths;
                for (long b = s.keyLengths; b != 0; b &= b - 1) {
                    byKey[Long.numberOfTrailingZeros(b)] |= row;
                }
                int script = s.arabic ? 1 : 0;
                skeletons[script] |= s.skeletonLengths;
                for (long b = s.skeletonLengths; b != 0; b &= b - 1) {
                    bySkeleton[script][Long.numberOfTrailingZeros(b)] |= row;
                }
            }
        }

        private static void clear(long[] rows, long present) {
            for (long b = present; b != 0; b &= b - 1) {
                rows[Long.numberOfTrailingZeros(b)] = 0;
            }
        }

        /** The rows that may pass {@link PartFilter#mayReach} at the run threshold with the part of {@code cs}. */
        long candidates(PartFilter.Signature cs) {
            long rows = 0;
            for (long b = cs.keyLengths; b != 0; b &= b - 1) {
                int y = Long.numberOfTrailingZeros(b);
                if ((keyDone & (1L << y)) == 0) {
                    keyRows[y] = gather(byKey, KEY[y] & keys);
                    keyDone |= 1L << y;
                }
                rows |= keyRows[y];
            }
            int own = cs.arabic ? 1 : 0;
            for (long b = cs.skeletonLengths; b != 0; b &= b - 1) {
                int y = Long.numberOfTrailingZeros(b);
                if ((skeletonDone[own] & (1L << y)) == 0) {
                    sameRows[own][y] = gather(bySkeleton[own], SAME[y] & skeletons[own]);
                    crossRows[own][y] = gather(bySkeleton[1 - own], CROSS[y] & skeletons[1 - own]);
                    skeletonDone[own] |= 1L << y;
                }
                rows |= sameRows[own][y] | crossRows[own][y];
            }
            return rows;
        }

        private static long gather(long[] rows, long lengths) {
            long m = 0;
            for (long b = lengths; b != 0; b &= b - 1) {
                m |= rows[Long.numberOfTrailingZeros(b)];
            }
            return m;
        }
    }
}
