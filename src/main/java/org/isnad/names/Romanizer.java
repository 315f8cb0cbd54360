package org.isnad.names;

import com.ibm.icu.text.Transliterator;

/**
 * ICU4J transliteration: Arabic script to a readable Latin form (for explanations: «الجولاني» → "aljwlany"), and
 * any other script (Cyrillic, Greek, Chinese, Khmer…) to plain ASCII Latin so that it can be compared with Latin
 * names. Transliterators are created once per thread (ICU does not promise they are thread-safe) and reused.
 * ICU is slow on these inputs (≈ 50 µs for an accented Latin word, ≈ 100 µs for Cyrillic, 0.3–0.8 ms for three
 * Chinese characters), so the romanisation of single name words is memoised in a bounded cache
 * ({@link #romanizeWord}).
 */
public final class Romanizer {
    /** Distinct words whose romanisation is kept; the cache is emptied when full. */
    static final int WORD_CACHE_CAPACITY = 50_000;

    private static final ThreadLocal<Transliterator> ARABIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final BoundedCache<String, String> WORDS =
            new BoundedCache<>(WORD_CACHE_CAPACITY, Romanizer::toAscii);

    private Romanizer() {
    }

    /** Arabic script written in ASCII Latin letters (consonants only where the text has no vowel marks). */
    public static String arabicToLatin(String arabic) {
        return keepAsciiWordChars(ARABIC.get().transliterate(arabic));
    }

    /** Any script to lower-case ASCII Latin; characters ICU cannot map are dropped. Not cached. */
    public static String toAscii(String s) {
        return keepAsciiWordChars(ANY.get().transliterate(s));
    }

    /** {@link #toAscii} of one word, memoised (same result; a repeated word costs one map lookup). */
    public static String romanizeWord(String word) {
        return WORDS.get(word);
    }

    /** Words whose romanisation is cached now (for tests and benchmarks). */
    static int cachedWords() {
        return WORDS.size();
    }

    /** Empties the word cache (benchmarks use it to time the uncached path). */
    public static void clearWordCache() {
        WORDS.clear();
    }

    /** Keeps a–z, 0–9 and spaces (what {@code replaceAll("[^a-z0-9 ]", "")} kept, without a regex per call). */
    private static String keepAsciiWordChars(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ';
            if (!keep && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (keep && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
