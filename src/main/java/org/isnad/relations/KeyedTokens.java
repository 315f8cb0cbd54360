package org.isnad.relations;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.isnad.text.Token;

/**
 * A document's token list with each token's lexicon keys ({@link Keys#tokenKeys}) computed once, on first use.
 * Made per document and call; not shared between threads.
 */
final class KeyedTokens extends AbstractList<Token> implements RandomAccess {
    private final List<Token> tokens;
    private final List<?>[] keys;

    KeyedTokens(List<Token> tokens) {
        this.tokens = tokens;
        this.keys = new List<?>[tokens.size()];
    }

    @Override
    public Token get(int index) {
        return tokens.get(index);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @SuppressWarnings("unchecked")
    List<String> keys(int i) {
        List<?> k = keys[i];
        if (k == null) {
            k = Keys.tokenKeys(tokens.get(i));
            keys[i] = k;
        }
        return (List<String>) k;
    }

    /** The keys of token i of any list: cached when the list is a KeyedTokens. */
    static List<String> keysOf(List<Token> tokens, int i) {
        return tokens instanceof KeyedTokens kt ? kt.keys(i) : Keys.tokenKeys(tokens.get(i));
    }
}
