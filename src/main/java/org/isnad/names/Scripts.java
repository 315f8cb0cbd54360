package org.isnad.names;

/** Which script a cleaned word is written in. */
public final class Scripts {
    private Scripts() {
    }

    /** True if the word has at least one Arabic-block letter. */
    public static boolean isArabic(CharSequence w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= '\u0620' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')) {
                return true;
            }
        }
        return false;
    }

    /** True if the word is plain lower-case ASCII letters and digits. */
    public static boolean isAsciiLatin(CharSequence w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }
}
