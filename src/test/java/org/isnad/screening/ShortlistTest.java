package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.model.ListingStatus;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;
import org.isnad.names.NameParser;

/**
 * {@link Shortlist} walks the postings a block of names at a time: it must keep exactly the names that walking each
 * whole posting in turn and sorting every touched name by (sum, then lower id) keeps, with the same float sums, on
 * an index of several blocks (the UN list and varied mixtures of its names).
 */
class ShortlistTest {
    private static ScreeningIndex index;
    private static List<String> names;

    private static synchronized ScreeningIndex index() throws Exception {
        if (index == null) {
            Watchlist un = new UnScImporter().read(SharedData.require(SharedData.UN));
            names = new ArrayList<>();
            un.entries().forEach(e -> e.allNames().forEach(a -> names.add(a.name())));
            Random rnd = new Random(3);
            List<WatchlistEntry> mixed = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                String[] a = names.get(rnd.nextInt(names.size())).split("\\s+");
                String[] b = names.get(rnd.nextInt(names.size())).split("\\s+");
                String name = String.join(" ", Arrays.copyOf(a, (a.length + 1) / 2)) + " "
                        + String.join(" ", Arrays.copyOfRange(b, b.length / 2, b.length));
                Alias varied = new Alias(PrunedScreenTest.vary(name, rnd), AliasQuality.GOOD, false);
                mixed.add(new WatchlistEntry("MIX." + i, rnd.nextBoolean() ? EntryType.INDIVIDUAL : EntryType.ENTITY,
                        name, List.of(), List.of(varied), "", List.of(), List.of(), List.of(), ListingStatus.LISTED,
                        un.version()));
            }
            index = new ScreeningIndex(List.of(un, new Watchlist("MIX", "mixed", un.version(), "un", mixed)));
        }
        return index;
    }

    @Property(tries = 30)
    void blockWalkKeepsWhatAWholeWalkKeeps(@ForAll("seeds") long seed) throws Exception {
        ScreeningIndex idx = index();
        assertTrue(idx.size() > 2 << Shortlist.BLOCK_BITS, "several blocks: " + idx.size());
        Shortlist s = new Shortlist(idx);
        Random rnd = new Random(seed);
        for (int k = 0; k < 10; k++) {
            String q = PrunedScreenTest.vary(names.get(rnd.nextInt(names.size())), rnd);
            NameKind kind = NameKind.values()[rnd.nextInt(NameKind.values().length)];
            CompiledName cq = CompiledName.of(NameParser.DEFAULT.parse(q, kind), idx.weights());
            s.build(cq, kind);
            assertArrayEquals(reference(idx, s, kind), Arrays.copyOf(s.ids, s.size), q + " " + kind);
        }
    }

    /** Each whole posting walked in turn, every touched compatible name sorted by sum, then by lower id. */
    private static int[] reference(ScreeningIndex idx, Shortlist s, NameKind kind) {
        float[] sum = new float[idx.size()];
        for (int k = 0; k < s.keyCount(); k++) {
            for (int id : idx.posting(s.key(k))) {
                sum[id] += s.rarity(k);
            }
        }
        List<Integer> touched = new ArrayList<>();
        for (int id = 0; id < sum.length; id++) {
            if (sum[id] > 0 && Shortlist.compatible(kind, idx.type(id))) {
                touched.add(id);
            }
        }
        touched.sort(Comparator.comparingDouble((Integer id) -> -sum[id]).thenComparingInt(id -> id));
        return touched.stream().limit(Shortlist.SIZE).mapToInt(Integer::intValue).toArray();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
