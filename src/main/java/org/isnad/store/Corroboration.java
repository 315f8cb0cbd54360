package org.isnad.store;

import java.util.List;

/**
 * How far a claim is carried by independent sources across the stored corpus.
 *
 * @param independentSources distinct original sources that carry the claim: an attributed actor counts once however
 *                           many outlets quote it; otherwise each original report (near-duplicate cluster) counts once
 * @param outlets            distinct outlets carrying it
 * @param originals          distinct original reports (re-publications of one text count once)
 * @param documents          stored documents carrying it (re-publications included)
 * @param singleSource       true when only one independent source carries it
 * @param carriers           the matching claims, as {@code docId/claimId}
 */
public record Corroboration(int independentSources, int outlets, int originals, int documents, boolean singleSource,
                            List<String> carriers) {
    public Corroboration {
        carriers = List.copyOf(carriers);
    }

    /** A claim nothing else in the store carries. */
    public static Corroboration alone(String key) {
        return new Corroboration(1, 1, 1, 1, true, List.of(key));
    }
}
