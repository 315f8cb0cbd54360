package org.isnad.model;

import java.util.List;
import java.util.Map;
import org.isnad.doc.Span;

/**
 * A relation read from a claim. It is never a fact: it carries the claim it came from, its evidence span and a
 * confidence.
 *
 * @param type       ROLE, PART_OF, LEADS, MEETING, FUNDING, SUPPORT, AGREEMENT, ADVICE, DESIGNATION …
 * @param attributes further facts of the mention (role_text, former, kind, time …), JSON-friendly values only
 */
public record Relation(String id, String type, List<Argument> arguments, Map<String, Object> attributes,
                       Span evidence, String claim, double confidence) {
    public Relation {
        arguments = List.copyOf(arguments);
        attributes = Map.copyOf(attributes);
    }
}
