package org.isnad.names;

import com.ibm.icu.text.Transliterator;

/**
 * ICU4J transliteration: Arabic script to a readable Latin form (for explanations: «الجولاني» → "aljwlany"), and
 * any other script (Cyrillic, Greek, Chinese, Khmer…) to plain ASCII Latin so that it can be compared with Latin
 * names. Transliterators are kept per thread because ICU does not promise they are thread-safe.
 */
public final class Romanizer {
    private static final ThreadLocal<Transliterator> ARABIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Romanizer() {
    }

    /** Arabic script written in ASCII Latin letters (consonants only where the text has no vowel marks). */
    public static String arabicToLatin(String arabic) {
        return ARABIC.get().transliterate(arabic).replaceAll("[^a-z0-9 ]", "");
    }

    /** Any script to lower-case ASCII Latin; characters ICU cannot map are dropped. */
    public static String toAscii(String s) {
        return ANY.get().transliterate(s).replaceAll("[^a-z0-9 ]", "");
    }
}
