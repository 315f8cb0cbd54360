package org.isnad.persuasion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The lemma key, the pattern syntax and the shipped lexicons. */
class LexiconTest {
    private static Token tok(String w) {
        return new Tokenizer().tokenize(w).get(0);
    }

    private static boolean sharesKey(String a, String b) {
        for (String x : LemmaKey.keys(tok(a))) {
            for (String y : LemmaKey.keys(tok(b))) {
                if (x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void keyJoinsCliticGenderAndNumberForms() {
        assertTrue(sharesKey("إرهابي", "الإرهابيين"));
        assertTrue(sharesKey("إرهابية", "للإرهاب"));
        assertTrue(sharesKey("كارثة", "بالكارثية"));
        assertTrue(sharesKey("مهم", "مهمة"));
        assertTrue(sharesKey("فريدة", "فريد"));
        assertFalse(sharesKey("إرهابي", "رهيب"));
    }

    @Test
    void patternSyntax() {
        LexiconPattern p = LexiconPattern.parse("Epithet", new String[] {"=ما س+يكشف|يسمى _? جديد*", "0.7", "+2"}, 0.5);
        assertEquals(4, p.elements().size());
        assertEquals(PatternElement.Mode.EXACT, p.elements().get(0).mode());
        assertTrue(p.elements().get(1).future());
        assertTrue(p.elements().get(2).optional());
        assertEquals(PatternElement.Mode.PREFIX, p.elements().get(3).mode());
        assertEquals(new Extent(Extent.Kind.AFTER, 2), p.extent());
        assertEquals(0.7, p.confidence());
        assertEquals(2, LexiconPattern.parseAll("Doubt", new String[] {"=هل _ / =كيف =يمكن"}, 0.5).size());
    }

    @Test
    void badRowsFailWithTheirText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LexiconPattern.parse("Doubt", new String[] {"شك", "0.5", "later"}, 0.5));
        assertTrue(e.getMessage().contains("later"));
        assertThrows(IllegalArgumentException.class, () -> LexiconPattern.parse("Doubt", new String[] {"_ شك"}, 0.5));
    }

    @Test
    void matchingFollowsTheElements() {
        List<Token> toks = new Tokenizer().tokenize("سنكشف لاحقا تفاصيل");
        LexiconPattern p = LexiconPattern.parse("Promised_Revelation", new String[] {"س+نكشف _? تفاصيل"}, 0.5);
        assertEquals(3, LexiconMatcher.matchFrom(p.elements(), 0, new IndexedTokens(toks), 0, toks.size()));
        List<Token> past = new Tokenizer().tokenize("كشفنا تفاصيل");
        assertEquals(-1, LexiconMatcher.matchFrom(p.elements(), 0, new IndexedTokens(past), 0, past.size()));
    }

    @Test
    void shippedLexiconsLoadAndUseKnownTechniques() {
        PersuasionLexicon lex = new PersuasionLexicon();
        assertTrue(lex.patterns().size() > 300, "patterns: " + lex.patterns().size());
        for (LexiconPattern p : lex.patterns()) {
            assertTrue(Techniques.isKnown(p.technique()), p.technique());
        }
        assertEquals(23, Techniques.armpro().size());
    }
}
