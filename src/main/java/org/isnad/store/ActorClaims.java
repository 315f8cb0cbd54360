package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The stored claims about one actor with their content terms and an inverted index (term → positions of the claims
 * that contain it), so that the claims matching a given claim are found by walking the postings of its terms instead
 * of comparing it with every claim. Immutable.
 */
final class ActorClaims {
    private final List<ClaimRow> rows;
    private final int[] sizes;
    private final Map<String, int[]> postings;

    ActorClaims(List<ClaimRow> rows, Function<ClaimRow, Set<String>> termsOf) {
        this.rows = List.copyOf(rows);
        this.sizes = new int[rows.size()];
        Map<String, List<Integer>> p = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<String> t = termsOf.apply(rows.get(i));
            sizes[i] = t.size();
            for (String term : t) {
                p.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        this.postings = new HashMap<>();
        p.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    List<ClaimRow> rows() {
        return rows;
    }

    /** The claims whose terms match {@code terms} ({@link ClaimTerms#match}), in stored order. */
    List<ClaimRow> matching(Set<String> terms) {
        int[] shared = new int[rows.size()];
        for (String t : terms) {
            int[] p = postings.get(t);
            if (p != null) {
                for (int i : p) {
                    shared[i]++;
                }
            }
        }
        List<ClaimRow> out = new ArrayList<>();
        for (int i = 0; i < shared.length; i++) {
            if (shared[i] > 0 && ClaimTerms.match(terms.size(), sizes[i], shared[i])) {
                out.add(rows.get(i));
            }
        }
        return out;
    }
}
