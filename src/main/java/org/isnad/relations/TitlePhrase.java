package org.isnad.relations;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * A title phrase: the title words, what it is a title of (organisation or country), whether it is marked former,
 * whether its head is a leader word, and the name it is in apposition with, if any.
 *
 * @param title    the title words («وزير الخارجية»، «المسؤول الإداري والمالي»)
 * @param roleText the whole phrase before the name («المبعوث الخاص البريطاني السابق إلى ليبيا»)
 */
record TitlePhrase(Span title, Span roleText, Optional<Mention> org, Optional<Mention> country, boolean former,
                   boolean leader, Optional<Mention> person, boolean comma) {
}
