package org.isnad.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The token layer as an immutable list that also keeps every token's start and end offsets in two dense int arrays,
 * so that passes over offsets only (the sentence splitter, span look-ups by offset) need not touch each token
 * object. Behaves as any unmodifiable {@code List<Token>}. Thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private TokenList(Token[] tokens, int[] starts, int[] ends, int size) {
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The tokens of any list, as a token list (the same list when it already is one). */
    public static TokenList of(List<Token> list) {
        if (list instanceof TokenList t) {
            return t;
        }
        Builder b = new Builder(list.size());
        list.forEach(b::add);
        return b.build();
    }

    @Override
    public Token get(int i) {
        Objects.checkIndex(i, size);
        return tokens[i];
    }

    @Override
    public int size() {
        return size;
    }

    /** The start offset of token {@code i}. */
    public int start(int i) {
        Objects.checkIndex(i, size);
        return starts[i];
    }

    /** The end offset of token {@code i}. */
    public int end(int i) {
        Objects.checkIndex(i, size);
        return ends[i];
    }

    /** The index of the first token ending after {@code offset}, or {@code size()} when none does. */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Collects tokens in text order. Not thread-safe. */
    static final class Builder {
        private Token[] tokens;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(int expected) {
            int n = Math.max(16, expected);
            tokens = new Token[n];
            starts = new int[n];
            ends = new int[n];
        }

        void add(Token t) {
            if (size == tokens.length) {
                int n = size + (size >> 1) + 16;
                tokens = Arrays.copyOf(tokens, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
            }
            tokens[size] = Objects.requireNonNull(t);
            starts[size] = t.start();
            ends[size] = t.end();
            size++;
        }

        TokenList build() {
            return new TokenList(tokens, starts, ends, size);
        }
    }
}
