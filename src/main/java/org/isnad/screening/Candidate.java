package org.isnad.screening;

import org.isnad.model.ListingStatus;

/**
 * A possible match of a queried name against a watchlist entry, never an identification.
 *
 * @param reference    the entry's reference
 * @param list         the list id
 * @param listDate     the list version used
 * @param name         the entry's primary name
 * @param matchedAlias the entry's name that matched best (the primary name itself, or an alias)
 * @param score        similarity in [0, 1]
 * @param status       LISTED or DELISTED in that version
 * @param explanation  which parts matched and how
 * @param type         the entry's type
 */
public record Candidate(String reference, String list, String listDate, String name, String matchedAlias,
                        double score, ListingStatus status, String explanation, EntryType type) {
}
