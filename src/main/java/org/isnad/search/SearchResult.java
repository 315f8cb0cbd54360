package org.isnad.search;

import java.util.List;

/** The hits of one search, best first, with the total number of matches and the time it took. */
public record SearchResult(long total, List<SearchHit> hits, double millis) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
