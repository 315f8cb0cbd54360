package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatch;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.PartWeights;
import org.junit.jupiter.api.Test;

/** The stage's evidence gate, by classes of overlaps rather than single sentences. */
class EvidenceGateTest {
    private static final List<String> GENERIC = List.of("Muhammad", "Ahmad", "Ali", "Hassan", "Husayn", "Abdullah",
            "محمد", "أحمد", "علي", "حسن");
    private static final List<String> DISTINCTIVE = List.of("Jawlani", "Zarqawi", "Tikriti", "Baghdadi", "Shishani",
            "الجولاني", "الزرقاوي", "التكريتي");

    private static NameMatch cmp(String q, String listed) {
        return NameMatcher.compare(NameParser.DEFAULT.parse(q, NameKind.PERSON),
                NameParser.DEFAULT.parse(listed, NameKind.PERSON), PartWeights.PRIOR);
    }

    @Test
    void genericOnlyOverlapsFail() {
        for (String a : GENERIC) {
            for (String b : GENERIC) {
                if (a.equals(b)) {
                    continue;
                }
                for (String d : DISTINCTIVE) {
                    NameMatch m = cmp(a + " " + b, a + " " + b + " " + d);
                    assertFalse(EvidenceGate.passes(m), a + " " + b + " vs +" + d + ": " + m.explanation());
                }
            }
        }
    }

    @Test
    void oneDistinctivePartOfSeveralFails() {
        for (String d : DISTINCTIVE) {
            for (String other : DISTINCTIVE) {
                if (other.equals(d)) {
                    continue;
                }
                // the query's other distinctive part is not in the listed name at all (a mononym, or a different one)
                NameMatch mononym = cmp("Salim " + other + " " + d, d);
                assertFalse(EvidenceGate.passes(mononym), mononym.explanation());
            }
        }
    }

    @Test
    void distinctivePartMatchedOnlyLooselyFails() {
        // the distinctive part is only a loose skeleton match and the names also differ by a left-over part
        for (String[] c : new String[][] {{"حسين أزيري", "Jamal Husayn Zayniyah"}, {"Husayn Aziri", "Jamal Husayn Zayniyah"},
                {"Jamal Husayn Aziri", "Jamal Husayn Zayniyah Hassan"}}) {
            NameMatch m = cmp(c[0], c[1]);
            assertFalse(EvidenceGate.passes(m), c[0] + " vs " + c[1] + ": " + m.explanation());
        }
    }

    @Test
    void realVariantsPass() {
        for (String[] c : new String[][] {{"أبو محمد الجولاني", "ABU MOHAMMED AL-JAWLANI"},
                {"Abu Mohammed al-Golani", "ABU MOHAMMED AL-JAWLANI"}, {"Abu Musab al-Zarqawi", "أبو مصعب الزرقاوي"},
                {"Sergey Lavrov", "LAVROV, Sergey Viktorovich"}, {"Muhammad Jawlani", "Mohamed al-Jawlani"}}) {
            NameMatch m = cmp(c[0], c[1]);
            assertTrue(EvidenceGate.passes(m), c[0] + " vs " + c[1] + ": " + m.explanation());
        }
    }

    @Test
    void screenerAppliesTheGate() throws Exception {
        Screener s = new Screener(new ScreeningIndex(List.of(WatchlistFormat.load(SharedData.resource("un-small-v1.xml"),
                ""))));
        assertTrue(!s.screen("أبو محمد الجولاني", NameKind.PERSON, 0.7, 3, EvidenceGate::passes).isEmpty());
        assertTrue(s.screen("Muhammad", NameKind.PERSON, 0.0, 3, EvidenceGate::passes).isEmpty());
        assertTrue(!s.screen("Muhammad", NameKind.PERSON, 0.0, 3).isEmpty(), "without the gate, low scores exist");
    }
}
