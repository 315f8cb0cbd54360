package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Coreference on hand-placed mentions, independent of the statistical model. */
class CoreferenceTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final Coreference COREF = new Coreference();

    /** Mentions are given as [first word, end word, type] over the text's tokens. */
    private static List<Entity> resolve(String text, Object... spec) {
        List<Token> toks = TOKENIZER.tokenize(text);
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < spec.length; i += 3) {
            ms.add(new Mention((Integer) spec[i], (Integer) spec[i + 1], (EntityType) spec[i + 2]));
        }
        return COREF.resolve(text, toks, ms);
    }

    private static List<String> texts(String text, Entity e) {
        return e.mentions().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void surnameJoinsTheFullNameEvenWhenTheTaggerMissedIt() {
        String t = "قال حسين أزيري إن الاتفاق قريب . وأضاف أزيري أن";
        // only the full name is tagged; the bare «أزيري» is found by coreference
        List<Entity> es = resolve(t, 1, 3, EntityType.PERSON);
        assertEquals(1, es.size());
        assertEquals("حسين أزيري", es.get(0).name());
        assertEquals(List.of("حسين أزيري", "أزيري"), texts(t, es.get(0)));
        assertEquals("e1", es.get(0).id());
    }

    @Test
    void kunyaNameAndItsNisbaAreOneEntityWhateverTypeTheBareMentionGot() {
        String t = "أبو محمد الجولاني قال إن الجولاني";
        List<Entity> es = resolve(t, 0, 3, EntityType.PERSON, 5, 6, EntityType.NORP);
        assertEquals(1, es.size());
        assertEquals(EntityType.PERSON, es.get(0).type());
        assertEquals("أبو محمد الجولاني", es.get(0).name());
        assertEquals(List.of("أبو محمد الجولاني", "الجولاني"), texts(t, es.get(0)));
    }

    @Test
    void laterLongerMentionBecomesTheName() {
        String t = "أزيري وصل . حسين أزيري قال";
        List<Entity> es = resolve(t, 0, 1, EntityType.PERSON, 3, 5, EntityType.PERSON);
        assertEquals(1, es.size());
        assertEquals("حسين أزيري", es.get(0).name());
    }

    @Test
    void headNounRefersBackToTheOrganisation() {
        String t = "أعلن مركز دراسات الشرق الأوسط تقريرا . وقال المركز في بيانه";
        List<Entity> es = resolve(t, 1, 5, EntityType.ORG);
        assertEquals(1, es.size());
        assertEquals(List.of("مركز دراسات الشرق الأوسط", "المركز"), texts(t, es.get(0)));
    }

    @Test
    void headNounStartingANewNameIsNotABackReference() {
        String t = "أعلن مركز دراسات الشرق الأوسط تقريرا . وقال المركز الثقافي";
        assertEquals(1, resolve(t, 1, 5, EntityType.ORG).get(0).mentions().size());
    }

    @Test
    void differentPeopleStayApartAndIdsFollowFirstMention() {
        String t = "التقى حسين أزيري مع BBC ومع سامي العلي . ثم العلي";
        List<Entity> es = resolve(t, 1, 3, EntityType.PERSON, 4, 5, EntityType.ORG, 6, 8, EntityType.PERSON,
                10, 11, EntityType.PERSON);
        assertEquals(3, es.size());
        assertEquals(List.of("e1", "e2", "e3"), es.stream().map(Entity::id).toList());
        assertEquals("BBC", es.get(1).name());
        assertEquals(2, es.get(2).mentions().size());
    }

    @Test
    void mentionSpansDropConjunctionAndPrepositionButKeepTheArticle() {
        String t = "وبالمركز وللأمم";
        List<Token> toks = TOKENIZER.tokenize(t);
        Span s1 = Coreference.span(toks, new Mention(0, 1, EntityType.ORG));
        assertEquals("المركز", t.substring(s1.start(), s1.end()));
        // the contracted ل + ال cannot be cut cleanly: the whole token stays
        Span s2 = Coreference.span(toks, new Mention(1, 2, EntityType.ORG));
        assertEquals("وللأمم", t.substring(s2.start(), s2.end()));
    }

    @Test
    void aPersonsNameKeepsAFirstLetterThatOnlyLooksLikeAPreposition() {
        // names beginning with ف، ب، ك are common, a person's name after the preposition ب or the conjunction ف is not
        String t = "فوزي بسام ومحمد";
        List<Token> toks = TOKENIZER.tokenize(t);
        Span fawzi = Coreference.span(toks, new Mention(0, 1, EntityType.PERSON));
        assertEquals("فوزي", t.substring(fawzi.start(), fawzi.end()));
        Span bassam = Coreference.span(toks, new Mention(1, 2, EntityType.PERSON));
        assertEquals("بسام", t.substring(bassam.start(), bassam.end()));
        Span mohammed = Coreference.span(toks, new Mention(2, 3, EntityType.PERSON));
        assertEquals("محمد", t.substring(mohammed.start(), mohammed.end()));
    }
}
