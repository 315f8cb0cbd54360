package org.isnad.store;

import org.isnad.model.EntityType;

/**
 * Maps an entity of one document to the key of the real-world actor it names, so that the same actor across reports
 * becomes one row of {@code actors}. The default ({@link NormalizedNameKeys}) keys on type and folded name; a
 * resolver that knows aliases and transliterations can replace it without touching the store.
 */
public interface CanonicalKeys {
    /** The canonical key of an entity of this type and canonical surface; equal keys mean the same actor. */
    String key(EntityType type, String name);

    /** The default: type plus {@link org.isnad.text.ArabicNormalizer#MATCHING}-folded, space-collapsed name. */
    static CanonicalKeys normalizedNames() {
        return new NormalizedNameKeys();
    }
}
