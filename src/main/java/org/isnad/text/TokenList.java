package org.isnad.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The token layer as an immutable list that also keeps, in dense arrays, every token's start and end offsets, the
 * character of each one-character token and whether a line break comes before it, so that passes over offsets and
 * marks (the sentence splitter, span look-ups by offset) need not touch each token object or the text. Behaves as
 * any unmodifiable {@code List<Token>}. Thread-safe.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;
    private final int[] starts;
    private final int[] ends;
    private final char[] marks;
    private final boolean[] breaks;
    private final int size;

    private TokenList(Builder b) {
        this.tokens = b.tokens;
        this.starts = b.starts;
        this.ends = b.ends;
        this.marks = b.marks;
        this.breaks = b.breaks;
        this.size = b.size;
    }

    /** The tokens of {@code text} in any list, as a token list (the same list when it already is one). */
    public static TokenList of(String text, List<Token> list) {
        if (list instanceof TokenList t) {
            return t;
        }
        Builder b = new Builder(list.size());
        int prevEnd = 0;
        for (Token t : list) {
            boolean lineBreak = false;
            for (int k = Math.min(prevEnd, t.start()); k < t.start() && !lineBreak; k++) {
                lineBreak = isLineBreak(text.charAt(k));
            }
            b.add(t, t.end() - t.start() == 1 ? text.charAt(t.start()) : 0, lineBreak);
            prevEnd = t.end();
        }
        return b.build();
    }

    /** Line feed, carriage return, next line, line and paragraph separators. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085';
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

    /** The character of token {@code i} when it is one character long, else 0. */
    public char mark(int i) {
        Objects.checkIndex(i, size);
        return marks[i];
    }

    /** True when a line break stands between token {@code i - 1} (or the start) and token {@code i}. */
    public boolean lineBreakBefore(int i) {
        Objects.checkIndex(i, size);
        return breaks[i];
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
        private char[] marks;
        private boolean[] breaks;
        private int size;

        Builder(int expected) {
            int n = Math.max(16, expected);
            tokens = new Token[n];
            starts = new int[n];
            ends = new int[n];
            marks = new char[n];
            breaks = new boolean[n];
        }

        /** Adds a token, the character it is when one character long (else 0), and whether a line break precedes. */
        void add(Token t, char mark, boolean lineBreakBefore) {
            if (size == tokens.length) {
                int n = size + (size >> 1) + 16;
                tokens = Arrays.copyOf(tokens, n);
                starts = Arrays.copyOf(starts, n);
                ends = Arrays.copyOf(ends, n);
                marks = Arrays.copyOf(marks, n);
                breaks = Arrays.copyOf(breaks, n);
            }
            tokens[size] = Objects.requireNonNull(t);
            starts[size] = t.start();
            ends[size] = t.end();
            marks[size] = mark;
            breaks[size] = lineBreakBefore;
            size++;
        }

        TokenList build() {
            return new TokenList(this);
        }
    }
}
