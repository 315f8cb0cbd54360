package org.isnad.text;

/** The coarse shape of a token. */
public enum TokenKind {
    ARABIC, LATIN, DIGITS, MIXED, PUNCT, SYMBOL
}
