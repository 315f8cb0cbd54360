package org.isnad.store;

import java.util.Optional;

/**
 * A stored document's metadata, without its text and layers.
 *
 * @param originId   the earliest stored near-duplicate (itself when original)
 * @param similarity estimated similarity to that origin (0 for an original)
 */
public record DocumentInfo(long id, String extId, Optional<String> title, Optional<String> outlet,
                           Optional<String> url, Optional<String> published, long originId, double similarity,
                           String layers) {
}
