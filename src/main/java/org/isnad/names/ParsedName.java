package org.isnad.names;

import java.util.List;

/**
 * A name split into parts with their roles.
 *
 * @param raw     the name as given
 * @param kind    person, organisation or unknown
 * @param parts   the parts, in written order
 * @param nasab   true if the name has a bin/ibn chain, so that the order of its names matters
 * @param dropped honorifics and connectives removed before matching, for explanations
 */
public record ParsedName(String raw, NameKind kind, List<NamePart> parts, boolean nasab, List<String> dropped) {
    public ParsedName {
        parts = List.copyOf(parts);
        dropped = List.copyOf(dropped);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
