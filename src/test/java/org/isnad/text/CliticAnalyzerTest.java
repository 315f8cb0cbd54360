package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CliticAnalyzerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private Token token(String w) {
        return tokenizer.tokenize(w).get(0);
    }

    private void expect(String word, String proclitics, String base) {
        Token t = token(word);
        assertEquals(proclitics, t.proclitics(), word + " proclitics");
        assertEquals(base, t.base(), word + " base");
    }

    @Test
    void splitsConjunctionsPrepositionsAndArticle() {
        expect("وأوضح", "و", "اوضح");
        expect("للأمم", "ل+ال", "الامم");
        expect("بالمركز", "ب+ال", "المركز");
        expect("وبالمركز", "و+ب+ال", "المركز");
        expect("والحكومة", "و+ال", "الحكومه");
        expect("فأكد", "ف", "اكد");
        expect("كالعادة", "ك+ال", "العاده");
        expect("سيكشف", "س", "يكشف");
        expect("وستنشر", "و+س", "تنشر");
        expect("الوزير", "ال", "الوزير");
        // a preposition before a listed whole word is still split: the listed word is the base
        expect("لوزارة", "ل", "وزاره");
        expect("لوكالة", "ل", "وكاله");
        expect("بولاية", "ب", "ولايه");
        expect("وفدا", "", "وفدا");
    }

    @Test
    void leavesWordsThatOnlyLookCliticized() {
        expect("وزير", "", "وزير");
        expect("كشف", "", "كشف");
        expect("وكشفت", "و", "كشفت");
        expect("بيان", "", "بيان");
        expect("لبنان", "", "لبنان");
        expect("فلسطين", "", "فلسطين");
        expect("بحسب", "", "بحسب");
        expect("وبحسب", "و", "بحسب");
        expect("سوريا", "", "سوريا");
        expect("لـ", "", "ل");
        expect("في", "", "في");
    }

    @Test
    void aPluralVerbTakesNoPrepositionButTheLamOfPurpose() {
        expect("كشفوا", "", "كشفوا");
        expect("وكشفوا", "و", "كشفوا");
        expect("بحثوا", "", "بحثوا");
        expect("لعبوا", "", "لعبوا");
        expect("ليقولوا", "ل", "يقولوا");
        expect("لتعلنوا", "ل", "تعلنوا");
    }

    @Test
    void lightStemDropsArticleAndSuffixes() {
        assertEquals("امم", token("للأمم").stem());
        assertEquals("مركز", token("بالمركز").stem());
        assertEquals("مسؤول", token("المسؤولين").stem());
        assertEquals("وزير", token("وزير").stem());
    }
}
