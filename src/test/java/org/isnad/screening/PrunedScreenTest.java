package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.names.NameKind;

/**
 * Branch and bound in {@link Screener#screen}: skipping the shortlisted names whose score bound is below the
 * threshold or the current top-k cut returns exactly the candidates (references, scores, explanations, order) of
 * screening every shortlisted name and cutting afterwards, on varied names of the UN list in both scripts.
 */
class PrunedScreenTest {
    private static Screener screener;
    private static List<String> names;

    private static synchronized Screener screener() throws Exception {
        if (screener == null) {
            Watchlist un = new UnScImporter().read(SharedData.require(SharedData.UN));
            names = new ArrayList<>();
            un.entries().forEach(e -> e.allNames().forEach(a -> names.add(a.name())));
            screener = new Screener(new ScreeningIndex(List.of(un)));
        }
        return screener;
    }

    @Property(tries = 25)
    void prunedScreenEqualsScreenThenCut(@ForAll("seeds") long seed) throws Exception {
        Screener s = screener();
        Random rnd = new Random(seed);
        for (int k = 0; k < 8; k++) {
            String q = vary(names.get(rnd.nextInt(names.size())), rnd);
            NameKind kind = NameKind.values()[rnd.nextInt(NameKind.values().length)];
            double threshold = new double[] {0.5, 0.7, 0.8}[rnd.nextInt(3)];
            int top = 1 + rnd.nextInt(5);
            // reference: every shortlisted name scored (threshold 0 and a gate other than "all" prune nothing)
            List<Candidate> all = s.screen(q, kind, 0.0, Integer.MAX_VALUE, m -> true);
            List<Candidate> expected = all.stream().filter(c -> c.score() >= threshold).limit(top).toList();
            assertEquals(expected, s.screen(q, kind, threshold, top), q + " " + kind + " " + threshold + " top " + top);
            assertEquals(all.stream().filter(c -> c.score() >= threshold).toList(),
                    s.screen(q, kind, threshold, Integer.MAX_VALUE, m -> true), q + " " + kind + " " + threshold);
        }
    }

    /** A name with one or two letters replaced by a letter of its script. */
    static String vary(String name, Random rnd) {
        StringBuilder sb = new StringBuilder(name);
        for (int k = rnd.nextInt(3); k > 0 && sb.length() > 3; k--) {
            int i = rnd.nextInt(sb.length());
            char c = sb.charAt(i);
            if (Character.isLetter(c)) {
                sb.setCharAt(i, c >= 0x600 ? (char) (0x627 + rnd.nextInt(36)) : (char) ('a' + rnd.nextInt(26)));
            }
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
