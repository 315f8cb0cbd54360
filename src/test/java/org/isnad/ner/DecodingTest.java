package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static final BioLabels LABELS = new BioLabels(NerTrainer.TAGGED);

    @Test
    void insideLabelNeverStartsOrSwitchesType() {
        // emissions that on their own would pick I-PERSON first and I-LOC second: the best valid path is B-LOC I-LOC
        int l = LABELS.size();
        float[][] em = new float[3][l];
        em[0][LABELS.index("I-PERSON")] = 5;
        em[0][LABELS.index("B-PERSON")] = 1;
        em[1][LABELS.index("I-LOC")] = 5;
        em[1][LABELS.index("I-PERSON")] = 1;
        em[2][LABELS.index("O")] = 1;
        int[] y = LinearTagger.viterbi(LABELS, em, new float[(l + 1) * l]);
        assertArrayEquals(new int[] {LABELS.index("B-LOC"), LABELS.index("I-LOC"), 0}, y);
    }

    @Property(tries = 200)
    void decodedSequencesAreAlwaysValidBio(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll long seed) {
        Random r = new Random(seed);
        int l = LABELS.size();
        float[][] em = new float[n][l];
        for (float[] row : em) {
            for (int y = 0; y < l; y++) {
                row[y] = (float) r.nextGaussian() * 3;
            }
        }
        float[] tr = new float[(l + 1) * l];
        for (int i = 0; i < tr.length; i++) {
            tr[i] = (float) r.nextGaussian();
        }
        int[] y = LinearTagger.viterbi(LABELS, em, tr);
        for (int i = 0; i < n; i++) {
            assertTrue(LABELS.allowed(i == 0 ? -1 : y[i - 1], y[i]), "invalid move at " + i);
        }
    }

    @Test
    void labelSetNamesAndTypes() {
        assertTrue(LABELS.isBegin(LABELS.index("B-ORG")));
        assertTrue(LABELS.isInside(LABELS.index("I-ORG")));
        assertTrue(LABELS.type(LABELS.index("I-MISC")).orElseThrow() == EntityType.MISC);
        assertTrue(LABELS.type(0).isEmpty());
        assertTrue(List.of("O", "B-PERSON", "I-PERSON").equals(
                List.of(LABELS.name(0), LABELS.name(1), LABELS.name(2))));
    }
}
