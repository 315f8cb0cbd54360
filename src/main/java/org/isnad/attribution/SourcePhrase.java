package org.isnad.attribution;

import org.isnad.doc.Span;

/**
 * A source phrase found in the tokens: token range {@code [from, to)} and its text span (which may start after a
 * lam joined to the first token, «للمركز» → «لمركز» after the cue «وفقا ل»).
 */
record SourcePhrase(int from, int to, Span span) {
}
