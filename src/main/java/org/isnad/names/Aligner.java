package org.isnad.names;

import java.util.Arrays;

/**
 * The part alignment of {@link NameMatcher} on primitive arrays: every pair of parts whose similarity reaches
 * {@link NameMatcher#PART_THRESHOLD} is a candidate pair; pairs are taken greedily, best (similarity × weight ×
 * parts covered) first, ties in order of discovery; when the name with fewer parts has a long part left unmatched
 * or matched weakly, runs of 2–3 adjacent parts written as one word on the other side are added
 * ({@link NameMatcher#RUN_THRESHOLD}) and the greedy choice is made again. After {@link #align} the chosen pairs
 * are in query order. Reused across comparisons by one thread; not thread-safe.
 */
final class Aligner {
    /** Pair fields; a query or candidate "row" is a part index, or parts + run index for a run. */
    int pairs;
    int[] qIndex = new int[32];
    int[] qLength = new int[32];
    int[] qRow = new int[32];
    int[] cIndex = new int[32];
    int[] cLength = new int[32];
    int[] cRow = new int[32];
    double[] sim = new double[32];
    double[] weight = new double[32];
    boolean[] qNameLike = new boolean[32];
    private double[] sortKey = new double[32];
    private int[] order = new int[32];
    /** Chosen pairs (indexes into the pair arrays), in query order after {@link #align}. */
    int chosen;
    int[] choice = new int[32];
    boolean[] usedQ = new boolean[16];
    boolean[] usedC = new boolean[16];

    /** Per listed part of the current name: its cache slot and the masks of the query rows it meets. */
    private int[] slot = new int[16];
    private long[] mask = new long[16];

    void align(CompiledName q, CompiledName c, SimCache cache) {
        pairs = 0;
        int nq = q.parts.length;
        int nc = c.parts.length;
        boolean cached = cache != null && c.ids.length > 0;
        if (cached) {
            cache.use(q);
            cached = cache.usable() && slots(c, cache);
        }
        if (cached) {
            maskPairs(SimCache.Kind.PART, q, c, cache);
        } else {
            for (int i = 0; i < nq; i++) {
                for (int j = 0; j < nc; j++) {
                    double s = similarity(q, i, q.parts[i], c, j, c.parts[j], NameMatcher.PART_THRESHOLD);
                    if (s >= NameMatcher.PART_THRESHOLD) {
                        add(i, 1, i, j, 1, j, s, (q.weight[i] + c.weight[j]) / 2, q.nameLike[i]);
                    }
                }
            }
        }
        greedy(nq, nc);
        if (joinedWordPossible(q, c)) {
            if (cached) {
                maskPairs(SimCache.Kind.QUERY_RUN, q, c, cache);
            } else {
                for (int r = 0; r < q.runPart.length; r++) {
                    for (int j = 0; j < nc; j++) {
                        double s = similarity(q, nq + r, q.runPart[r], c, j, c.parts[j], NameMatcher.RUN_THRESHOLD);
                        if (s >= NameMatcher.RUN_THRESHOLD) {
                            addQueryRun(q, c, r, j, s);
                        }
                    }
                }
            }
            for (int r = 0; r < c.runPart.length; r++) {
                int sl = cached ? cache.slot(c.runIds[r]) : -1;
                if (sl >= 0) {
                    long m = cache.mask(SimCache.Kind.LISTED_RUN, sl, c.runPart[r], c.signature[nc + r]);
                    for (; m != 0; m &= m - 1) {
                        int i = Long.numberOfTrailingZeros(m);
                        addListedRun(q, c, r, i, cache.value(SimCache.Kind.LISTED_RUN, sl, i));
                    }
                    continue;
                }
                for (int i = 0; i < nq; i++) {
                    double s = similarity(q, i, q.parts[i], c, nc + r, c.runPart[r], NameMatcher.RUN_THRESHOLD);
                    if (s >= NameMatcher.RUN_THRESHOLD) {
                        addListedRun(q, c, r, i, s);
                    }
                }
            }
            greedy(nq, nc);
        }
        // chosen pairs in query order (stable: insertion sort on few elements)
        for (int a = 1; a < chosen; a++) {
            int x = choice[a];
            int b = a - 1;
            while (b >= 0 && qIndex[choice[b]] > qIndex[x]) {
                choice[b + 1] = choice[b];
                b--;
            }
            choice[b + 1] = x;
        }
    }

