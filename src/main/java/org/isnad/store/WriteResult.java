package org.isnad.store;

/**
 * What happened to one document written to the store.
 *
 * @param docId     the store id of the document (the existing one for a duplicate)
 * @param duplicate true when a document with the same content hash was already stored and nothing was written
 * @param originId  the id of the earliest stored near-duplicate (its own id when it is an original)
 */
public record WriteResult(long docId, boolean duplicate, long originId) {
}
