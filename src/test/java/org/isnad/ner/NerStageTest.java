package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.junit.jupiter.api.Test;

/** The "ner" stage with the shipped model, on a short report written for this test. */
class NerStageTest {
    private static final String TEXT = "قال حسين أزيري، المبعوث الخاص البريطاني السابق، إن الشركة الأذربيجانية "
            + "وقعت اتفاقا مع مركز دراسات الشرق الأوسط في عمان. وأوضح أزيري أن المركز سيعمل مع جهاز MI6 وهيئة BBC.";

    private static List<Entity> analyse(String text) {
        Pipeline p = StageCatalog.build(List.of("tokens", "sentences", "ner"), PipelineConfig.defaults());
        return p.process(Document.of("t", text)).get(Layers.ENTITIES);
    }

    private static Optional<Entity> find(List<Entity> es, EntityType type, String name) {
        return es.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
    }

    @Test
    void stageIsRegisteredAfterSentences() {
        List<String> names = StageCatalog.names();
        assertEquals(names.indexOf("sentences") + 1, names.indexOf("ner"));
    }

    @Test
    void rulesFixOrgHeadsNisbaFamilyNamesAndCurrencies() {
        List<Entity> es = analyse("أعلن قائد «جبهة الصمود»، رامز العراقي، أن الجبهة تلقت 200 مليون دولار من "
                + "مؤسسة خيرية. وقال العقيد نادر البغدادي إن الوفد العراقي وصل.");
        Entity front = es.stream().filter(e -> e.name().equals("جبهة الصمود")).findFirst()
                .orElseThrow(() -> new AssertionError(es));
        assertEquals(EntityType.ORG, front.type(), es::toString);
        assertTrue(find(es, EntityType.PERSON, "رامز العراقي").isPresent(), es::toString);
        assertTrue(find(es, EntityType.PERSON, "نادر البغدادي").isPresent(), es::toString);
        assertTrue(es.stream().noneMatch(e -> e.name().contains("دولار")), es::toString);
        // the adjective agreeing with its noun stays a nationality
        assertTrue(find(es, EntityType.NORP, "العراقي").isPresent(), es::toString);
    }

    @Test
    void findsPeopleTitlesNationalitiesLatinNamesAndCoreference() {
        List<Entity> es = analyse(TEXT);
        Entity azeri = find(es, EntityType.PERSON, "حسين أزيري").orElseThrow(() -> new AssertionError(es));
        assertEquals(List.of("حسين أزيري", "أزيري"), texts(azeri));
        assertTrue(find(es, EntityType.TITLE, "المبعوث الخاص البريطاني السابق").isPresent(), es::toString);
        assertTrue(find(es, EntityType.NORP, "الأذربيجانية").isPresent(), es::toString);
        assertTrue(es.stream().anyMatch(e -> e.type() == EntityType.ORG && e.name().equals("MI6")), es::toString);
        assertTrue(es.stream().anyMatch(e -> e.name().contains("BBC")), es::toString);
        Entity centre = es.stream().filter(e -> e.name().startsWith("مركز دراسات")).findFirst()
                .orElseThrow(() -> new AssertionError(es));
        assertEquals(EntityType.ORG, centre.type());
        assertTrue(texts(centre).contains("المركز"), centre::toString);
        for (int i = 0; i < es.size(); i++) {
            assertEquals("e" + (i + 1), es.get(i).id());
            if (i > 0) {
                assertTrue(es.get(i - 1).mentions().get(0).start() < es.get(i).mentions().get(0).start());
            }
        }
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(s -> TEXT.substring(s.start(), s.end())).toList();
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "\u200Fوقال\u0640 الرئيسُ الفرنسي إيمانويل ماكرون في باريس إن ماكرون لن يتراجع.";
        for (Entity e : analyse(text)) {
            for (Span s : e.mentions()) {
                assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end());
                assertTrue(!text.substring(s.start(), s.end()).isBlank());
            }
        }
    }

    @Test
    void wholeWordsThatLookCliticInitialKeepTheirFirstLetters() {
        String text = "وقال الرئيس الروسي فلاديمير بوتين إن وفدا سيزور باريس، كما التقى فيليب لوران بالسفير.";
        for (Entity e : analyse(text)) {
            for (Span s : e.mentions()) {
                String m = text.substring(s.start(), s.end());
                assertTrue(!m.startsWith("اديمير") && !m.startsWith("اريس") && !m.startsWith("يليب"), m);
            }
        }
    }

    @Test
    void ministryAdjectivesAreNoNationalities() {
        List<Entity> es = analyse("وقال وزير الخارجية إن وزير الداخلية سيزور الحدود.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.NORP), es::toString);
    }

    @Test
    void emptyTextGivesNoEntities() {
        assertEquals(List.of(), analyse(""));
    }

    @Test
    void configuredModelIsUsedAndAMissingOneIsAnError() {
        PipelineConfig bad = new PipelineConfig(Optional.of(Path.of("/nonexistent/model.bin.gz")), List.of(),
                Map.of());
        assertThrows(RuntimeException.class, () -> StageCatalog.build(List.of("tokens", "ner"), bad));
    }
}
