package org.isnad.store;

/**
 * One relation between two actors read from one claim of one document, with the sentence it came from.
 * An edge is never a fact: it is what that claim says, with the claim's confidence.
 */
public record GraphEdge(long from, long to, String type, long docId, String relationId, String claimId,
                        int sentenceStart, int sentenceEnd, String sentence, double confidence) {
}
