package org.isnad.text;

/**
 * Per-character tables for the tokenizer, computed once from {@link Character} so that the hot loop does one array
 * lookup per character instead of Unicode property calls. Supplementary characters (surrogate pairs) are looked up
 * through the slow path.
 */
final class CharClass {
    /** Segmentation classes. */
    static final byte OTHER = 0;
    static final byte WORD = 1;
    static final byte SPACE = 2;
    static final byte FORMAT = 3;
    static final byte SURROGATE = 4;

    /** Shape classes for {@link TokenKind}. */
    static final byte K_IGNORE = 0;
    static final byte K_DIGIT = 1;
    static final byte K_ARABIC = 2;
    static final byte K_LATIN = 3;
    static final byte K_OTHER_LETTER = 4;
    static final byte K_PUNCT = 5;
    static final byte K_SYMBOL = 6;

    private static final byte[] SEG = new byte[0x10000];
    private static final byte[] SHAPE = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            SEG[c] = segSlow(c);
            SHAPE[c] = shapeSlow(c);
        }
    }

    private CharClass() {
    }

    static byte seg(char c) {
        return SEG[c];
    }

    static byte shape(char c) {
        return SHAPE[c];
    }

    /** The segmentation class of any code point. */
    static byte segSlow(int cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return SURROGATE;
        }
        if (isWordPart(cp)) {
            return WORD;
        }
        if (cp < 0x10000 && ArabicNormalizer.isFormatControl((char) cp)) {
            return FORMAT;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL) {
            return SPACE;
        }
        return OTHER;
    }

    /** The shape class of any code point. */
    static byte shapeSlow(int cp) {
        if (Character.isDigit(cp)) {
            return K_DIGIT;
        }
        if (Character.isLetter(cp)) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.ARABIC ? K_ARABIC
                    : sc == Character.UnicodeScript.LATIN ? K_LATIN : K_OTHER_LETTER;
        }
        if (isWordPart(cp) || cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C') {
            return K_IGNORE;
        }
        int type = Character.getType(cp);
        boolean punct = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
        return punct ? K_PUNCT : K_SYMBOL;
    }

    /** Letters, digits, combining marks and tatweel make up words. */
    static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '\u0640') {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
