package org.isnad.search;

import java.util.Optional;

/**
 * One search result: a document or a claim of one, with a short excerpt (document text — escape before showing).
 */
public record SearchHit(String kind, long docId, Optional<String> claimId, float score, Optional<String> title,
                        Optional<String> outlet, Optional<String> published, String snippet,
                        Optional<String> sourceType, Optional<String> certainty) {
}
