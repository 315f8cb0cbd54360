package org.isnad.ner;

import org.isnad.model.EntityType;

/**
 * A mention found in a document: token positions {@code [first, end)} in the document's token layer and a type.
 *
 * @param first first token
 * @param end   token after the last
 * @param type  entity type
 */
public record Mention(int first, int end, EntityType type) {
    public int length() {
        return end - first;
    }
}
