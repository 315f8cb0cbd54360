package org.isnad.text;

import java.util.List;
import org.isnad.doc.Span;

/**
 * Splits text into word, number and punctuation tokens, each anchored to the original text. Diacritics, tatweel and
 * zero-width joiners inside a word stay in the word; bidi controls and other format characters between words are
 * skipped like spaces. A number keeps its decimal and thousands separators (3.5, ٣٫٥, 1,000). Thread-safe.
 *
 * <p>Speed: characters are classified through lookup tables ({@link CharClass}), and the analyses of words (folded
 * form, clitics, stem, kind) are kept in a bounded lock-free {@link WordCache}, so a frequent word costs one hash, one
 * comparison and the token object itself.
 */
public final class Tokenizer {
    private static final int CACHE_CAPACITY = 1 << 16;
    private final ArabicNormalizer normalizer;
    private final CliticAnalyzer clitics;
    private final WordCache cache = new WordCache(CACHE_CAPACITY);

    public Tokenizer() {
        this(ArabicNormalizer.MATCHING, CliticAnalyzer.get());
    }

    public Tokenizer(ArabicNormalizer normalizer, CliticAnalyzer clitics) {
        this.normalizer = normalizer;
        this.clitics = clitics;
    }

    /** Tokens of the whole text, as an immutable {@link TokenList}. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of {@code text[from, to)}, with offsets into {@code text}, as an immutable {@link TokenList}. */
    public List<Token> tokenize(String text, int from, int to) {
        int len = to - from;
        TokenList.Builder out = new TokenList.Builder(len / 5);
        char[] chars = new char[len];
        text.getChars(from, to, chars, 0);
        int i = 0;
        boolean lineBreak = false;
        while (i < len) {
            char c = chars[i];
            byte seg = CharClass.seg(c);
            int n = 1;
            if (seg == CharClass.SURROGATE) {
                int cp = Character.codePointAt(chars, i, len);
                n = Character.charCount(cp);
                seg = CharClass.segSlow(cp);
                if (seg == CharClass.SURROGATE) {
                    seg = CharClass.OTHER; // a lone surrogate stands alone
                }
            }
            if (seg == CharClass.WORD) {
                long scanned = scanWord(chars, i);
                int end = (int) scanned;
                if (end < i + n) {
                    end = i + n;
                    out.add(make(text, chars, from, i, end, WordCache.hash(chars, i, end)), mark(chars, i, end),
                            lineBreak);
                } else {
                    out.add(make(text, chars, from, i, end, (int) (scanned >>> 32)), mark(chars, i, end), lineBreak);
                }
                lineBreak = false;
                i = end;
            } else if (seg == CharClass.SPACE || seg == CharClass.FORMAT) {
                lineBreak |= TokenList.isLineBreak(c);
                i += n;
            } else {
                out.add(make(text, chars, from, i, i + n, WordCache.hash(chars, i, i + n)), mark(chars, i, i + n),
                        lineBreak);
                lineBreak = false;
                i += n;
            }
        }
        return out.build();
    }

    private static char mark(char[] chars, int start, int end) {
        return end - start == 1 ? chars[start] : 0;
    }

    /**
     * The end of the word starting at {@code start} (local offsets into {@code chars}) in the low 32 bits, and the
     * {@link WordCache#hash} of the word in the high 32 bits, computed on the way.
     */
    private static long scanWord(char[] chars, int start) {
        int to = chars.length;
        int i = start;
        int lastWordEnd = start;
        int h = 0;
        int lastWordHash = 0;
        while (i < to) {
            char c = chars[i];
            byte seg = CharClass.seg(c);
            if (seg == CharClass.WORD) {
                h = 31 * h + c;
                i++;
                lastWordEnd = i;
                lastWordHash = h;
            } else if (seg == CharClass.SURROGATE) {
                int cp = Character.codePointAt(chars, i, to);
                if (Character.charCount(cp) == 2 && CharClass.segSlow(cp) == CharClass.WORD) {
                    h = 31 * (31 * h + c) + chars[i + 1];
                    i += 2;
                    lastWordEnd = i;
                    lastWordHash = h;
                } else {
                    break;
                }
            } else if (seg == CharClass.FORMAT && i > start) {
                h = 31 * h + c;
                i++; // joiners only count when a word part follows
            } else if (isNumberSeparator(c) && isDigitAt(chars, i - 1) && isDigitAt(chars, i + 1)) {
                h = 31 * h + c;
                i++;
            } else {
                break;
            }
        }
        return ((long) WordCache.finish(lastWordHash) << 32) | (lastWordEnd & 0xFFFFFFFFL);
    }

    private static boolean isDigitAt(char[] chars, int i) {
        return i >= 0 && i < chars.length && CharClass.shape(chars[i]) == CharClass.K_DIGIT;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
    }

    /** The token of local range {@code chars[start, end)}; {@code from} maps local offsets to the text's. */
    private Token make(String text, char[] chars, int from, int start, int end, int hash) {
        Span span = new Span(from + start, from + end);
        if (end - start > WordCache.MAX_WORD) {
            return analyse(text.substring(from + start, from + end), span);
        }
        WordCache.Entry e = cache.get(chars, start, end, hash);
        if (e == null) {
            Token t = analyse(text.substring(from + start, from + end), span);
            cache.put(WordCache.entry(hash, chars, start, end, t));
            return t;
        }
        return new Token(span, e.surface(), e.norm(), e.proclitics(), e.base(), e.stem(), e.kind());
    }

    private Token analyse(String surface, Span span) {
        String norm = normalizer.normalize(surface);
        TokenKind kind = kindOf(norm.isEmpty() ? surface : norm);
        if (kind == TokenKind.ARABIC) {
            CliticAnalyzer.Analysis a = clitics.analyze(norm);
            return new Token(span, surface, norm, a.proclitics(), a.base(), a.stem(), kind);
        }
        return new Token(span, surface, norm, "", norm, norm, kind);
    }

    /** Letters, digits, combining marks and tatweel make up words. */
    static boolean isWordPart(int cp) {
        return CharClass.isWordPart(cp);
    }

    static TokenKind kindOf(String s) {
        boolean arabic = false;
        boolean latin = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            byte shape;
            if (Character.isSurrogate(c)) {
                int cp = s.codePointAt(i);
                shape = CharClass.shapeSlow(cp);
                i += Character.charCount(cp);
            } else {
                shape = CharClass.shape(c);
                i++;
            }
            switch (shape) {
                case CharClass.K_DIGIT -> digit = true;
                case CharClass.K_ARABIC -> arabic = true;
                case CharClass.K_LATIN -> latin = true;
                case CharClass.K_OTHER_LETTER -> other = true;
                case CharClass.K_PUNCT -> {
                    return TokenKind.PUNCT;
                }
                case CharClass.K_SYMBOL -> {
                    return TokenKind.SYMBOL;
                }
                default -> {
                }
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
