package org.isnad.store;

import java.util.Map;

/**
 * What happened to one document written to the store.
 *
 * @param docId     the store id of the document (the existing one for a duplicate)
 * @param duplicate true when a document with the same content hash was already stored and nothing was written
 * @param originId  the id of the earliest stored near-duplicate (its own id when it is an original)
 * @param actors    the actor of each entity (local entity id → actor id) for a document written now; empty for a
 *                  duplicate (read those with {@link StoreReader#actorsOfDocument})
 */
public record WriteResult(long docId, boolean duplicate, long originId, Map<String, Long> actors) {
    public WriteResult {
        actors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actors));
    }

    public WriteResult(long docId, boolean duplicate, long originId) {
        this(docId, duplicate, originId, Map.of());
    }
}
