package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.model.Attribution;
import org.junit.jupiter.api.Test;

/**
 * Who speaks when the word next to the cue is not the speaker: addressees, verbs of continuation, relative clauses,
 * inferences, fronted places, first-person cues inside a quotation. Constructions met in unlabelled multi-outlet
 * news (fourth review); the sentences are written for these tests, with fictional people.
 */
class ReportedSpeechTest {
    @Test
    void anAddresseeRightAfterTheVerbIsNotTheSpeaker() {
        Analysed agency = Analysed.of("وأكد الوزير سامر الحلو أن الاتفاق قريب. وقال لوكالة الأنباء الرسمية إن التوقيع "
                + "سيتم الأسبوع المقبل.");
        Attribution said = agency.cue("قال");
        assertTrue(said.source().implicit(), agency.describe());
        assertTrue(agency.source(said).contains("سامر الحلو"), agency.describe());
        Analysed press = Analysed.of("وقال للصحفيين مسؤول حكومي إن الطريق أغلق.");
        press.assertSource(press.cue("قال"), "مسؤول حكومي", "UNNAMED_OFFICIAL", false);
        Analysed quoted = Analysed.of("وأوضحت الوزيرة ريم الخطيب أن الخطة جاهزة. وقالت لـ\"إذاعة المدينة\" إن التنفيذ يبدأ غدا.");
        assertTrue(quoted.cue("قالت").source().implicit(), quoted.describe());
    }

    @Test
    void aNameThatBeginsWithLamIsStillTheSpeaker() {
        Analysed r = Analysed.of("وقالت لوبان في مقابلة تلفزيونية إن الحملة مستمرة.");
        assertEquals("لوبان", r.source(r.cue("قالت")), r.describe());
        assertFalse(r.cue("قالت").source().implicit(), r.describe());
    }

    @Test
    void aVerbOfContinuationCarriesTheSpeakerAlreadyReported() {
        Analysed r = Analysed.of("وقال الوزير فادي النمر إن بلاده غاضبة. ومضى يقول: \"لن نقبل بذلك\". "
                + "وراح يؤكد أن الحوار ممكن.");
        assertTrue(r.source(r.cue("يقول")).contains("فادي النمر"), r.describe());
        assertTrue(r.cue("يقول").source().implicit(), r.describe());
        assertTrue(r.source(r.cue("يؤكد")).contains("فادي النمر"), r.describe());
    }

    @Test
    void anInferenceIntroducedByMaIsNotAnAttribution() {
        Analysed r = Analysed.of("وعثر الفريق على بلورات صغيرة في الصخرة، مما يرجح أن الكوكب كان كبيرا.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).equals("مما")), r.describe());
        assertTrue(r.attributions().stream().noneMatch(a -> r.doc.text(a.cue()).equals("يرجح")), r.describe());
    }

    @Test
    void aTitleAfterTheAffiliationStartsTheNameAndTheObjectFollowsIt() {
        Analysed r = Analysed.withNer("ووصف السفير في العاصمة الأمير فيصل بن سعد الاتهامات بأنها باطلة.");
        Attribution a = r.cue("وصف");
        r.assertSource(a, "السفير في العاصمة الأمير فيصل بن سعد", "NAMED_PERSON", false);
        assertTrue(r.content(a).startsWith("الاتهامات"), r.describe());
    }

    @Test
    void aFirstPersonCueOpeningAQuotationBelongsToTheSpeakerOfTheQuotation() {
        Analysed r = Analysed.of("وقالت الباحثة منى العلي، التي لم تشارك في الدراسة: \"أعتقد أن النتائج مهمة\".");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).equals("الدراسة")), r.describe());
    }

    @Test
    void aRelativeClauseAfterANamedStateHasThatStateAsSpeaker() {
        Analysed r = Analysed.withNer("وردت روسيا التي تنفي مسؤوليتها عن الهجوم بطرد دبلوماسيين.");
        Attribution a = r.cue("تنفي");
        assertEquals("روسيا", r.source(a), r.describe());
        assertTrue(a.source().implicit(), r.describe());
        Analysed reports = Analysed.withNer("ونشرت الصحيفة التقارير التي تفيد بأن الصحفي اعتقل.");
        assertEquals("التقارير", reports.source(reports.cue("تفيد")), reports.describe());
    }

    @Test
    void aFrontedPlaceBeforeACommaIsNotTheSubject() {
        Analysed r = Analysed.withNer("وفي العاصمة الفرنسية باريس، كشف المدرب الإسباني خوان غارسيا أنه سيعتزل.");
        assertEquals("المدرب الإسباني خوان غارسيا", r.source(r.cue("كشف")), r.describe());
    }

    @Test
    void aSpokespersonOfSomeoneElseStaysUnnamedAndPluralsAreNotANamedPerson() {
        Analysed r = Analysed.of("وقالت الوزيرة سلمى العلي إن الخطة جاهزة، بحسب المتحدث باسمها. "
                + "وقال العلماء إن النتائج أولية.");
        r.assertSource(r.cue("بحسب"), "المتحدث باسمها", "UNNAMED_OFFICIAL", false);
        r.assertSource(r.cue("قال"), "العلماء", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aMasculineVerbDoesNotContinueAFeminineTextOrBody() {
        Analysed r = Analysed.of("ارتفعت حرارة البحر، وفقا لدراسة نشرت أمس. وقال لوكالة الأنباء إن الأمر مقلق.");
        assertFalse(r.source(r.cue("قال")).contains("دراسة"), r.describe());
    }

    @Test
    void theSayingOfSomeoneAndTheirWordsAreCues() {
        Analysed r = Analysed.of("وتحتاج البلورات إلى ضغط هائل، حسب قول الباحث كريم الزين.");
        assertEquals("الباحث كريم الزين", r.source(r.cue("حسب قول")), r.describe());
        Analysed chaos = Analysed.of("وهذه هي الفوضى على حد تعبير الوزير.");
        chaos.assertSource(chaos.cue("على حد تعبير"), "الوزير", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aPersonNounBeforeANameIntroducesItLikeATitle() {
        Analysed r = Analysed.of("وادعى المراهق سامي الخطيب أن صديقه أزعجه.");
        r.assertSource(r.cue("ادعى"), "المراهق سامي الخطيب", "NAMED_PERSON", false);
    }
}
