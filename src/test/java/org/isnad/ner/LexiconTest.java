package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The project's lists and the rules built on them. */
class LexiconTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final Gazetteer BUILT_IN = GazetteerSources.builtIn().build();
    private static final LexiconLayer LEXICON = new LexiconLayer(BUILT_IN);

    private static Token tok(String w) {
        return TOKENIZER.tokenize(w).get(0);
    }

    @Test
    void countryNamesComeFromTheJdkInArabic() {
        assertTrue(Countries.arabicNames().size() > 200);
        int country = 1 << Gazetteer.Kind.COUNTRY.ordinal();
        assertTrue((BUILT_IN.classesOf("أذربيجان") & country) != 0);
        assertTrue((BUILT_IN.classesOf("فرنسا") & country) != 0);
    }

    @Test
    void nisbaRuleAndListFindNationalities() {
        Demonyms d = LEXICON.demonyms();
        assertTrue(d.isDemonym(tok("الأذربيجانية")));
        assertTrue(d.isDemonym(tok("الفرنسي")));
        assertTrue(d.isDemonym(tok("والروسية")));
        assertTrue(d.isDemonym(tok("البريطاني")));
        assertTrue(d.isDemonym(tok("الكردية")));
        assertFalse(d.isDemonym(tok("الذي")));
        assertFalse(d.isDemonym(tok("الدولية")));
        assertFalse(d.isDemonym(tok("الكرسي")));
    }

    @Test
    void titlesExtendOverModifiersAndNationalities() {
        String t = "قال المبعوث الخاص البريطاني السابق و ضابط في الاستخبارات";
        List<Token> toks = TOKENIZER.tokenize(t);
        List<Mention> ms = LEXICON.find(toks, new boolean[toks.size()], 0);
        List<String> titles = ms.stream().filter(m -> m.type() == EntityType.TITLE)
                .map(m -> t.substring(toks.get(m.first()).start(), toks.get(m.end() - 1).end())).toList();
        assertEquals(List.of("المبعوث الخاص البريطاني السابق", "ضابط"), titles);
        assertTrue(ms.stream().anyMatch(m -> m.type() == EntityType.NORP && m.first() == 3));
    }

    @Test
    void latinNamesInsideArabicText() {
        String t = "قال جهاز MI6 إن مراسل BBC و Jeremy Fleming و ok";
        List<Token> toks = TOKENIZER.tokenize(t);
        List<Mention> ms = LEXICON.find(toks, new boolean[toks.size()], 0);
        List<String> found = ms.stream()
                .map(m -> m.type() + ":" + t.substring(toks.get(m.first()).start(), toks.get(m.end() - 1).end()))
                .toList();
        assertEquals(List.of("ORG:MI6", "TITLE:مراسل", "ORG:BBC", "MISC:Jeremy Fleming"), found);
    }

    @Test
    void placesAreGpeUnlessTheirHeadIsAGeographicFeature() {
        GeoTyper g = new GeoTyper();
        List<Token> a = TOKENIZER.tokenize("معبر رفح");
        assertEquals(EntityType.LOC, g.type(a, 0, 2));
        List<Token> b = TOKENIZER.tokenize("بغداد");
        assertEquals(EntityType.GPE, g.type(b, 0, 1));
        List<Token> c = TOKENIZER.tokenize("الشرق الأوسط");
        assertEquals(EntityType.LOC, g.type(c, 0, 2));
    }

    @Test
    void orgHeadWidensTheFollowingName() {
        List<Token> toks = TOKENIZER.tokenize("قال مركز دراسات الشرق الأوسط");
        List<Mention> out = new OrgHeadRule().apply(toks, List.of(new Mention(3, 5, EntityType.LOC)), 0);
        assertEquals(List.of(new Mention(1, 5, EntityType.ORG)), out);
        List<Token> t2 = TOKENIZER.tokenize("في المركز الشرق");
        assertEquals(EntityType.LOC,
                new OrgHeadRule().apply(t2, List.of(new Mention(2, 3, EntityType.LOC)), 0).get(0).type());
    }
}
