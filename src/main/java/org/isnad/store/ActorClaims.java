package org.isnad.store;

import java.util.ArrayList;
import java.util.Arrays;
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
        Map<String, int[]> p = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<String> t = termsOf.apply(rows.get(i));
            sizes[i] = t.size();
            for (String term : t) {
                int[] list = p.get(term); // list[0] = how many positions follow
                if (list == null) {
                    list = new int[4];
                    p.put(term, list);
                } else if (list[0] + 1 == list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    p.put(term, list);
                }
                list[++list[0]] = i;
            }
        }
        p.replaceAll((k, v) -> Arrays.copyOfRange(v, 1, v[0] + 1));
        this.postings = p;
    }

    List<ClaimRow> rows() {
        return rows;
    }

    /** The claims whose terms match {@code terms} ({@link ClaimTerms#match}), in stored order. */
    List<ClaimRow> matching(Set<String> terms) {
        int[] shared = new int[rows.size()];
        int[] touched = new int[rows.size()];
        int n = 0;
        for (String t : terms) {
            int[] p = postings.get(t);
            if (p != null) {
                for (int i : p) {
                    if (shared[i]++ == 0) {
                        touched[n++] = i;
                    }
                }
            }
        }
        Arrays.sort(touched, 0, n);
        List<ClaimRow> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = touched[k];
            if (ClaimTerms.match(terms.size(), sizes[i], shared[i])) {
                out.add(rows.get(i));
            }
        }
        return out;
    }
}
