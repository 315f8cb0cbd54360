package org.isnad.persuasion;

import java.util.List;
import org.isnad.text.Token;

/**
 * A document's tokens with their lemma keys and exact forms computed once, so that every pattern compares
 * precomputed strings. (A process-wide cache of keys by folded form was measured and was no faster than computing
 * them.) Built per document; not shared between threads.
 */
final class IndexedTokens {

    final List<Token> tokens;
    final String[][] keys;
    final String[][] exact;

    IndexedTokens(List<Token> tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        keys = new String[n][];
        exact = new String[n][];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() == org.isnad.text.TokenKind.ARABIC) {
                keys[i] = LemmaKey.keys(t);
                exact[i] = LemmaKey.exactForms(t);
            } else {
                keys[i] = new String[] {t.surface()};
                exact[i] = keys[i];
            }
        }
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }
}
