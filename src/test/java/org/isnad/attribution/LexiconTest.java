package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The data files load, generate the inflected forms news uses, and give each cue its certainty class. */
class LexiconTest {
    private final CueLexicon cues = CueLexicon.get();
    private final SourceLexicon sources = SourceLexicon.get();

    private static String f(String s) {
        return CueLexicon.fold(s);
    }

    @ParameterizedTest
    @CsvSource({
        "قال,REPORTED,VERB", "قالت,REPORTED,VERB", "قالوا,REPORTED,VERB", "يقول,REPORTED,VERB", "تقول,REPORTED,VERB",
        "يقولون,REPORTED,VERB", "قائلا,REPORTED,PARTICIPLE", "قائلة,REPORTED,PARTICIPLE", "مضيفا,REPORTED,PARTICIPLE",
        "مضيفةً,REPORTED,PARTICIPLE", "مشيرا,REPORTED,PARTICIPLE", "أوردته,REPORTED,VERB", "نقله,REPORTED,VERB",
        "تصريحات,REPORTED,NOUN", "إعلان,REPORTED,NOUN", "قوله,REPORTED,NOUN", "اتهامات,REPORTED,NOUN",
        "توضيح,REPORTED,NOUN", "كشفت,ASSERTED,VERB", "يؤكد,ASSERTED,VERB", "مؤكدة,ASSERTED,PARTICIPLE",
        "أثبتت,ASSERTED,VERB", "شدد,ASSERTED,VERB", "زعم,HEDGED,VERB", "تزعم,HEDGED,VERB", "ادعى,HEDGED,VERB",
        "رجّح,HEDGED,VERB", "يعتقد,HEDGED,VERB", "بدعوى,HEDGED,NOUN", "نفى,DENIED,VERB", "نفت,DENIED,VERB",
        "نافية,DENIED,PARTICIPLE", "تكذيبه,DENIED,NOUN", "كذّب,DENIED,VERB"})
    void generatedFormsCarryTheirClass(String form, Certainty certainty, CueKind kind) {
        CueEntry e = cues.word(f(form)).orElseThrow(() -> new AssertionError("no cue form " + form));
        assertEquals(certainty, e.certainty(), form);
        assertEquals(kind, e.kind(), form);
    }

    @Test
    void directiveAndEvaluativeVerbsAreNoCues() {
        for (String w : List.of("طالب", "دعا", "ناشد", "أشاد", "ندد", "رحب", "وقال", "فقال")) {
            assertTrue(cues.word(f(w)).isEmpty(), w);
        }
    }

    @Test
    void phrasesAndConnectives() {
        assertTrue(cues.phrases().stream().anyMatch(p -> p.lamEnd() && String.join(" ", p.words()).equals(f("وفقا"))));
        assertTrue(cues.phrases().stream().anyMatch(p -> String.join(" ", p.words()).equals(f("نقلا عن"))));
        assertTrue(cues.phrases().stream().anyMatch(p -> String.join(" ", p.words()).equals(f("لم يستبعد"))
                && p.entry().certainty() == Certainty.HEDGED));
        assertTrue(cues.connectives().stream().anyMatch(c -> String.join(" ", c).equals(f("بحسب ما"))));
        assertTrue(cues.size() > 500, "generated forms: " + cues.size());
    }

    @Test
    void sourceHeadsTitlesNamesAndChannels() {
        assertEquals(SourceLexicon.HeadClass.DOCUMENT, sources.head(f("التقرير")).orElseThrow());
        assertEquals(SourceLexicon.HeadClass.MEDIA, sources.head(f("صحيفة")).orElseThrow());
        assertEquals(SourceLexicon.HeadClass.ANONYMOUS, sources.head(f("مصادر")).orElseThrow());
        assertEquals(SourceLexicon.HeadClass.SOCIAL, sources.head(f("تغريدة")).orElseThrow());
        assertEquals(SourceLexicon.HeadClass.OFFICIAL, sources.head(f("دبلوماسي")).orElseThrow());
        assertEquals(SourceLexicon.HeadClass.ORGANIZATION, sources.head(f("الوزارة")).orElseThrow());
        assertTrue(sources.isTitle(f("الرئيس")));
        assertTrue(sources.isGivenName(f("محمد")));
        assertFalse(sources.isGivenName(f("الوزارة")));
        assertTrue(sources.channels().stream().anyMatch(c -> c.value() == Channel.PRESS_CONFERENCE));
        assertTrue(sources.isImpersonal(f("يذكر")));
        assertTrue(sources.isClauseBreak(f("داعيا")));
    }
}