    /** Gives every part of {@code c} its cache slot; false if the cache is full. */
    private boolean slots(CompiledName c, SimCache cache) {
        int nc = c.parts.length;
        if (slot.length < nc) {
            slot = new int[Math.max(nc, slot.length * 2)];
            mask = new long[slot.length];
        }
        for (int j = 0; j < nc; j++) {
            slot[j] = cache.slot(c.ids[j]);
            if (slot[j] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pairs of {@code kind} (query parts, or query runs, against the listed parts) from the cache's masks, in
     * the order of the direct loops (query row, then listed part).
     */
    private void maskPairs(SimCache.Kind kind, CompiledName q, CompiledName c, SimCache cache) {
        int nc = c.parts.length;
        long any = 0;
        for (int j = 0; j < nc; j++) {
            mask[j] = cache.mask(kind, slot[j], c.parts[j], c.signature[j]);
            any |= mask[j];
        }
        for (; any != 0; any &= any - 1) {
            int r = Long.numberOfTrailingZeros(any);
            long bit = 1L << r;
            for (int j = 0; j < nc; j++) {
                if ((mask[j] & bit) != 0) {
                    double s = cache.value(kind, slot[j], r);
                    if (kind == SimCache.Kind.PART) {
                        add(r, 1, r, j, 1, j, s, (q.weight[r] + c.weight[j]) / 2, q.nameLike[r]);
                    } else {
                        addQueryRun(q, c, r, j, s);
                    }
                }
            }
        }
    }

    private void addQueryRun(CompiledName q, CompiledName c, int r, int j, double s) {
        add(q.runStart[r], q.runLength[r], q.parts.length + r, j, 1, j, s, (q.runWeight[r] + c.weight[j]) / 2,
                q.runPart[r].isNameLike());
    }

    private void addListedRun(CompiledName q, CompiledName c, int r, int i, double s) {
        add(i, 1, i, c.runStart[r], c.runLength[r], c.parts.length + r, s, (c.runWeight[r] + q.weight[i]) / 2,
                q.nameLike[i]);
    }

    /**
     * Exact from {@code min} up; pairs below it are never used. {@link PartFilter} first rejects, without a
     * comparison, the pairs that cannot reach {@code min}.
     */
    private static double similarity(CompiledName q, int row, NamePart qp, CompiledName c, int cRow, NamePart cp,
                                     double min) {
        if (!PartFilter.mayReach(q.signature[row], c.signature[cRow], min)) {
            return 0.0;
        }
        return PartSimilarity.compare(qp, cp, min).similarity();
    }

    private void add(int qi, int ql, int qr, int ci, int cl, int cr, double s, double w, boolean nameLike) {
        if (pairs == qIndex.length) {
            int n = pairs * 2;
            qIndex = Arrays.copyOf(qIndex, n);
            qLength = Arrays.copyOf(qLength, n);
            qRow = Arrays.copyOf(qRow, n);
            cIndex = Arrays.copyOf(cIndex, n);
            cLength = Arrays.copyOf(cLength, n);
            cRow = Arrays.copyOf(cRow, n);
            sim = Arrays.copyOf(sim, n);
            weight = Arrays.copyOf(weight, n);
            qNameLike = Arrays.copyOf(qNameLike, n);
            sortKey = Arrays.copyOf(sortKey, n);
            order = Arrays.copyOf(order, n);
            choice = Arrays.copyOf(choice, n);
        }
        qIndex[pairs] = qi;
        qLength[pairs] = ql;
        qRow[pairs] = qr;
        cIndex[pairs] = ci;
        cLength[pairs] = cl;
        cRow[pairs] = cr;
        sim[pairs] = s;
        weight[pairs] = w;
        qNameLike[pairs] = nameLike;
        sortKey[pairs] = s * w * Math.max(ql, cl);
        pairs++;
    }

    /** Greedy choice over all pairs so far, best first; equal keys keep their order of discovery. */
    private void greedy(int nq, int nc) {
        for (int p = 0; p < pairs; p++) {
            order[p] = p;
        }
        if (pairs <= 64) {
            for (int a = 1; a < pairs; a++) {
                int x = order[a];
                int b = a - 1;
                while (b >= 0 && sortKey[order[b]] < sortKey[x]) {
                    order[b + 1] = order[b];
                    b--;
                }
                order[b + 1] = x;
            }
        } else {
            Integer[] boxed = new Integer[pairs];
            for (int p = 0; p < pairs; p++) {
                boxed[p] = p;
            }
            Arrays.sort(boxed, (x, y) -> Double.compare(sortKey[y], sortKey[x]));
            for (int p = 0; p < pairs; p++) {
                order[p] = boxed[p];
            }
        }
        if (usedQ.length < nq || usedC.length < nc) {
            usedQ = new boolean[Math.max(nq, usedQ.length * 2)];
            usedC = new boolean[Math.max(nc, usedC.length * 2)];
        }
        Arrays.fill(usedQ, 0, nq, false);
        Arrays.fill(usedC, 0, nc, false);
        chosen = 0;
        for (int k = 0; k < pairs; k++) {
            int p = order[k];
            if (free(usedQ, qIndex[p], qLength[p]) && free(usedC, cIndex[p], cLength[p])) {
                Arrays.fill(usedQ, qIndex[p], qIndex[p] + qLength[p], true);
                Arrays.fill(usedC, cIndex[p], cIndex[p] + cLength[p], true);
                choice[chosen++] = p;
            }
        }
    }

    private static boolean free(boolean[] used, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the name with fewer parts has a long name part left unmatched or matched below 0.9 by the current
     * choice: it may be two or three parts of the other name written as one word.
     */
    private boolean joinedWordPossible(CompiledName q, CompiledName c) {
        if (q.parts.length == c.parts.length) {
            return false;
        }
        boolean queryFewer = q.parts.length < c.parts.length;
        boolean[] joinable = queryFewer ? q.joinable : c.joinable;
        int[] index = queryFewer ? qIndex : cIndex;
        for (int i = 0; i < joinable.length; i++) {
            if (!joinable[i]) {
                continue;
            }
            double best = 0;
            for (int k = 0; k < chosen; k++) {
                int pair = choice[k];
                if (index[pair] == i) {
                    best = sim[pair];
                }
            }
            if (best < 0.9) {
                return true;
            }
        }
        return false;
    }
}
