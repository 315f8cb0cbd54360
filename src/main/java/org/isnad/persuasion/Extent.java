package org.isnad.persuasion;

/**
 * How far a technique's span reaches from the words a pattern matched. Written in the lexicon's third column as
 * {@code match} (default), {@code +N} (up to N more words, stopping at punctuation), {@code -N} (up to N words
 * before), {@code clause} (on to the next comma, semicolon, colon or sentence end) or {@code sentence}.
 */
public record Extent(Kind kind, int words) {
    /** The kinds of extent. */
    public enum Kind { MATCH, AFTER, BEFORE, CLAUSE, SENTENCE }

    public static final Extent MATCH = new Extent(Kind.MATCH, 0);

    /** Parses the column; throws {@link IllegalArgumentException} on anything else. */
    public static Extent parse(String s) {
        String v = s.strip();
        if (v.isEmpty() || v.equals("match")) {
            return MATCH;
        }
        if (v.equals("clause")) {
            return new Extent(Kind.CLAUSE, 0);
        }
        if (v.equals("sentence")) {
            return new Extent(Kind.SENTENCE, 0);
        }
        if (v.matches("[+-][1-9][0-9]?")) {
            return new Extent(v.charAt(0) == '+' ? Kind.AFTER : Kind.BEFORE, Integer.parseInt(v.substring(1)));
        }
        throw new IllegalArgumentException("bad extent '" + s + "' (match, +N, -N, clause, sentence)");
    }
}
