package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link EditBounds} never exceeds the true edit costs (Levenshtein distance of keys, weighted skeleton cost with its
 * digraph alignments), on random strings over the skeleton alphabet and over a digraph-heavy one, and is stronger
 * than the letter-set bounds where letters repeat or a side has no H.
 */
class EditBoundsTest {
    private static double bound(String a, String b) {
        return EditBounds.skeletonCost(a.length(), EditBounds.charSet(a), EditBounds.repeatedSet(a),
                EditBounds.hasDigraphPair(a), b.length(), EditBounds.charSet(b), EditBounds.repeatedSet(b),
                EditBounds.hasDigraphPair(b));
    }

    private static int chars(String a, String b) {
        return EditBounds.missingChars(EditBounds.charSet(a), EditBounds.repeatedSet(a), EditBounds.charSet(b),
                EditBounds.repeatedSet(b));
    }

    @Property(tries = 4000)
    void skeletonBoundNeverExceedsTheSkeletonCost(@ForAll("skeletons") String a, @ForAll("skeletons") String b) {
        double sim = StringSimilarity.skeleton(a, b);
        double cost = (1.0 - sim) * Math.max(a.length(), b.length());
        // sim is clamped at 0: the cost is then only known to be at least the longer length
        assertTrue(sim == 0 || bound(a, b) <= cost + 1e-9, a + " / " + b + ": " + bound(a, b) + " > " + cost);
        boolean within = EditBounds.skeletonCostWithin(a.length(), EditBounds.charSet(a), EditBounds.repeatedSet(a),
                EditBounds.hasDigraphPair(a), b.length(), EditBounds.charSet(b), EditBounds.repeatedSet(b),
                EditBounds.hasDigraphPair(b), cost + 1e-9);
        assertTrue(sim == 0 || within, a + " / " + b);
    }

    @Property(tries = 3000)
    void letterBoundNeverExceedsTheEditDistance(@ForAll("keys") String a, @ForAll("keys") String b) {
        int max = Math.max(a.length(), b.length());
        long distance = Math.round((1.0 - StringSimilarity.levenshteinRatio(a, b)) * max);
        assertTrue(chars(a, b) <= distance, a + " / " + b + ": " + chars(a, b) + " > " + distance);
        assertTrue(chars(a, b) >= StringSimilarity.missingChars(a, b));
    }

    @Provide
    Arbitrary<String> skeletons() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("BT0D9ZSCJGKQXHWYFVLMNR").ofMaxLength(9),
                Arbitraries.strings().withChars("SKTDGHCX09WYL").ofMaxLength(8),
                Arbitraries.strings().withChars("HTC0SW").ofMaxLength(7),
                Arbitraries.strings().withChars("GHSKTDCX09").ofMaxLength(4));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abnrsl").ofMaxLength(9),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0627', '\u064A').ofMaxLength(8));
    }

    @Test
    void repeatedLettersCount() {
        // same letter sets, but "nassar" has a second s and a second a that "nasr" lacks: two edits at least
        assertEquals(0, StringSimilarity.missingChars("nassar", "nasr"));
        assertEquals(2, chars("nassar", "nasr"));
        assertEquals(0.0, StringSimilarity.missingSymbolCost("NRR", "NR"));
        assertEquals(1.0, bound("NRR", "NR"), 1e-9);
    }

    @Test
    void digraphDiscountsNeedAnH() {
        // K and T are halves of KH / TH only on a side with an H: without one they cost what replacing them costs
        // (0.3 each), and KRT's third symbol must be deleted (1.0) since no digraph can absorb it
        assertEquals(0.3, StringSimilarity.missingSymbolCost("KRT", "FR"), 1e-9);
        assertEquals(1.0, bound("KRT", "FR"), 1e-9);
        assertEquals(0.6, bound("KRT", "FRQ"), 1e-9);
        // with an H, two digraph halves may absorb the two extra symbols: 0.2 each
        assertEquals(0.4, bound("KHRT", "FR"), 1e-9);
        // the longer side's extra symbols are deleted when it has no H: five of them cost 5.0, not 5 x 0.2
        assertEquals(5.0, bound("DMKRTQS", "FR"), 1e-9);
        // with a W or Y the extra symbols may be W/Y deletions (0.3 each of five: 1.5); here the missing symbols
        // cost more: D W Y T Q 0.3 each and M 1.0
        assertEquals(2.5, bound("DMWYRTQ", "FR"), 1e-9);
        // a digraph symbol stands for two letters only against a side with an H
        assertEquals(0.2, bound("C", "SH"), 1e-9);
        assertEquals(0.6, bound("C", "S"), 1e-9);
        // an H that follows no S K T D G (HKRT, HV) makes no digraph pair: the extra symbols are deleted, 0.5 each
        // at best (the H), not absorbed at 0.2
        assertTrue(EditBounds.hasDigraphPair("KHRT") && !EditBounds.hasDigraphPair("HKRT"));
        assertEquals(0.2, bound("G", "GH"), 1e-9);
        assertEquals(0.2, bound("9", "DH"), 1e-9);
        assertEquals(1.0, bound("HKRT", "FR"), 1e-9);
        assertTrue(bound("T", "HV") >= 0.5 - 1e-9);
        assertTrue(bound("T", "HV") <= (1.0 - StringSimilarity.skeleton("T", "HV")) * 2 + 1e-9);
    }
}
