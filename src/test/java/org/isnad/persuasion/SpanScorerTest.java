package org.isnad.persuasion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The partial-overlap scoring, checked by hand on tiny cases. */
class SpanScorerTest {
    private static final Set<String> T = Set.of("A", "B");

    @Test
    void partialOverlapCredit() {
        // gold A [0,10); predicted A [5,15): precision credit 5/10, recall credit 5/10
        SpanScorer.Result r = SpanScorer.score(List.of(new LabeledSpan("p", "A", 0, 10)),
                List.of(new LabeledSpan("p", "A", 5, 15)), T);
        assertEquals(0.5, r.micro().precision(), 1e-9);
        assertEquals(0.5, r.micro().recall(), 1e-9);
        assertEquals(0.5, r.micro().f1(), 1e-9);
    }

    @Test
    void techniqueAndParagraphMustAgree() {
        SpanScorer.Result r = SpanScorer.score(List.of(new LabeledSpan("p", "A", 0, 10)),
                List.of(new LabeledSpan("p", "B", 0, 10), new LabeledSpan("q", "A", 0, 10)), T);
        assertEquals(0, r.micro().f1(), 1e-9);
        assertEquals(2, r.micro().predicted());
    }

    @Test
    void shortPredictionInsideLongGold() {
        // gold A [0,40); predicted A [10,20): precision 1, recall 10/40
        SpanScorer.Result r = SpanScorer.score(List.of(new LabeledSpan("p", "A", 0, 40)),
                List.of(new LabeledSpan("p", "A", 10, 20)), T);
        assertEquals(1.0, r.perTechnique().get("A").precision(), 1e-9);
        assertEquals(0.25, r.perTechnique().get("A").recall(), 1e-9);
        assertEquals(0.4, r.perTechnique().get("A").f1(), 1e-9);
    }

    @Test
    void overlappingGoldIsCountedOnce() {
        SpanScorer.Result r = SpanScorer.score(
                List.of(new LabeledSpan("p", "A", 0, 10), new LabeledSpan("p", "A", 0, 10)),
                List.of(new LabeledSpan("p", "A", 0, 10)), T);
        assertEquals(1.0, r.micro().precision(), 1e-9);
        assertEquals(1.0, r.micro().recall(), 1e-9);
    }

    @Test
    void microSumsOverTechniquesAndIgnoresUnscored() {
        SpanScorer.Result r = SpanScorer.score(
                List.of(new LabeledSpan("p", "A", 0, 10), new LabeledSpan("p", "B", 20, 30)),
                List.of(new LabeledSpan("p", "A", 0, 10), new LabeledSpan("p", "C", 20, 30)), T);
        assertEquals(1.0, r.micro().precision(), 1e-9);
        assertEquals(0.5, r.micro().recall(), 1e-9);
        assertEquals(0.0, r.perTechnique().get("B").f1(), 1e-9);
    }
}
