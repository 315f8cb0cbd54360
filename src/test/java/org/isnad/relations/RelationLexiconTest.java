package org.isnad.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.isnad.pipeline.StageCatalog;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The data files parse, name only known types and shapes, and match as documented. */
class RelationLexiconTest {
    private static final Set<String> SHAPES = Set.of("V_SUBJ_OBJ", "V_SUBJ_WITH", "N_EVENT", "V_GIVE", "V_GIVE_NOUN",
            "V_RECEIVE", "N_FLOW", "V_AGREE", "N_AGREE", "V_ADVISE", "V_ASK_FROM", "V_PROPOSE_TO", "V_DESIGNATE",
            "V_BELONG", "N_BRANCH", "V_INCLUDE", "V_LEAD", "N_LEAD");

    @Test
    void triggersNameKnownTypesShapesAndAttributes() {
        for (String[] r : LexiconFile.rows("/org/isnad/relations/triggers.txt")) {
            assertEquals(4, r.length, String.join("|", r));
            assertTrue(RelationTypes.TYPES.contains(r[0]), r[0]);
            assertTrue(SHAPES.contains(r[2]), r[2]);
            for (String k : RelationLexicon.parseAttributes(r[3]).keySet()) {
                assertTrue(Set.of("kind", "act", "noun", "needs").contains(k), k);
            }
        }
    }

    @Test
    void cueClassesAndKindsAreKnown() {
        for (String[] r : LexiconFile.rows("/org/isnad/relations/cues.txt")) {
            assertTrue(Set.of("FORMER", "POSITION", "HOLD", "LIST", "KIND", "LABEL", "DESIGNATOR", "ADJ").contains(r[1]), r[1]);
            if (r[1].equals("KIND")) {
                assertTrue(Set.of("financial", "military", "humanitarian", "logistic", "political").contains(r[2]));
            }
        }
    }

    @Test
    void multiWordEntriesMatchLongestFirstThroughClitics() {
        List<Token> t = new Tokenizer().tokenize("وأحد الفروع التابعة لحركة");
        PhraseTable.Match<Trigger> m = RelationLexicon.get().triggers.match(t, 0, t.size()).orElseThrow();
        assertEquals(3, m.length());
        assertEquals("PART_OF", m.value().type());
    }

    @Test
    void nationalityAdjectivesInEveryForm() {
        RelationLexicon lex = RelationLexicon.get();
        for (String w : List.of("التركي", "التركية", "الأمريكيون", "الأوروبيين", "البريطانية")) {
            Token t = new Tokenizer().tokenize(w).get(0);
            assertTrue(lex.nationalityOf(t).isPresent(), w);
        }
        assertEquals("تركيا", lex.nationalityOf(new Tokenizer().tokenize("التركية").get(0)).orElseThrow());
        assertTrue(lex.nationalityOf(new Tokenizer().tokenize("الجديد").get(0)).isEmpty());
    }

    @Test
    void stageIsRegisteredAfterAttribution() {
        List<String> names = StageCatalog.names();
        assertTrue(names.contains("relations"));
        if (names.contains("attribution")) {
            assertTrue(names.indexOf("relations") > names.indexOf("attribution"));
        }
    }
}
