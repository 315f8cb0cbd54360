package org.isnad.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring on a tiny hand-made gold set, and the gold reader. */
class RelationScorerTest {
    private static Relation rel(String type, String... roleText) {
        List<Argument> args = new java.util.ArrayList<>();
        for (int i = 0; i < roleText.length; i += 2) {
            args.add(new Argument(roleText[i], Optional.empty(), roleText[i + 1],
                    roleText[i + 1].startsWith("@") ? Optional.empty() : Optional.of(new Span(0, 1))));
        }
        return new Relation("r1", type, args, Map.of(), new Span(0, 1), "c1", 0.5);
    }

    private static RelationGold.Rel gold(String type, String... roleText) {
        List<RelationGold.Arg> args = new java.util.ArrayList<>();
        for (int i = 0; i < roleText.length; i += 2) {
            args.add(new RelationGold.Arg(roleText[i], roleText[i + 1]));
        }
        return new RelationGold.Rel(type, args, Map.of());
    }

    @Test
    void surfaceOverlapIgnoresCliticsArticleAndTaMarbuta() {
        assertEquals(1.0, RelationScorer.overlapF1("لحركة أحرار الجبل", "حركة احرار الجبل"), 1e-9);
        assertEquals(0.8, RelationScorer.overlapF1("جيش العزة", "فصيل جيش العزة"), 1e-9);
        assertEquals(0.0, RelationScorer.overlapF1("روسيا", "تركيا"), 1e-9);
    }

    @Test
    void coreRolesDecideAMatchAndOtherRolesAreCountedApart() {
        RelationScorer sc = new RelationScorer();
        sc.add(List.of(gold("ROLE", "person", "سامي العلي", "title", "وزير الخارجية", "country", "الأردني"),
                        gold("MEETING", "participant", "أ", "participant", "سامي العلي", "participant", "ليلى"),
                        gold("LEADS", "leader", "عمر", "group", "جبهة النور")),
                List.of(rel("ROLE", "person", "العلي سامي", "title", "وزير", "country", "المصري"),
                        rel("MEETING", "participant", "سامي العلي", "participant", "ليلى حسن"),
                        rel("LEADS", "leader", "عمر", "group", "حركة الفجر"),
                        rel("DESIGNATION", "target", "جبهة النور", "label", "الإرهابية", "labeller", "@outlet")));
        assertEquals(1, sc.counts().get("ROLE").tp, "person matches, title «وزير» overlaps «وزير الخارجية» at 0.67");
        assertEquals(1, sc.counts().get("ROLE").argTotal);
        assertEquals(0, sc.counts().get("ROLE").argCorrect, "the country is wrong");
        assertEquals(1, sc.counts().get("MEETING").tp, "two of three participants suffice");
        assertEquals(1, sc.counts().get("LEADS").fn);
        assertEquals(1, sc.counts().get("LEADS").fp);
        assertEquals(1, sc.counts().get("DESIGNATION").fp);
        RelationScorer.Counts all = sc.total();
        assertEquals(2, all.tp);
        assertEquals(2.0 / 4, all.precision(), 1e-9);
        assertEquals(2.0 / 3, all.recall(), 1e-9);
    }

    @Test
    void outletLabellerMatchesOnlyAnArgumentWithoutSpan() {
        RelationGold.Arg g = new RelationGold.Arg("labeller", "@outlet");
        assertTrue(RelationScorer.argMatches(g, new Argument("labeller", Optional.empty(), "@outlet", Optional.empty())));
        assertFalse(RelationScorer.argMatches(g, new Argument("labeller", Optional.empty(), "الوزير",
                Optional.of(new Span(0, 1)))));
    }

    @Test
    void goldReaderSkipsBadLinesWithAMessage(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("g.jsonl");
        ObjectMapper m = new ObjectMapper();
        String good = m.writeValueAsString(Map.of("id", "x", "text", "التقى سامي ليلى",
                "relations", List.of(Map.of("type", "MEETING", "arguments",
                        List.of(Map.of("role", "participant", "text", "سامي"), Map.of("role", "participant", "text", "ليلى"))))));
        String notInText = "{\"text\":\"التقى سامي ليلى\",\"relations\":[{\"type\":\"MEETING\",\"arguments\":"
                + "[{\"role\":\"participant\",\"text\":\"هدى\"}]}]}";
        Files.writeString(f, good + "\n{not json\n" + notInText + "\n\n");
        RelationGold.Loaded l = RelationGold.read(f);
        assertEquals(1, l.docs().size());
        assertEquals(2, l.errors().size());
        assertTrue(l.errors().get(1).contains("not in the paragraph"), l.errors().get(1));
    }

    @Test
    void shippedGoldFilesAreValid() throws IOException {
        for (String name : List.of("dev.jsonl", "heldout.jsonl")) {
            RelationGold.Loaded l = RelationGold.read(Path.of("src/test/resources/relations", name));
            assertTrue(l.errors().isEmpty(), l.errors().toString());
            assertTrue(l.docs().size() >= 50, name);
            for (RelationGold.Doc d : l.docs()) {
                for (RelationGold.Rel r : d.relations()) {
                    assertTrue(RelationTypes.TYPES.contains(r.type()), r.type());
                }
            }
        }
    }
}
