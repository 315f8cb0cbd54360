package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.model.ScreeningHit;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningStageTest {
    private static Document doc() {
        String text = "قال أبو محمد الجولاني إن هيئة تحرير الشام ستبقى في دمشق، وقال محمد إن الأمر انتهى.";
        int p = text.indexOf("أبو محمد الجولاني");
        int o = text.indexOf("هيئة تحرير الشام");
        int g = text.indexOf("دمشق");
        int m = text.indexOf("محمد إن");
        Document d = Document.of("t1", text);
        d.set(Layers.ENTITIES, List.of(
                new Entity("e1", EntityType.PERSON, "أبو محمد الجولاني", List.of(new Span(p, p + 17))),
                new Entity("e2", EntityType.ORG, "هيئة تحرير الشام", List.of(new Span(o, o + 16))),
                new Entity("e3", EntityType.GPE, "دمشق", List.of(new Span(g, g + 4))),
                new Entity("e4", EntityType.PERSON, "محمد", List.of(new Span(m, m + 4)))));
        return d;
    }

    @Test
    void screensPersonsAndOrganisations(@TempDir Path home) {
        PipelineConfig cfg = new PipelineConfig(Optional.empty(), List.of(SharedData.resource("un-small-v1.xml")),
                Map.of("home", home.toString()));
        Document d = doc();
        new ScreeningStage(cfg).process(d);
        List<ScreeningHit> hits = d.get(Layers.SCREENING);
        assertEquals(List.of("e1", "e2"), hits.stream().map(ScreeningHit::entity).distinct().toList(), hits.toString());
        ScreeningHit h1 = hits.get(0);
        assertEquals("QDi.317", h1.reference());
        assertEquals("UN-SC", h1.list());
        assertEquals("2024-01-10", h1.listDate());
        assertEquals("ABU MOHAMMED AL-JAWLANI", h1.listedName());
        assertTrue(h1.explanation().contains("possible match"), h1.explanation());
        assertEquals("QDe.137", hits.stream().filter(h -> h.entity().equals("e2")).findFirst().orElseThrow().reference());
    }

    @Test
    void noWatchlistGivesAnEmptyLayer(@TempDir Path home) {
        PipelineConfig cfg = new PipelineConfig(Optional.empty(), List.of(), Map.of("home", home.toString()));
        Document d = doc();
        new ScreeningStage(cfg).process(d);
        assertTrue(d.has(Layers.SCREENING));
        assertEquals(List.of(), d.get(Layers.SCREENING));
    }

    @Test
    void usesImportedListsAndIsInTheCatalogue(@TempDir Path home) throws Exception {
        WatchlistStore.at(Optional.of(home)).importList(WatchlistFormat.load(SharedData.resource("ftm-sample.jsonl"), ""));
        PipelineConfig cfg = new PipelineConfig(Optional.empty(), List.of(), Map.of("home", home.toString()));
        Document d = doc();
        StageCatalog.build(List.of("screening"), cfg).process(d);
        List<ScreeningHit> hits = d.get(Layers.SCREENING);
        assertTrue(hits.stream().anyMatch(h -> h.entity().equals("e1") && h.reference().equals("test-jawlani")), hits.toString());
        assertTrue(StageCatalog.names().contains("screening"));
    }
}
