package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.json.SpanRule;
import org.isnad.model.Layers;
import org.isnad.text.Texts;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(150);
    }

    @Property(tries = 200)
    void everySpanOfEveryLayerSatisfiesTheOffsetRule(@ForAll("nasty") String text) {
        Document doc = PIPELINE.process(Document.of("random", text));
        SpanRule.check(AnalysisJson.toJson(doc));
        doc.get(Layers.TOKENS).forEach(t -> assertEquals(text.substring(t.start(), t.end()), t.surface()));
    }

    @Test
    void runsTheDefaultStagesInCatalogueOrder() {
        assertEquals(StageCatalog.DEFAULT_STAGES, PIPELINE.stageNames());
        assertTrue(PIPELINE.stageNames().indexOf("tokens") < PIPELINE.stageNames().indexOf("sentences"));
        Pipeline some = StageCatalog.build(List.of("sentences", "tokens"), PipelineConfig.defaults());
        assertEquals(List.of("tokens", "sentences"), some.stageNames());
        assertThrows(IllegalArgumentException.class,
                () -> StageCatalog.build(List.of("tokens", "magic"), PipelineConfig.defaults()));
    }

    @Test
    void oneBuiltPipelineServesManyThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (var p : Texts.exampleTexts()) {
            texts.add(Texts.read(p));
        }
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(AnalysisJson.toJson(PIPELINE.process(Document.of("d", t))).toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String t : texts) {
                    results.add(pool.submit(() -> AnalysisJson.toJson(PIPELINE.process(Document.of("d", t)))
                            .toString()));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % texts.size()), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void orderedParallelKeepsOrderAndReportsFailures() {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            in.add(i);
        }
        List<Integer> out = new ArrayList<>();
        List<Integer> failed = new ArrayList<>();
        OrderedParallel.run(in.iterator(), 3, i -> {
            if (i % 50 == 7) {
                throw new IllegalStateException("boom");
            }
            return i * 2;
        }, out::add, (i, e) -> failed.add(i));
        assertEquals(List.of(7, 57, 107, 157), failed);
        assertEquals(196, out.size());
        for (int k = 1; k < out.size(); k++) {
            assertTrue(out.get(k - 1) < out.get(k));
        }
    }
}
