package org.isnad.relations;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * A phrase that can fill a relation argument, read from a sentence's tokens.
 *
 * @param from   index of its first token (in the document's token layer)
 * @param to     index just past its last token (where reading goes on)
 * @param span   what it covers in the text (proclitics of the first word left out)
 * @param kind   what sort of phrase it is
 * @param entity the entity it names, when the NER layer has one there
 * @param title  for a person read with a title, or a title without a name, the title phrase
 */
record Mention(int from, int to, Span span, Kind kind, Optional<String> entity, Optional<TitlePhrase> title) {
    /** What sort of phrase a mention is. */
    enum Kind { PERSON, TITLED, ORG, PLACE, PEOPLE, NP }

    Mention withTo(int newTo) {
        return new Mention(from, newTo, span, kind, entity, title);
    }

    boolean isPlace() {
        return kind == Kind.PLACE;
    }
}
