package org.isnad.names;

import java.text.Normalizer;
import org.isnad.text.ArabicNormalizer;

/**
 * Turns a raw name, possibly hostile, into plain words: Arabic in the matching fold (no diacritics, tatweel,
 * zero-width or bidi controls; alef/ya/ha forms and Persian/Urdu letters folded), Latin in lower-case ASCII
 * (accents stripped, Cyrillic/Greek look-alikes folded), other scripts romanised; punctuation and hyphens become
 * spaces, apostrophes and ʿayn marks vanish, runs of spaces collapse. Words are separated by single spaces.
 */
public final class NameCleaner {
    /** Upper bound on the length of a name, in chars; longer input is cut (a name is not a document). */
    public static final int MAX_LENGTH = 512;

    private NameCleaner() {
    }

    public static String clean(String raw) {
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = ArabicNormalizer.MATCHING.normalize(s);
        s = foldUrdu(s);
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder words = new StringBuilder(s.length());
        StringBuilder word = new StringBuilder();
        boolean latinContext = hasLatinLetters(s);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (isApostrophe(c) || ArabicNormalizer.isIgnorable(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            if (c == '&') {
                flush(words, word, latinContext);
                words.append(" and");
                continue;
            }
            flush(words, word, latinContext);
        }
        return words.toString().trim();
    }

    private static void flush(StringBuilder words, StringBuilder word, boolean latinContext) {
        if (word.length() == 0) {
            return;
        }
        String w = Homoglyphs.foldWord(word.toString().toLowerCase(java.util.Locale.ROOT), latinContext);
        word.setLength(0);
        if (!Scripts.isArabic(w)) {
            w = Scripts.isAsciiLatin(w) ? w : Romanizer.romanizeWord(w);
        }
        if (!w.isBlank()) {
            words.append(' ').append(w.trim());
        }
    }

    private static boolean hasLatinLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BF' || c == '\u02BE' || c == '`'
                || c == '\u00B4' || c == '\u02BB' || c == '\u02BC';
    }

    /** Urdu letters not folded by ArabicNormalizer, to their Arabic counterparts. */
    private static String foldUrdu(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u06D2', '\u06D3' -> '\u064A'; // ے ۓ → ي
                case '\u06BA' -> '\u0646';           // ں → ن
                case '\u0679' -> '\u062A';           // ٹ → ت
                case '\u0688' -> '\u062F';           // ڈ → د
                case '\u0691' -> '\u0631';           // ڑ → ر
                case '\u06C3' -> '\u0647';           // ۃ → ه
                case '\u06AF' -> '\u06AF';
                default -> c;
            };
            if (r != c && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(r);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
