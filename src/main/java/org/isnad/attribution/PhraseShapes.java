package org.isnad.attribution;

/**
 * Word shapes the source chunker reads without a lexicon: prepositions with a pronoun, sound plurals that keep their
 * nun and the adjectives that agree with them, nisba adjectives that close a phrase, participles with a complement,
 * possessive suffixes and bracket pairs. Static and thread-safe.
 */
final class PhraseShapes {
    private PhraseShapes() {
    }

    /** «فيها»، «له»، «عنه»، «لنا»: a preposition with a pronoun, never a source. */
    static boolean isPronounPhrase(TokenText tt, int i) {
        String n = tt.norm(i);
        return n.matches("(في|ل|عن|علي|الي|من|من|ب|مع|لدي|عند)(ه|ها|هم|هما|نا|ي|كم)") && n.length() <= 6;
    }

    /** An indefinite word in the nominative sound masculine plural, which keeps its nun («كثيرون»، «ناشطون»). */
    static boolean nominativePlural(TokenText tt, int k) {
        String n = tt.isArabic(k) ? tt.bare(k) : "";
        return n.length() >= 5 && !tt.hasArticle(k) && n.endsWith("ون");
    }

    /**
     * An indefinite word that can describe a sound plural or dual head: itself a sound plural or dual
     * («ناشطون سوريون»، «مسؤولان أمريكيان») or the broken plural adjective «كبار» («مسؤولون كبار»).
     */
    static boolean agreesInNumber(TokenText tt, int k) {
        String n = tt.bare(k);
        return n.endsWith("ون") || n.endsWith("ين") || n.endsWith("ان") || n.equals("كبار");
    }

    /** A definite nisba adjective after a definite word of the phrase, which closes it («رئيس الوزراء الكندي»). */
    static boolean closingNisba(TokenText tt, int k, int from) {
        return k > from && tt.isArabic(k) && tt.hasArticle(k) && isNisba(tt.norm(k)) && tt.isArabic(k - 1)
                && tt.hasArticle(k - 1);
    }

    /** «المدعوم من التحالف»، «الموالي للحكومة»: a definite participle with its complement describes the head. */
    static boolean participleWithComplement(TokenText tt, int k, int limit) {
        String n = tt.norm(k);
        boolean plural = n.endsWith("ين") || n.endsWith("ون") || n.endsWith("ات");
        return n.startsWith("الم") && !plural && k + 1 < limit && tt.isArabic(k + 1)
                && (tt.isPreposition(k + 1) || tt.tok(k + 1).proclitics().startsWith("ل"));
    }

    static boolean isNisba(String folded) {
        return folded.endsWith("ي") || folded.endsWith("يه");
    }

    /** «في كلمتها»: a noun with a possessive pronoun refers back to the speaker, so the phrase is adverbial. */
    static boolean hasPronounSuffix(TokenText tt, int k) {
        String n = tt.isArabic(k) ? tt.norm(k) : "";
        return n.length() > 4 && (n.endsWith("ها") || n.endsWith("هم") || n.endsWith("ته"));
    }

    static int findClose(TokenText tt, int k, int limit) {
        for (int j = k + 1; j < limit && j - k <= 6; j++) {
            if (tt.tok(j).surface().equals(")")) {
                return j;
            }
        }
        return -1;
    }
}
