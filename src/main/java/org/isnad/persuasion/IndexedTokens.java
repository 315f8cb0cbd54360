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
    final boolean[] word;
    final boolean[] clauseBreak;

    IndexedTokens(List<Token> tokens) {
        this.tokens = tokens;
        int n = tokens.size();
        keys = new String[n][];
        exact = new String[n][];
        word = new boolean[n];
        clauseBreak = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            word[i] = TokenWindow.isWord(t);
            clauseBreak[i] = !word[i] && TokenWindow.isClauseBreak(t);
            if (t.kind() == org.isnad.text.TokenKind.ARABIC) {
                keys[i] = LemmaKey.keys(t);
                exact[i] = LemmaKey.exactForms(t);
            } else {
                keys[i] = new String[] {t.surface()};
                exact[i] = keys[i];
            }
        }
    }

    /** Index after the last word before the next clause break at or after {@code end} (or the limit). */
    int clauseEnd(int end, int limit) {
        int last = end;
        for (int i = end; i < limit && !clauseBreak[i]; i++) {
            if (word[i]) {
                last = i + 1;
            }
        }
        return last;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }
}
