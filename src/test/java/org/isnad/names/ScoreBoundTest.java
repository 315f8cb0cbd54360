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
 * {@link ScoreBound} is an upper bound of the score on every pair of names (so pruning by it never drops a name that
 * reaches the cut), {@link NameMatcher#score(CompiledName, CompiledName, SimCache, double)} gives the exact score
 * from the cut up, and the bound is tight enough to prune.
 */
class ScoreBoundTest {
    private static final double[] CUTS = {0.5, 0.7, 0.9};

    /** Checks every query against every listed name; returns {pruned at 0.7, pairs}. */
    private static int[] check(List<String> queries, List<String> listed) {
        PartTable table = new PartTable();
        List<CompiledName> cs = new ArrayList<>();
        for (String n : listed) {
            cs.add(CompiledName.of(NameParser.DEFAULT.parse(n, NameKind.ANY), PartWeights.PRIOR, table));
        }
        SimCache cache = new SimCache();
        int pruned = 0;
        int pairs = 0;
        for (String q : queries) {
            CompiledName cq = CompiledName.of(NameParser.DEFAULT.parse(q, NameKind.ANY), PartWeights.PRIOR);
            for (CompiledName c : cs) {
                double exact = NameMatcher.compare(cq, c).score();
                double bound = ScoreBound.upper(cq, c, cache, Double.POSITIVE_INFINITY);
                assertTrue(bound >= exact - 1e-12, q + " / " + c.parsed() + ": bound " + bound + " < score " + exact);
                for (double cut : CUTS) {
                    double s = NameMatcher.score(cq, c, cache, cut);
                    if (exact >= cut) {
                        assertEquals(exact, s, 0.0, q + " / " + c.parsed() + " at cut " + cut);
                    } else {
                        assertTrue(s < cut, q + " / " + c.parsed() + " at cut " + cut);
                    }
                }
                pairs++;
                pruned += bound < 0.7 ? 1 : 0;
            }
        }
        return new int[] {pruned, pairs};
    }

    @Test
    void boundsTheScoreOfEveryPairAndPrunesMost() {
        int[] r = check(PartFilterTest.NAMES, PartFilterTest.NAMES);
        assertTrue(r[0] > r[1] / 2, "the bound prunes most pairs at 0.7: " + r[0] + "/" + r[1]);
    }

    @Property(tries = 40)
    void boundsTheScoreInVariedNames(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        List<String> queries = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queries.add(PartFilterTest.vary(PartFilterTest.NAMES.get(rnd.nextInt(PartFilterTest.NAMES.size())), rnd));
            listed.add(PartFilterTest.vary(PartFilterTest.NAMES.get(rnd.nextInt(PartFilterTest.NAMES.size())), rnd));
        }
        listed.addAll(PartFilterTest.NAMES.subList(0, 10));
        check(queries, listed);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
