package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.model.EntityType;
import org.junit.jupiter.api.Test;

class TagMappingTest {
    @Test
    void mapsEachCorpusOntoIsnadTypes() {
        TagMapping a = new TagMapping(CorpusFormat.ANERCORP);
        assertEquals("B-PERSON", a.map("B-PERS"));
        assertEquals("I-MISC", a.map("I-MISC"));
        assertEquals("O", a.map("b-misc"));
        assertEquals("O", a.map("B-LOCI-PERS"));
        assertEquals(2, a.noisyCount());
        TagMapping w = new TagMapping(CorpusFormat.WOJOOD);
        assertEquals("B-TITLE", w.map("B-OCC"));
        assertEquals("I-NORP", w.map("I-NORP"));
        assertEquals("B-GPE", w.map("B-GPE"));
        assertEquals("B-LOC", w.map("B-FAC"));
        assertEquals("B-MISC", w.map("B-EVENT"));
        assertEquals("O", w.map("B-DATE"));
        assertEquals(0, w.noisyCount());
        assertEquals("B-PERSON", new TagMapping(CorpusFormat.AQMAR).map("B-PER"));
    }

    @Test
    void trainingViewFoldsGpeIntoLocAndDropsUntrainedTypes() {
        assertEquals("B-LOC", NerTrainer.project("B-GPE"));
        assertEquals("O", NerTrainer.project("I-TITLE"));
        assertEquals("O", NerTrainer.project("B-NORP"));
        assertEquals("I-ORG", NerTrainer.project("I-ORG"));
    }

    @Test
    void evaluationScoresModelTypesInTheAnercorpSet() {
        assertEquals(List.of("B-PERS", "B-LOC", "I-LOC", "O", "O", "B-MISC"), NerEvaluator.toScored(
                List.of("B-PERSON", "B-GPE", "I-GPE", "B-TITLE", "B-NORP", "B-MISC")));
        assertEquals("LOC", NerEvaluator.scoredAs(EntityType.GPE).orElseThrow());
    }

    @Test
    void chunksFollowConllevalForStrayInsideTags() {
        assertEquals(List.of(new Chunk(0, 2, "PERS"), new Chunk(2, 3, "LOC"), new Chunk(4, 5, "ORG")),
                Chunk.of(List.of("B-PERS", "I-PERS", "I-LOC", "O", "I-ORG")));
    }

    @Test
    void scoresCountExactSpansOnly() {
        NerScores s = new NerScores();
        s.add(List.of(new Chunk(0, 2, "PERS"), new Chunk(3, 4, "LOC")),
                List.of(new Chunk(0, 2, "PERS"), new Chunk(3, 5, "LOC"), new Chunk(6, 7, "ORG")));
        assertEquals(1, s.micro().truePositives());
        assertEquals(2, s.micro().falsePositives());
        assertEquals(1, s.micro().falseNegatives());
        assertEquals(100 * 2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.micro().f1(), 1e-9);
        assertEquals(100.0, s.perType().get("PERS").f1(), 1e-9);
    }
}
