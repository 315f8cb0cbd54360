package org.isnad.text;

import org.isnad.doc.Span;

/**
 * A token with its surface and matching forms. All forms are derived strings; the token's place in the document is
 * its {@link Span} alone.
 *
 * @param span       where it stands in the original text
 * @param surface    the text exactly as written
 * @param norm       the surface folded by {@link ArabicNormalizer#MATCHING}
 * @param proclitics the proclitics split off, in order, e.g. "و", "ب+ال", "ل+ال" (empty when none)
 * @param base       the word without conjunction and preposition proclitics, article kept or restored
 *                   («وأوضح» → اوضح, «للأمم» → الامم, «بالمركز» → المركز)
 * @param stem       a light stem: base without article and common suffixes («الأمم» → امم)
 * @param kind       letters, digits, punctuation …
 */
public record Token(Span span, String surface, String norm, String proclitics, String base, String stem,
                    TokenKind kind) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    /** True when the base form (proclitics removed) equals the given folded word. */
    public boolean is(String foldedWord) {
        return base.equals(foldedWord) || norm.equals(foldedWord);
    }

    public boolean hasProclitic(String p) {
        for (String part : proclitics.split("\\+")) {
            if (part.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
