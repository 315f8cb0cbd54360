package org.isnad.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases of a lexicon list by first word, so that a token is compared only with the phrases that can start at it
 * ({@link CueFinder#matches}: the first word equals one of the token's forms) instead of with every phrase of the
 * list. Candidates come in list order, so "the first listed phrase that matches wins" is kept. Immutable and
 * thread-safe; the list must not change after the index is built.
 */
final class PhraseIndex {
    private static final int[] NONE = new int[0];
    private final Map<String, int[]> byFirst = new HashMap<>();

    PhraseIndex(List<String[]> phrases) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int k = 0; k < phrases.size(); k++) {
            String[] p = phrases.get(k);
            if (p.length > 0) {
                m.computeIfAbsent(p[0], w -> new ArrayList<>()).add(k);
            }
        }
        m.forEach((w, ks) -> byFirst.put(w, ks.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Indices (ascending) of the phrases whose first word is one of the forms {@link CueFinder#matches} accepts for
     * token i: folded, without proclitics (base) or without و/ف. A superset is fine: the caller still calls
     * {@code matches}.
     */
    int[] candidates(TokenText tt, int i) {
        if (i >= tt.size() || !tt.isArabic(i)) {
            return NONE;
        }
        String norm = tt.norm(i);
        String base = tt.tok(i).base();
        String bare = tt.bare(i);
        int[] out = byFirst.getOrDefault(norm, NONE);
        if (!base.equals(norm)) {
            out = merge(out, byFirst.getOrDefault(base, NONE));
        }
        if (!bare.equals(norm) && !bare.equals(base)) {
            out = merge(out, byFirst.getOrDefault(bare, NONE));
        }
        return out;
    }

    /** The union of two ascending arrays of distinct phrases (a phrase has one first word, so they never share one). */
    private static int[] merge(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == 0 ? b : a;
        }
        int[] out = new int[a.length + b.length];
        int n = 0;
        int x = 0;
        int y = 0;
        while (x < a.length || y < b.length) {
            out[n++] = y >= b.length || x < a.length && a[x] < b[y] ? a[x++] : b[y++];
        }
        return out;
    }
}
