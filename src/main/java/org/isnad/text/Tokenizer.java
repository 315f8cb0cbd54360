package org.isnad.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;

/**
 * Splits text into word, number and punctuation tokens, each anchored to the original text. Diacritics, tatweel and
 * zero-width joiners inside a word stay in the word; bidi controls and other format characters between words are
 * skipped like spaces. A number keeps its decimal and thousands separators (3.5, ٣٫٥, 1,000). Thread-safe.
 */
public final class Tokenizer {
    private final ArabicNormalizer normalizer;
    private final CliticAnalyzer clitics;

    public Tokenizer() {
        this(ArabicNormalizer.MATCHING, CliticAnalyzer.get());
    }

    public Tokenizer(ArabicNormalizer normalizer, CliticAnalyzer clitics) {
        this.normalizer = normalizer;
        this.clitics = clitics;
    }

    /** Tokens of the whole text. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, with offsets into {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(16, (to - from) / 5));
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isWordPart(cp)) {
                int end = scanWord(text, i, to);
                if (end > i) {
                    out.add(make(text, i, end));
                }
                i = Math.max(end, i + n);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isSkippable(cp)) {
                i += n;
            } else {
                out.add(make(text, i, i + n));
                i += n;
            }
        }
        return out;
    }

    private static int scanWord(String text, int start, int to) {
        int i = start;
        int lastWordEnd = start;
        while (i < to) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isWordPart(cp)) {
                i += n;
                lastWordEnd = i;
            } else if (cp < 0x10000 && isJoinerInside((char) cp) && i > start) {
                i += n; // joiners only count when a word part follows
            } else if (isNumberSeparator(cp) && isDigitAt(text, i - 1) && i + 1 < to && isDigitAt(text, i + 1)) {
                i += n;
            } else {
                break;
            }
        }
        return lastWordEnd;
    }

    private static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C';
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

    private static boolean isJoinerInside(char c) {
        return ArabicNormalizer.isFormatControl(c);
    }

    private static boolean isSkippable(int cp) {
        return cp < 0x10000 && ArabicNormalizer.isFormatControl((char) cp) || Character.getType(cp) == Character.CONTROL;
    }

    private Token make(String text, int start, int end) {
        String surface = text.substring(start, end);
        String norm = normalizer.normalize(surface);
        TokenKind kind = kindOf(norm.isEmpty() ? surface : norm);
        if (kind == TokenKind.ARABIC) {
            CliticAnalyzer.Analysis a = clitics.analyze(norm);
            return new Token(new Span(start, end), surface, norm, a.proclitics(), a.base(), a.stem(), kind);
        }
        return new Token(new Span(start, end), surface, norm, "", norm, norm, kind);
    }

    static TokenKind kindOf(String s) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                digit = true;
            } else if (Character.isLetter(cp)) {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.ARABIC) {
                    arabic = true;
                } else if (sc == Character.UnicodeScript.LATIN) {
                    latin = true;
                } else {
                    other = true;
                }
            } else if (!isWordPart(cp) && cp != '.' && cp != ',' && cp != '\u066B' && cp != '\u066C') {
                int type = Character.getType(cp);
                boolean punct = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
                return punct ? TokenKind.PUNCT : TokenKind.SYMBOL;
            }
        }
        if (s.length() == 1 && (s.charAt(0) == '.' || s.charAt(0) == ',')) {
            return TokenKind.PUNCT;
        }
        int kinds = (arabic ? 1 : 0) + (latin ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (kinds == 1) {
            return arabic ? TokenKind.ARABIC : latin ? TokenKind.LATIN : digit ? TokenKind.DIGITS : TokenKind.MIXED;
        }
        return kinds == 0 ? TokenKind.SYMBOL : TokenKind.MIXED;
    }
}
