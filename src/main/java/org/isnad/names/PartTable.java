package org.isnad.names;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives every distinct list-side part (and every run of parts written as one word) a small int id, so that a query
 * compares each distinct part once however many listed names carry it ({@link SimCache}). Two parts get the same
 * id when {@link PartSimilarity} cannot tell them apart: same key, skeleton, role and script (and, for group words,
 * the same text). Filled while an index is built, read-only afterwards; not thread-safe while filling.
 */
public final class PartTable {
    private record Key(String key, String skeleton, PartRole role, boolean arabic, String groupText) {
    }

    private final Map<Key, Integer> ids = new HashMap<>();

    /** The id of {@code p}, assigned on first sight. */
    public int id(NamePart p) {
        Key k = new Key(p.key(), p.skeleton(), p.role(), p.arabic(), p.role() == PartRole.GROUP ? p.text() : "");
        Integer id = ids.get(k);
        if (id == null) {
            id = ids.size();
            ids.put(k, id);
        }
        return id;
    }

    /** How many distinct parts have an id. */
    public int size() {
        return ids.size();
    }
}
