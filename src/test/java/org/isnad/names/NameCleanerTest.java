package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameCleanerTest {
    @Test
    void removesZeroWidthBidiTatweelAndDiacritics() {
        assertEquals("ابو محمد الجولاني", NameCleaner.clean("\u202Bأَبُو مُحـــمّد\u200B الجو\u200Cلاني\u202C"));
        assertEquals("jawlani", NameCleaner.clean("Jaw\u200Blani\u200F"));
    }

    @Test
    void foldsPersianAndUrduLetters() {
        assertEquals("حقاني", NameCleaner.clean("حقانی"));
        assertEquals("نورزي", NameCleaner.clean("نورزے"));
    }

    @Test
    void foldsLatinLookAlikesAndAccents() {
        // Cyrillic О, а, е inside a Latin name
        assertEquals("osama bin laden", NameCleaner.clean("\u041Es\u0430m\u0430 bin L\u0430d\u0435n"));
        assertEquals("francois hollande", NameCleaner.clean("François Hollande"));
        // a whole look-alike word in a Latin name
        assertEquals("abu moha", NameCleaner.clean("Abu \u041C\u043E\u041D\u0430"));
    }

    @Test
    void punctuationAndSpacesBecomeSingleSpaces() {
        assertEquals("abu mohammed al jawlani", NameCleaner.clean("  ABU   MOHAMMED,AL-JAWLANI .. "));
        assertEquals("al qaida", NameCleaner.clean("Al-Qa'ida"));
        assertEquals("at and t", NameCleaner.clean("AT&T"));
        assertEquals("", NameCleaner.clean("\u200B\u200F -- "));
    }

    @Test
    void romanisesOtherScripts() {
        assertEquals("vladimir putin", NameCleaner.clean("Владимир Путин"));
    }
}
