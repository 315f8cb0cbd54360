package org.isnad.attribution;

import org.isnad.doc.Span;

/**
 * A cue found in the token stream.
 *
 * @param entry the lexicon entry (its kind may differ from the match kind for connective phrases)
 * @param kind  how the cue is used here
 * @param first the first token of the cue
 * @param end   the token after the cue (for a cue ending in an attached lam, the token carrying the lam)
 * @param span  the cue text: proclitics و ف and auxiliaries left out
 * @param verb  for a connective phrase («بحسب ما كشفه»), the index of the verb; else -1
 * @param lamInNext true when the cue ends with the lam attached to token {@code end} («وفقا لدراسة»)
 */
record CueMatch(CueEntry entry, CueKind kind, int first, int end, Span span, int verb, boolean lamInNext) {
    CueMatch withKind(CueKind k, int newFirst, Span newSpan) {
        return new CueMatch(entry, k, newFirst, end, newSpan, -1, lamInNext);
    }
}
