package org.isnad.store;

import java.util.Map;
import java.util.Set;
import org.isnad.doc.Document;

/**
 * A document as stored: its store id, the document with its layers, and the actor of each of its entities.
 */
public record StoredDocument(long id, Document doc, Map<String, Long> actorOfEntity) {
    public StoredDocument {
        actorOfEntity = Map.copyOf(actorOfEntity);
    }

    /** Claim id → the actors the claim is about (see the store documentation). */
    public Map<String, Set<Long>> claimSubjects() {
        return ClaimSubjects.of(doc, actorOfEntity);
    }
}
