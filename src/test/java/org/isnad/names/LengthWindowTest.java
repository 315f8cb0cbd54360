package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link LengthWindow} never leaves out a row that {@link PartFilter#mayReach} accepts at the run threshold (so it
 * can never drop a pair whose exact similarity reaches it), on the fixed names of {@link PartFilterTest} (all paths:
 * kunyas, abd-compounds, group words, translations, attached articles, titles, initials), on varied copies of them
 * and on random digraph-heavy words and long joined runs; and it does leave out rows whose lengths are far apart.
 */
class LengthWindowTest {
    /** Parts and runs of the names, as rows, parsed both as ANY and as PERSON (initials stay single letters). */
    private static List<NamePart> rows(List<String> names) {
        List<NamePart> out = new ArrayList<>();
        for (String n : names) {
            for (NameKind kind : new NameKind[] {NameKind.ANY, NameKind.PERSON, NameKind.ORG}) {
                CompiledName c = CompiledName.of(NameParser.DEFAULT.parse(n, kind), PartWeights.PRIOR);
                out.addAll(List.of(c.parts));
                out.addAll(List.of(c.runPart));
            }
        }
        return out;
    }

    /** Every row the filter accepts is a candidate; returns how many rows the windows left out. */
    private static int check(List<NamePart> parts) {
        int left = 0;
        for (int from = 0; from < parts.size(); from += 64) {
            int n = Math.min(64, parts.size() - from);
            PartFilter.Signature[] sig = new PartFilter.Signature[n];
            for (int r = 0; r < n; r++) {
                sig[r] = new PartFilter.Signature(parts.get(from + r));
            }
            LengthWindow.Rows rows = new LengthWindow.Rows();
            rows.fill(sig, 0, n);
            for (NamePart b : parts) {
                PartFilter.Signature sb = new PartFilter.Signature(b);
                long cand = rows.candidates(sb);
                for (int r = 0; r < n; r++) {
                    boolean may = PartFilter.mayReach(sig[r], sb, NameMatcher.RUN_THRESHOLD);
                    boolean reach = PartSimilarity.compare(parts.get(from + r), b).similarity()
                            >= NameMatcher.RUN_THRESHOLD;
                    if ((cand & (1L << r)) == 0) {
                        left++;
                        assertTrue(!may && !reach, parts.get(from + r) + " / " + b + " left out but may pass");
                    }
                }
            }
        }
        return left;
    }

    @Test
    void keepsEveryRowTheFilterAcceptsOnTheFixedNames() {
        List<NamePart> parts = rows(PartFilterTest.NAMES);
        int left = check(parts);
        assertTrue(left > parts.size() * parts.size() / 4, "the windows leave out many rows: " + left);
    }

    @Property(tries = 40)
    void keepsEveryRowTheFilterAcceptsOnVariedAndRandomNames(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            names.add(PartFilterTest.vary(PartFilterTest.NAMES.get(rnd.nextInt(PartFilterTest.NAMES.size())), rnd));
        }
        for (int i = 0; i < 6; i++) {
            StringBuilder sb = new StringBuilder();
            String letters = i % 2 == 0 ? "shktdgcxwyaeiou" : "abdhklmnrstuy";
            for (int w = 0; w < 1 + rnd.nextInt(4); w++) {
                int len = 1 + rnd.nextInt(i < 3 ? 6 : 14);
                for (int k = 0; k < len; k++) {
                    sb.append(letters.charAt(rnd.nextInt(letters.length())));
                }
                sb.append(' ');
            }
            names.add(sb.toString().trim());
        }
        names.add("ثابت ذياب شهاب خالد " + "ش".repeat(1 + rnd.nextInt(3)));
        check(rows(names));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Test
    void windowsFollowTheLengths() {
        // keys of length 10 pass with keys of 9..11 at 0.85 (|x - y| <= 0.15 max), not with 8 or 12
        long w = LengthWindow.keyWindow(LengthWindow.bit(10));
        assertEquals(0b111L << 9, w & (0b11111L << 8));
        // the longest forms share the last bit, which stays in its own window
        assertTrue((LengthWindow.keyWindow(LengthWindow.bit(200)) & LengthWindow.bit(63)) != 0);
        assertTrue((LengthWindow.keyWindow(LengthWindow.bit(63)) & LengthWindow.bit(55)) != 0);
    }
}
