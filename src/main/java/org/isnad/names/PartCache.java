package org.isnad.names;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers part comparisons of one query against many candidate names: list names share many parts (محمد,
 * Muhammad, al-Tikriti…), so a screening compares the same pair of parts again and again. One cache serves one
 * query on one thread; it is not thread-safe.
 */
public final class PartCache {
    private record Key(int queryIndex, String key, PartRole role, boolean arabic) {
    }

    private final ParsedName query;
    private final Map<Key, PartMatch> seen = new HashMap<>();

    public PartCache(ParsedName query) {
        this.query = query;
    }

    /** The comparison of query part {@code a} (a part of this cache's query) with {@code b}. */
    PartMatch compare(NamePart a, NamePart b) {
        if (a != query.parts().get(a.index()) || b.role() == PartRole.GROUP || a.role() == PartRole.GROUP) {
            return PartSimilarity.compare(a, b);
        }
        return seen.computeIfAbsent(new Key(a.index(), b.key(), b.role(), b.arabic()),
                k -> PartSimilarity.compare(a, b));
    }
}
