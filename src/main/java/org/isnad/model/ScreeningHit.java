package org.isnad.model;

/**
 * A possible match of a document entity against a watchlist entry. Never an identification.
 */
public record ScreeningHit(String entity, String list, String listDate, String reference, String listedName,
                           String matchedAlias, double score, ListingStatus status, String explanation) {
}
