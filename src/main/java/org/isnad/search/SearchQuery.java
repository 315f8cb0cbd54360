package org.isnad.search;

import java.util.List;
import java.util.Optional;

/**
 * A search over stored documents and claims: free text (Arabic-analysed; {@code "phrase"}, {@code -not},
 * {@code a | b} as in Lucene's simple query syntax; empty for filters only) and filters.
 *
 * @param kind       "doc", "claim", or empty for both
 * @param actors     only hits about (or, for claims, sourced to) one of these actors; empty for no filter
 * @param sourceType only claims with this source type (OUTLET for the outlet's own voice), or documents having one
 * @param certainty  only claims with this certainty, or documents having one
 * @param fromDay    earliest publication day, yyyymmdd
 * @param toDay      latest publication day, yyyymmdd
 * @param outlet     only this outlet (exact)
 * @param limit      at most this many hits (1–1000)
 */
public record SearchQuery(String text, Optional<String> kind, List<Long> actors, Optional<String> sourceType,
                          Optional<String> certainty, Optional<Integer> fromDay, Optional<Integer> toDay,
                          Optional<String> outlet, int limit) {
    public SearchQuery {
        text = text == null ? "" : text;
        actors = List.copyOf(actors);
        limit = Math.max(1, Math.min(1000, limit));
    }

    /** A plain text query over both documents and claims. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 20);
    }
}
