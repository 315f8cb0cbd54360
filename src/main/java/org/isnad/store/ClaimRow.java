package org.isnad.store;

import java.util.Optional;

/**
 * One stored claim with its chain as far as the store knows it: the document and outlet that carry it, the
 * attribution's source (type, phrase, actor) and certainty. A claim with no attribution is the outlet's own voice
 * ({@code sourceType} "OUTLET").
 */
public record ClaimRow(long docId, String claimId, String text, int start, int end, String certainty,
                       Optional<String> attributionId, String sourceType, Optional<String> sourceText,
                       Optional<Long> sourceActorId, Optional<String> outlet, Optional<String> title,
                       Optional<String> published, Optional<Integer> publishedDay, long originId) {
    /** The stable cross-document key of this claim: {@code docId/claimId}. */
    public String key() {
        return docId + "/" + claimId;
    }
}
