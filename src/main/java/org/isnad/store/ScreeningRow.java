package org.isnad.store;

/** A stored screening hit of an actor: a possible match against one version of a list, from one document. */
public record ScreeningRow(long docId, String list, String listVersion, String reference, String listedName,
                           String matchedAlias, double score, String status, String explanation) {
}
