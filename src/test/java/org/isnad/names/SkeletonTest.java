package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SkeletonTest {
    @Test
    void muhammadSpellingsShareOneSkeleton() {
        for (String s : new String[] {"muhammad", "mohammed", "mohamed", "mohammad", "محمد"}) {
            assertEquals("MHMD", Skeleton.of(s), s);
        }
    }

    @Test
    void jawlaniJulaniGolaniAreClose() {
        String ar = Skeleton.of("جولاني");
        for (String s : new String[] {"jawlani", "julani", "golani"}) {
            double sim = StringSimilarity.skeleton(Skeleton.of(s), ar);
            assertTrue(sim >= 0.75, s + " " + Skeleton.of(s) + " vs " + ar + " = " + sim);
            assertEquals(Skeleton.coarse(ar), Skeleton.coarse(Skeleton.of(s)), "same blocking key for " + s);
        }
    }

    @Test
    void digraphsAndTheirSplitSpellings() {
        assertEquals("CKH", Skeleton.of("shaykh").substring(0, 1) + "KH");
        assertTrue(StringSimilarity.skeleton(Skeleton.of("ishak"), Skeleton.of("اسحاق")) >= 0.8);
        assertTrue(StringSimilarity.skeleton(Skeleton.of("fazl"), Skeleton.of("فضل")) >= 0.85, "ض as z");
        assertTrue(StringSimilarity.skeleton(Skeleton.of("fadl"), Skeleton.of("فضل")) >= 0.85, "ض as d");
    }

    @Test
    void vowelsKeepRepeatedConsonantsApart() {
        assertEquals("JNN", Skeleton.of("janan"));
        assertEquals("JN", Skeleton.of("jan"));
        assertEquals("HSN", Skeleton.of("hassan"));
    }

    @Test
    void differentNamesStayApart() {
        assertTrue(StringSimilarity.skeleton(Skeleton.of("salman"), Skeleton.of("sultan")) < 0.8);
        assertTrue(StringSimilarity.skeleton(Skeleton.of("bashar"), Skeleton.of("hafez")) < 0.5);
    }
}
