package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SimCache#slot}'s table of listed ids: an id keeps its slot for one query, ids get slots 0, 1, 2… in the
 * order they are first met (also across the table's growth), and a new query starts afresh.
 */
class SimCacheTest {
    private static CompiledName query(String name) {
        return CompiledName.of(NameParser.DEFAULT.parse(name, NameKind.ANY), PartWeights.PRIOR);
    }

    @Property(tries = 20)
    void idsKeepTheirSlotsAndQueriesStartAfresh(@ForAll("seeds") long seed) {
        Random rnd = new Random(seed);
        SimCache cache = new SimCache();
        for (String name : new String[] {"Abu Muhammad al-Jawlani", "هيئة تحرير الشام", "Pol Pot"}) {
            cache.use(query(name));
            Map<Integer, Integer> expected = new HashMap<>();
            int n = 1 + rnd.nextInt(3000);     // up to several doublings of the table
            for (int k = 0; k < 3 * n; k++) {
                int id = rnd.nextInt(rnd.nextBoolean() ? n : 1_000_000);
                Integer before = expected.putIfAbsent(id, expected.size());
                assertEquals(before == null ? expected.size() - 1 : before, cache.slot(id), "id " + id);
            }
            for (Map.Entry<Integer, Integer> e : expected.entrySet()) {
                assertEquals(e.getValue(), cache.slot(e.getKey()));
            }
        }
        assertEquals(-1, cache.slot(-1));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
