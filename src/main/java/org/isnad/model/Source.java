package org.isnad.model;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * Who an attribution's content is ascribed to.
 *
 * @param span     the source phrase; empty when the source is implicit and no antecedent is in the document
 * @param type     the source type
 * @param entity   the id of the entity the phrase names, if any
 * @param implicit true when the source is a pronoun subject, participle or relative clause resolved to an antecedent
 */
public record Source(Optional<Span> span, SourceType type, Optional<String> entity, boolean implicit) {
}
