package org.isnad.store;

import java.util.List;

/**
 * A real-world actor across documents: canonical key, type, a display name, the surfaces it was written as, and
 * how many documents mention it.
 */
public record ActorInfo(long id, String canonicalKey, String type, String name, List<String> aliases,
                        int documents) {
    public ActorInfo {
        aliases = List.copyOf(aliases);
    }
}
