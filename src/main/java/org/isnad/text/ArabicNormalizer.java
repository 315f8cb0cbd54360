package org.isnad.text;

import java.text.Normalizer;

/**
 * Folds Arabic text into a form for matching. It never changes a document: it produces a new string together with
 * a map from each of its characters back to an offset in the input, so that a match in the folded form can always be
 * reported as a span of the original.
 *
 * <p>What it does, character by character:
 * <ul>
 *   <li>removes diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel;</li>
 *   <li>removes zero-width and bidi controls (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, LRE…RLO, LRI…PDI, BOM, soft hyphen);</li>
 *   <li>folds alef forms أ إ آ ٱ ٲ ٳ to ا, ى to ي, Persian/Urdu ی ې ي to ي, ک to ك, ھ ہ ۀ to ه, ة to ه (optional);</li>
 *   <li>folds Arabic-Indic and Extended Arabic-Indic digits to ASCII digits;</li>
 *   <li>applies NFKC to presentation forms and other compatibility characters (ﻻ → لا, ﷲ → الله);</li>
 *   <li>lower-cases Latin letters (optional).</li>
 * </ul>
 * Folding is table-driven (one lookup per character). Instances are immutable and thread-safe.
 */
public final class ArabicNormalizer {
    /** The folding used for matching words: ة→ه and Latin lower case on. */
    public static final ArabicNormalizer MATCHING = new ArabicNormalizer(true, true);
    /** A lighter folding that keeps ة and Latin case. */
    public static final ArabicNormalizer LIGHT = new ArabicNormalizer(false, false);

    /** Marks in {@link #kind}: the character maps to one character, is dropped, or expands to several. */
    private static final byte SAME = 0;
    private static final byte ONE = 1;
    private static final byte DROP = 2;
    private static final byte MANY = 3;

    private final boolean foldTaMarbuta;
    private final boolean lowerLatin;
    /** For every BMP character: how it folds ({@link #SAME} … {@link #MANY}). */
    private final byte[] kind = new byte[0x10000];
    /** For every BMP character of kind {@link #ONE}: what it folds to. */
    private final char[] one = new char[0x10000];
    /** The expansions of the few characters of kind {@link #MANY} (ligatures such as ﷲ). */
    private final java.util.Map<Character, String> many = new java.util.HashMap<>();

    public ArabicNormalizer(boolean foldTaMarbuta, boolean lowerLatin) {
        this.foldTaMarbuta = foldTaMarbuta;
        this.lowerLatin = lowerLatin;
        StringBuilder b = new StringBuilder(8);
        for (int c = 0; c < 0x10000; c++) {
            b.setLength(0);
            foldSlow((char) c, b);
            if (b.length() == 1 && b.charAt(0) == c) {
                kind[c] = SAME;
            } else if (b.length() == 1) {
                kind[c] = ONE;
                one[c] = b.charAt(0);
            } else if (b.length() == 0) {
                kind[c] = DROP;
            } else {
                kind[c] = MANY;
                many.put((char) c, b.toString());
            }
        }
    }

    /** The folded text with its offset map. */
    public record Folded(String text, int[] toOriginal) {
        /** The original offset where folded character {@code i} came from; {@code text.length()} maps past the end. */
        public int originalOffset(int i) {
            return toOriginal[i];
        }
    }

    /** Folds a whole string; returns {@code s} itself when nothing changes. */
    public String normalize(CharSequence s) {
        if (s instanceof String str && unchanged(str, 0, str.length())) {
            return str;
        }
        return normalize(s, 0, s.length());
    }

    /** Folds {@code s[start, end)} into a new string (no offset map). */
    public String normalize(CharSequence s, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            append(s.charAt(i), out);
        }
        return out.toString();
    }

    /** True when folding {@code s[start, end)} changes nothing. */
    public boolean unchanged(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (kind[s.charAt(i)] != SAME) {
                return false;
            }
        }
        return true;
    }

    /** Folds a string and keeps, for every output character, the input offset it came from. */
    public Folded fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int before = out.length();
            append(s.charAt(i), out);
            for (int k = before; k < out.length(); k++) {
                if (n + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                }
                map[n++] = i;
            }
        }
        int[] exact = java.util.Arrays.copyOf(map, n + 1);
        exact[n] = s.length();
        return new Folded(out.toString(), exact);
    }

    private void append(char c, StringBuilder out) {
        switch (kind[c]) {
            case SAME -> out.append(c);
            case ONE -> out.append(one[c]);
            case DROP -> { }
            default -> out.append(many.get(c));
        }
    }

    /** The definition of the folding, one character at a time; the tables are built from it. */
    private void foldSlow(char c, StringBuilder out) {
        if (c < 0x80) {
            out.append(lowerLatin && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else {
            appendFolded(c, out);
        }
    }

    /** True for characters this normaliser drops: diacritics, tatweel, format controls. */
    public static boolean isIgnorable(char c) {
        return isDiacritic(c) || c == '\u0640' || isFormatControl(c);
    }

    /** Arabic combining marks: harakat, tanwin, shadda, sukun, dagger alef, Quranic annotation marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u0610' && c <= '\u061A') || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6');
    }

    /** Zero-width characters and bidirectional controls. */
    public static boolean isFormatControl(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2069')
                || c == '\uFEFF' || c == '\u061C' || c == '\u00AD' || c == '\u180E';
    }

    private void appendFolded(char c, StringBuilder out) {
        if (isIgnorable(c)) {
            return;
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> out.append('\u0627');
            case '\u0649', '\u06CC', '\u06D0', '\u064A' -> out.append('\u064A');
            case '\u06A9' -> out.append('\u0643');
            case '\u06BE', '\u06C1', '\u06C0', '\u06D5' -> out.append('\u0647');
            case '\u0629' -> out.append(foldTaMarbuta ? '\u0647' : '\u0629');
            case '\u0624' -> out.append('\u0624');
            case '\u0660', '\u0661', '\u0662', '\u0663', '\u0664', '\u0665', '\u0666', '\u0667', '\u0668', '\u0669' ->
                    out.append((char) ('0' + (c - '\u0660')));
            case '\u06F0', '\u06F1', '\u06F2', '\u06F3', '\u06F4', '\u06F5', '\u06F6', '\u06F7', '\u06F8', '\u06F9' ->
                    out.append((char) ('0' + (c - '\u06F0')));
            default -> appendOther(c, out);
        }
    }

    private void appendOther(char c, StringBuilder out) {
        boolean compat = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE')
                || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u2000' && c <= '\u206F');
        if (compat) {
            String k = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            for (int i = 0; i < k.length(); i++) {
                char d = k.charAt(i);
                if (d == c) {
                    out.append(d);
                } else if (d < 0x80) {
                    out.append(lowerLatin && d >= 'A' && d <= 'Z' ? (char) (d + 32) : d);
                } else {
                    appendFolded(d, out);
                }
            }
            return;
        }
        if (lowerLatin && Character.isUpperCase(c) && c < '\u0600') {
            out.append(Character.toLowerCase(c));
            return;
        }
        out.append(c);
    }
}
