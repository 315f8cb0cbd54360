package org.isnad.text;

import java.util.regex.Pattern;

/**
 * Arabic word shapes that tell a word's class without a lexicon, on folded forms ({@link ArabicNormalizer#MATCHING}):
 * the definite broken plural of the أفعال pattern and the verbal nouns of the derived forms. Used by the NER stage
 * rules and by the attribution source chunker alike.
 */
public final class WordShapes {
    /** The article, then أ (folded to ا), two letters, a long ا and a last letter: «الأكراد», «الأتراك», «الأشخاص». */
    private static final Pattern DEFINITE_AFAAL = Pattern.compile("الا[^ا]{2}ا[^ا]");
    /** استفعال، افتعال، انفعال: «استمرار», «اعتقال», «انسحاب». */
    private static final Pattern DERIVED_MASDAR = Pattern.compile("است[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]");

    /** تفعيل: «تجميد», «تعيين», «تسليم». */
    private static final Pattern FORM_TWO_MASDAR = Pattern.compile("ت[^ا]{2}ي[^ا]");

    private WordShapes() {
    }

    /** True for a definite plural of the أفعال pattern, which is never part of a personal name. */
    public static boolean isDefiniteBrokenPlural(Token t) {
        return t.kind() == TokenKind.ARABIC && DEFINITE_AFAAL.matcher(t.norm()).matches();
    }

    /** True for a folded word of the shape of a derived verbal noun (forms X, VIII, VII). */
    public static boolean isDerivedMasdar(String folded) {
        return DERIVED_MASDAR.matcher(folded).matches();
    }

    /** True for a folded word of the shape of the verbal noun of form II (تفعيل), which is never a name. */
    public static boolean isFormTwoMasdar(String folded) {
        return FORM_TWO_MASDAR.matcher(folded).matches();
    }
}
