package org.isnad.model;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * One argument of a relation: its role and what fills it — an entity when one was found, always the text.
 */
public record Argument(String role, Optional<String> entity, String text, Optional<Span> span) {
}
