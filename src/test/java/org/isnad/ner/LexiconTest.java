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

    @Test
    void aNameThatBeginsWithAnOrgHeadIsAnOrganisation() {
        OrgHeadRule rule = new OrgHeadRule();
        List<Token> toks = TOKENIZER.tokenize("قال قائد جبهة الصمود إن الحركة الشعبية ترفض");
        List<Mention> out = rule.apply(toks, List.of(new Mention(2, 4, EntityType.MISC),
                new Mention(5, 7, EntityType.LOC)), 0);
        assertEquals(List.of(new Mention(2, 4, EntityType.ORG), new Mention(5, 7, EntityType.ORG)), out);
        // a one-word mention is not retyped: the head alone is a common noun
        assertEquals(EntityType.MISC, rule.apply(toks, List.of(new Mention(2, 3, EntityType.MISC)), 0).get(0).type());
    }

    private static NisbaNameRule nisbaRule() {
        return new NisbaNameRule(LEXICON.demonyms(), LEXICON.titles(), new OrgHeadRule(), BUILT_IN,
                WordClusters.empty(), -1);
    }

    @Test
    void aDefiniteNisbaAfterAGivenNameIsAFamilyName() {
        NisbaNameRule rule = nisbaRule();
        // in apposition between commas: the nisba is part of an unknown person's name
        List<Token> t1 = TOKENIZER.tokenize("قال قائد الجماعة، رامز العراقي، إن");
        List<Mention> m1 = rule.apply(t1, List.of(), 0);
        assertEquals(List.of(new Mention(4, 6, EntityType.PERSON)), m1, t1::toString);
        // after a title
        List<Token> t2 = TOKENIZER.tokenize("وصل العقيد نادر الأردني أمس");
        assertEquals(List.of(new Mention(2, 4, EntityType.PERSON)), rule.apply(t2, List.of(), 0));
        // after a tagged person: the person widens
        List<Token> t3 = TOKENIZER.tokenize("التقى كريم المصري الوفد");
        assertEquals(List.of(new Mention(1, 3, EntityType.PERSON)),
                rule.apply(t3, List.of(new Mention(1, 2, EntityType.PERSON)), 0));
    }

    @Test
    void aNisbaThatAgreesWithItsNounStaysANationality() {
        NisbaNameRule rule = nisbaRule();
        // definite noun + definite adjective, plural and feminine nisbas, and a verb without apposition
        for (String s : List.of("قال الجيش السوري إن", "وصل الوفد المصري", "قالت الحكومة العراقية",
                "التقى المسؤولين السوريين", "وقال المصري إن")) {
            List<Token> toks = TOKENIZER.tokenize(s);
            assertEquals(List.of(), rule.apply(toks, List.of(), 0), s);
        }
        // a title before the nisba is not a given name
        List<Token> t = TOKENIZER.tokenize("، وزير السوري ،");
        assertEquals(List.of(), rule.apply(t, List.of(), 0));
    }

    @Test
    void currencyOnlyMentionsAreDropped() {
        CurrencyRule rule = new CurrencyRule(LEXICON.demonyms());
        List<Token> toks = TOKENIZER.tokenize("بقيمة 200 مليون دولار و ألف جنيه مصري وفاز ريال مدريد");
        List<Mention> in = List.of(new Mention(3, 4, EntityType.MISC), new Mention(6, 8, EntityType.MISC),
                new Mention(9, 11, EntityType.ORG));
        assertEquals(List.of(new Mention(9, 11, EntityType.ORG)), rule.apply(toks, in, 0), toks::toString);
    }

    @Test
    void aNameIsNotCutAtAFutureMarkerTheTokenizerSaw() {
        Token t = TOKENIZER.tokenize("وسامر").get(0);
        assertEquals(1, Coreference.procliticLength(t), t::toString);
        assertEquals(0, Coreference.procliticLength(TOKENIZER.tokenize("سامر").get(0)));
        assertEquals(1, Coreference.procliticLength(TOKENIZER.tokenize("بالمركز").get(0)));
    }
}
