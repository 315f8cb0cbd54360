package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    private final ArabicNormalizer n = ArabicNormalizer.MATCHING;

    @Test
    void foldsLettersDiacriticsDigitsAndControls() {
        assertEquals("احمد", n.normalize("أحمد"));
        assertEquals("اسلام", n.normalize("إسلام"));
        assertEquals("امن", n.normalize("آمن"));
        assertEquals("الله", n.normalize("ٱلله"));
        assertEquals("مستشفي", n.normalize("مستشفى"));
        assertEquals("مدرسه", n.normalize("مدرسة"));
        assertEquals("مدرسة", ArabicNormalizer.LIGHT.normalize("مدرسة"));
        assertEquals("كتاب", n.normalize("کتاب"));
        assertEquals("ايران", n.normalize("ایران"));
        assertEquals("ان", n.normalize("إِنَّ"));
        assertEquals("مدينه", n.normalize("مـــــدينة"));
        assertEquals("2024", n.normalize("٢٠٢٤"));
        assertEquals("1403", n.normalize("۱۴۰۳"));
        assertEquals("لا", n.normalize("ﻻ"));
        assertEquals("الله", n.normalize("ﷲ"));
        assertEquals("كلمه", n.normalize("\u200Fكل\u200Cمة\u202C"));
        assertEquals("al-qaeda", n.normalize("Al-Qaeda"));
    }

    @Test
    void foldKeepsAMapBackToTheOriginal() {
        String s = "قالَ ﷲ «أحمد»";
        ArabicNormalizer.Folded f = n.fold(s);
        assertEquals("قال الله «احمد»", f.text());
        int i = f.text().indexOf("احمد");
        assertEquals(s.indexOf("أحمد"), f.originalOffset(i));
        assertEquals(s.length(), f.originalOffset(f.text().length()));
        int lig = f.text().indexOf("الله");
        for (int k = 0; k < 4; k++) {
            assertEquals(s.indexOf('ﷲ'), f.originalOffset(lig + k), "ligature letters map to the ligature");
        }
    }

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(80);
    }

    @Property(tries = 400)
    void foldNeverMovesOffsets(@ForAll("nasty") String s) {
        for (ArabicNormalizer norm : new ArabicNormalizer[] {ArabicNormalizer.MATCHING, ArabicNormalizer.LIGHT}) {
            ArabicNormalizer.Folded f = norm.fold(s);
            int[] map = f.toOriginal();
            assertEquals(f.text().length() + 1, map.length);
            assertEquals(s.length(), map[map.length - 1]);
            for (int i = 0; i < f.text().length(); i++) {
                assertTrue(map[i] >= 0 && map[i] < s.length(), "in range");
                assertTrue(i == 0 || map[i - 1] <= map[i], "monotone");
            }
            assertEquals(norm.normalize(s), f.text(), "fold and normalize agree");
        }
    }

    @Property(tries = 300)
    void foldingIsIdempotentAndDropsControls(@ForAll("nasty") String s) {
        String once = n.normalize(s);
        assertEquals(once, n.normalize(once));
        for (int i = 0; i < once.length(); i++) {
            char c = once.charAt(i);
            assertTrue(!ArabicNormalizer.isIgnorable(c), () -> "ignorable left: U+" + Integer.toHexString(c));
            assertTrue(c < '\u0660' || c > '\u0669', "Arabic-Indic digit left");
            assertTrue("أإآٱىةیک".indexOf(c) < 0, () -> "unfolded letter left: " + c);
        }
    }
}
