package org.isnad.names;

/**
 * Folds Cyrillic and Greek letters that look like Latin ones ("Оsаmа" with Cyrillic О and а) to their Latin twins,
 * so that a name typed or forged with look-alike letters matches its plain spelling. Only used on words that are
 * written mostly in Latin letters, or that consist only of look-alikes inside a Latin name; real Cyrillic and Greek
 * names are transliterated instead (see {@link Romanizer}).
 */
public final class Homoglyphs {
    // pairs: look-alike, Latin (lower case; the cleaner lower-cases first)
    private static final String FROM = "аеорсухіјѕԁһкмнтвӏԛԝαβεηικμνορτυχζ";
    private static final String TO = "aeopcyxijsdhkmhtblqwabehikmnoptyxz";

    private Homoglyphs() {
    }

    /** The Latin look-alike of {@code c}, or {@code c} itself. */
    public static char fold(char c) {
        int i = FROM.indexOf(c);
        return i < 0 ? c : TO.charAt(i);
    }

    /** True if {@code c} is a Cyrillic or Greek letter with a Latin look-alike. */
    public static boolean isLookAlike(char c) {
        return fold(c) != c;
    }

    /**
     * Folds the look-alikes of one word when the word mixes Latin with Cyrillic/Greek letters, or when
     * {@code latinContext} is true and every non-Latin letter of it is a look-alike.
     */
    public static String foldWord(String word, boolean latinContext) {
        boolean latin = false;
        boolean other = false;
        boolean allLookAlike = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 0x250 && Character.isLetter(c)) {
                latin = true;
            } else if (Character.isLetter(c)) {
                other = true;
                allLookAlike &= isLookAlike(c);
            }
        }
        if (!other || !((latin && allLookAlike) || (latinContext && allLookAlike) || latin && mostlyLatin(word))) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            sb.append(fold(word.charAt(i)));
        }
        return sb.toString();
    }

    private static boolean mostlyLatin(String word) {
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x250) {
                    latin++;
                }
            }
        }
        return latin * 2 > letters;
    }
}
