package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screening fast path (compiled names, per-query similarity cache, similarities exact only from a threshold up)
 * must give exactly the scores of {@link NameMatcher#compare}.
 */
class FastPathTest {
    private static final List<String> NAMES = List.of("Abu Mohammed al-Jawlani", "أبو محمد الجولاني",
            "ABU MOHAMMED AL-JAWLANI", "Abu Muhammad al-Julani", "Muhammad bin Salman", "Salman bin Muhammad al-Rawi",
            "محمد بن سلمان", "Abd al-Rahman Mustafa", "Abdurrahman Mustafa al-Qaduli", "عبد الرحمن مصطفى القادولي",
            "Pol Pot", "PolPot", "Wali Jan", "ولی جان", "Walijan", "LAVROV, Sergey Viktorovich", "Sergey Lavrov",
            "Hay'at Tahrir al-Sham", "هيئة تحرير الشام", "Jabhat al-Nusrah", "Islamic Jihad Union",
            "Sirajuddin Haqqani", "Siraj al-Din Haqqani", "Is-haq Ishaq", "Hamza Hamzah", "J. R. Smith",
            "Rosneft Oil Company OAO", "Okolu Salim", "Okozu Salim", "Husayn Zayniyah", "حسين أزيري");

    @Test
    void compiledCachedScoresEqualTheExplainedOnes() {
        PartTable table = new PartTable();
        List<CompiledName> listed = new ArrayList<>();
        for (String n : NAMES) {
            listed.add(CompiledName.of(NameParser.DEFAULT.parse(n, NameKind.ANY), PartWeights.PRIOR, table));
        }
        SimCache cache = new SimCache();
        for (String q : NAMES) {
            ParsedName pq = NameParser.DEFAULT.parse(q, NameKind.ANY);
            CompiledName cq = CompiledName.of(pq, PartWeights.PRIOR);
            cache.clear();
            for (int round = 0; round < 2; round++) {      // the second round reads every similarity from the cache
                for (int i = 0; i < NAMES.size(); i++) {
                    double explained = NameMatcher.compare(pq, listed.get(i).parsed(), PartWeights.PRIOR).score();
                    assertEquals(explained, NameMatcher.score(cq, listed.get(i), cache), 0.0, q + " / " + NAMES.get(i));
                }
            }
        }
    }

    @Test
    void thresholdedSimilarityIsExactFromTheThresholdUp() {
        List<NamePart> parts = new ArrayList<>();
        for (String n : NAMES) {
            parts.addAll(NameParser.DEFAULT.parse(n, NameKind.ANY).parts());
        }
        int above = 0;
        for (NamePart a : parts) {
            for (NamePart b : parts) {
                double full = PartSimilarity.compare(a, b).similarity();
                for (double min : new double[] {0.65, 0.85}) {
                    double cut = PartSimilarity.compare(a, b, min).similarity();
                    if (full >= min) {
                        assertEquals(full, cut, 0.0, a + " / " + b);
                        above++;
                    } else {
                        assertTrue(cut < min, a + " / " + b + ": " + cut);
                    }
                }
            }
        }
        assertTrue(above > parts.size(), "the pairs include similar ones");
    }
}
