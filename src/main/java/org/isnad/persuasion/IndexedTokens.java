package org.isnad.persuasion;

import java.util.List;
import org.isnad.text.Token;

/**
 * A document's tokens with their lemma keys and exact forms computed once, so that every pattern compares
 * precomputed strings. Both depend only on a token's folded form, so they are kept in a bounded process-wide cache
 * (news vocabulary repeats heavily). Built per document; not shared between threads.
 */
final class IndexedTokens {
    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String[][]> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

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
                String[][] ke = CACHE.get(t.norm());
                if (ke == null) {
                    ke = new String[][] {LemmaKey.keys(t), LemmaKey.exactForms(t)};
                    if (CACHE.size() >= CACHE_LIMIT) {
                        CACHE.clear();
                    }
                    CACHE.put(t.norm(), ke);
                }
                keys[i] = ke[0];
                exact[i] = ke[1];
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
