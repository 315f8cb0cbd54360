package org.isnad.model;

import java.util.List;
import org.isnad.doc.Span;

/**
 * One entity of a document with every mention of it.
 *
 * @param id       stable within one analysis ("e1", "e2" …)
 * @param type     its type
 * @param name     the canonical surface (the longest, most complete mention)
 * @param mentions every mention, in text order
 */
public record Entity(String id, EntityType type, String name, List<Span> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
