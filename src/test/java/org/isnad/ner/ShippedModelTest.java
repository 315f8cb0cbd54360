package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Holds the shipped model to its measured quality on ANERcorp test.conll, so a regression fails the build. The floor
 * is the F1 measured when the model was shipped (72.76, see MODEL.md) minus about 1.5 points; the issue asks
 * for 78, which this linear model does not reach (see docs/bench/ner.md).
 */
class ShippedModelTest {
    static final double FLOOR = 71.2;

    @Test
    void shippedModelKeepsItsScoreOnTheTestSplit() throws IOException {
        Corpus test = new CorpusReader(CorpusFormat.ANERCORP).read(SharedData.require("ner/anercorp/test.conll"));
        long t0 = System.nanoTime();
        NerModel m = NerModel.loadDefault();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        NerEvaluator.Result r = NerEvaluator.evaluate(m, test);
        double f1 = r.scores().micro().f1();
        assertTrue(f1 >= FLOOR, "shipped model F1 " + f1 + " below the floor " + FLOOR);
        assertTrue(m.stacked());
        System.out.printf("shipped NER model: F1 %.2f on test.conll, loaded in %d ms%n", f1, loadMs);
    }
}
