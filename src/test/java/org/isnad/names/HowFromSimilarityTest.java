package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Explanations ask {@link PartSimilarity#compare} for how a pair matched with the pair's own similarity as the
 * minimum (so that string comparisons may stop early): the answer (similarity and how) is the same as the full
 * comparison's, for every pair of parts and runs of the fixed and of varied names, on every path.
 */
class HowFromSimilarityTest {
    private static void check(List<String> names) {
        List<NamePart> rows = new ArrayList<>();
        for (String n : names) {
            for (NameKind kind : new NameKind[] {NameKind.ANY, NameKind.PERSON}) {
                CompiledName c = CompiledName.of(NameParser.DEFAULT.parse(n, kind), PartWeights.PRIOR);
                rows.addAll(List.of(c.parts));
                rows.addAll(List.of(c.runPart));
            }
        }
        for (NamePart a : rows) {
            for (NamePart b : rows) {
                PartMatch full = PartSimilarity.compare(a, b);
                if (full.similarity() <= 0) {
                    continue;
                }
                PartMatch from = PartSimilarity.compare(a, b, full.similarity());
                assertEquals(full.how(), from.how(), a + " / " + b);
                assertEquals(full.similarity(), from.similarity(), a + " / " + b);
            }
        }
    }

    @Test
    void sameHowOnTheFixedNames() {
        check(PartFilterTest.NAMES);
    }

    @Property(tries = 30)
    void sameHowOnVariedNames(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            names.add(PartFilterTest.vary(PartFilterTest.NAMES.get(rnd.nextInt(PartFilterTest.NAMES.size())), rnd));
        }
        check(names);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
