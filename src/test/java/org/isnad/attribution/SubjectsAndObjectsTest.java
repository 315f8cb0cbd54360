package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.model.Attribution;
import org.isnad.model.Channel;
import org.junit.jupiter.api.Test;

/**
 * Where the speaker ends and the object or a new phrase begins, and which words are never a speaker: demonstratives,
 * duals, discourse connectives, the speaker of a relayed quotation, a statement that a body issued, objects with a
 * possessive pronoun, subjects after «أنّ», verbal nouns, channels and time adverbials after the speaker. Met in
 * unlabelled Saudi and multi-outlet news (fifth review); the sentences are written for these tests, with fictional
 * people.
 */
class SubjectsAndObjectsTest {
    @Test
    void aDemonstrativeIsReadThroughToItsNounAndAConnectiveIsNoSubject() {
        Analysed r = Analysed.of("ولذلك يعتقد هؤلاء المحللون أن الأسعار سترتفع.");
        r.assertSource(r.cue("يعتقد"), "هؤلاء المحللون", "UNNAMED_OFFICIAL", false);
        Analysed prep = Analysed.of("وبحسب هؤلاء الباحثين فإن المادة آمنة.");
        prep.assertSource(prep.cue("بحسب"), "هؤلاء الباحثين", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aDualOfAParticipleIsTwoPeopleByRole() {
        Analysed r = Analysed.of("واعترف المتهمان بأنهما باعا السيارة.");
        r.assertSource(r.cue("اعترف"), "المتهمان", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aRelayingVerbEndsItsSpeakerAtAnAndTheQuotedPersonSpeaks() {
        Analysed r = Analysed.of("ونقل مكتبه الإعلامي عن الوزير قوله إن المشروع سيكتمل.");
        assertEquals("مكتبه الإعلامي", r.source(r.cue("نقل")), r.describe());
        Attribution said = r.cue("قوله");
        assertEquals("الوزير", r.source(said), r.describe());
        assertFalse(said.source().implicit(), r.describe());
    }

    @Test
    void anAgencyRelaysTheOneOnWhoseTongueItQuotesAndTheSayingIsOneAttribution() {
        Analysed r = Analysed.of("ونقلت وكالة الأنباء الرسمية على لسان المندوب قوله: \"موقفنا ثابت\".");
        Attribution agency = r.cue("نقلت");
        r.assertSource(agency, "وكالة الأنباء الرسمية", "MEDIA", false);
        Attribution tongue = r.cue("على لسان");
        assertEquals("المندوب", r.source(tongue), r.describe());
        assertEquals(agency.id(), tongue.parent().orElseThrow(), r.describe());
        assertTrue(r.attributions().stream().noneMatch(a -> r.doc.text(a.cue()).equals("قوله")), r.describe());
    }

    @Test
    void theAntecedentOfARelativeWithAnObjectPronounIsNotTheSpeaker() {
        Analysed r = Analysed.of("وقطعت الدول العلاقات مع الإمارة التي اتهمتها بدعم الجماعات المسلحة.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).equals("الإمارة")), r.describe());
        Analysed denies = Analysed.of("وردت الحكومة التي تنفي مسؤوليتها عن الحادث ببيان مقتضب.");
        assertEquals("الحكومة", denies.source(denies.cue("تنفي")), denies.describe());
    }

    @Test
    void aTopicAfterAnIsNoRelayedSpeaker() {
        Analysed r = Analysed.of("ونفى مصدر أمني ما تناقلته المواقع عن العثور على متفجرات في السيارة.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).startsWith("العثور")), r.describe());
    }

    @Test
    void aStatementIssuedByABodyIsItsChannelAndTheBodySpeaks() {
        Analysed r = Analysed.of("وأصدرت اللجنة بيانا أكدت فيه أنها جمعت الأدلة.");
        Attribution a = r.cue("أكدت");
        r.assertSource(a, "اللجنة", "NAMED_ORGANIZATION", false);
        assertEquals(Channel.STATEMENT, a.channel().orElseThrow(), r.describe());
        assertTrue(r.content(a).startsWith("أنها"), r.describe());
    }

    @Test
    void aNounWithAPossessivePronounAfterTheVerbIsItsObjectUnlessItIsAPersonNoun() {
        Analysed obj = Analysed.of("وكانت الدول قد قطعت العلاقات، واتهمتها بدعم الجماعات المسلحة.");
        assertTrue(obj.attributions().stream().noneMatch(a -> obj.source(a).startsWith("بدعم")), obj.describe());
        Analysed kin = Analysed.of("وقال والده إن الطالب كان متفوقا.");
        assertEquals("والده", kin.source(kin.cue("قال")), kin.describe());
        Analysed honorific = Analysed.of("وأكد معاليه أن الوزارة ستدعم المشروع.");
        assertEquals("معاليه", honorific.source(honorific.cue("أكد")), honorific.describe());
    }

    @Test
    void theSubjectAfterAnnaStandsBeforeItsVerb() {
        Analysed r = Analysed.of("وأضاف الناطق أن الشرطة تتابع القضية، مؤكدا أن الملحقية أكدت تكفلها بتوكيل محام.");
        Attribution a = r.attributions().stream().filter(x -> r.doc.text(x.cue()).equals("أكدت")).findFirst()
                .orElseThrow(() -> new AssertionError(r.describe()));
        r.assertSource(a, "الملحقية", "NAMED_ORGANIZATION", false);
    }

    @Test
    void aReportingVerbAfterANounThatTakesAVerbalNounIsThatVerbalNoun() {
        Analysed r = Analysed.of("وقال المسؤول إن السفارة ستتولى متابعة نقل جثمان الطالب إلى بلده.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.doc.text(a.cue()).equals("نقل")), r.describe());
    }

    @Test
    void aChannelOrATimeAdverbialAfterThePrepositionEndsTheSpeaker() {
        Analysed phone = Analysed.of("وأوضحت المصادر في اتصال هاتفي، أن القوة وصلت.");
        assertEquals("المصادر", phone.source(phone.cue("أوضحت")), phone.describe());
        assertEquals(Channel.INTERVIEW, phone.cue("أوضحت").channel().orElseThrow(), phone.describe());
        Analysed time = Analysed.of("وأعلنت وزارة الخارجية في وقت سابق أن الزيارة ألغيت.");
        assertEquals("وزارة الخارجية", time.source(time.cue("أعلنت")), time.describe());
    }

    @Test
    void aNameEndsBeforeAnAppositiveTitleABrokenPluralOrAShortOutletAddressee() {
        Analysed acting = Analysed.withNer("ونقل حساب النادي على تويتر عن محمد الصالح القائم بأعمال رئيس النادي قوله إن "
                + "اللاعب غادر.");
        assertEquals("محمد الصالح", acting.source(acting.cue("قوله")), acting.describe());
        Analysed plural = Analysed.withNer("ووصف شتاينماير الأكراد بأنهم شركاء.");
        assertEquals("شتاينماير", plural.source(plural.cue("وصف")), plural.describe());
        Analysed bbc = Analysed.of("وقال الخبير مارك شاركي لبي بي سي إن التجربة ناجحة.");
        assertEquals("الخبير مارك شاركي", bbc.source(bbc.cue("قال")), bbc.describe());
    }

    @Test
    void aHashtagKeepsTheSpeakersWordsTogether() {
        Analysed r = Analysed.of("وأكد رئيس #مجلس_الأعمال_المشترك أن التبادل التجاري ارتفع.");
        assertEquals("رئيس #مجلس_الأعمال_المشترك", r.source(r.cue("أكد")), r.describe());
    }

    @Test
    void aFeminineNounAfterAPluralThatKeepsItsNunIsTheObject() {
        Analysed r = Analysed.of("ويتهم كثيرون حركة المعارضة بإشعال الأزمة.");
        assertEquals("كثيرون", r.source(r.cue("يتهم")), r.describe());
    }

    @Test
    void tunisianRadioNamesAndJoinedVerbalNounsStayInTheSpeakersPhrase() {
        Analysed fm = Analysed.of("وتوقف المعلمون عن العمل حسب مراسل شمس أف أم بالجهة.");
        assertEquals("مراسل شمس أف أم بالجهة", fm.source(fm.cue("حسب")), fm.describe());
        Analysed company = Analysed.of("أكدت الشركة الوطنية لاستغلال وتوزيع المياه في بلاغ أصدرته أن الانقطاع مؤقت.");
        Attribution a = company.cue("أكدت");
        assertEquals("الشركة الوطنية لاستغلال وتوزيع المياه", company.source(a), company.describe());
        assertTrue(company.content(a).startsWith("أن"), company.describe());
    }

    @Test
    void aPossessedNounAfterAFrontedCueRefersBackAndAParticipleIsAPersonByRole() {
        Analysed r = Analysed.of("وقال المتدخل إن النسبة ارتفعت. وبلغت النسبة 16 بالمائة، وفق ما جاء في تدخله.");
        r.assertSource(r.cue("قال"), "المتدخل", "UNNAMED_OFFICIAL", false);
        Attribution fronted = r.cue("وفق ما جاء في");
        assertTrue(fronted.source().implicit(), r.describe());
        assertEquals("المتدخل", r.source(fronted), r.describe());
        Analysed ours = Analysed.of("وتم رفع الدعوى حسب ما أكدته المحامية سلوى الهادي لمراسلتنا.");
        assertEquals("المحامية سلوى الهادي", ours.source(ours.cue("حسب ما أكدته")), ours.describe());
    }

    @Test
    void abbreviationsElativesPluralTitlesAndTheSubjectOfKana() {
        Analysed dr = Analysed.of("وأكد د. علام أن الاحتفال سيقام غدا.");
        dr.assertSource(dr.cue("أكد"), "د. علام", "NAMED_PERSON", false);
        Analysed data = Analysed.of("وأظهرت أحدث البيانات المنشورة أن النسبة ارتفعت.");
        data.assertSource(data.cue("أظهرت"), "أحدث البيانات المنشورة", "DOCUMENT", false);
        Analysed chiefs = Analysed.of("وأكد رؤساء الأركان أن التنسيق مستمر.");
        chiefs.assertSource(chiefs.cue("أكد"), "رؤساء الأركان", "UNNAMED_OFFICIAL", false);
        Analysed kana = Analysed.of("وكان مدنيون في المدينة كشفوا استمرار نهب المساعدات.");
        kana.assertSource(kana.cue("كشفوا"), "مدنيون في المدينة", "ANONYMOUS", false);
    }

    @Test
    void passivesPrepositionalPhrasesAndASeatSaidInPassingAreNoSubjects() {
        Analysed passive = Analysed.of("ويتم تداول أكثر من مليار ريال في السوق كل عام.");
        assertTrue(passive.attributions().isEmpty(), passive.describe());
        Analysed saying = Analysed.of("وقال المدير إن العمل بدأ. وشدد بالقول: «نأمل أن يكتمل».");
        Attribution stressed = saying.cue("شدد");
        assertTrue(stressed.source().implicit(), saying.describe());
        assertEquals("المدير", saying.source(stressed), saying.describe());
        Analysed seat = Analysed.of("وقال المتحدث إن المنظمة الدولية ومقرها جنيف قالت: إن الدول وافقت.");
        assertEquals("المنظمة الدولية", seat.source(seat.cue("قالت")), seat.describe());
    }
}
