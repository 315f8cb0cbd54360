package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.junit.jupiter.api.Test;

/**
 * One test per construction of the annotation guide, on short examples written for these tests (fictional people
 * and bodies).
 */
class ConstructionsTest {

    @Test
    void verbFirstSourceAndComplementizerContent() {
        Analysed r = Analysed.of("كشفت مصادر دبلوماسية أن الاجتماع تأجل إلى الأسبوع المقبل.");
        Attribution a = r.cue("كشفت");
        r.assertSource(a, "مصادر دبلوماسية", "ANONYMOUS", false);
        assertEquals("أن الاجتماع تأجل إلى الأسبوع المقبل", r.content(a));
        assertEquals(Certainty.ASSERTED, a.certainty());
    }

    @Test
    void conjunctionIsLeftOutOfTheCue() {
        Analysed r = Analysed.of("وقالت الشركة إن أرباحها تضاعفت هذا العام.");
        Attribution a = r.cue("قالت");
        r.assertSource(a, "الشركة", "NAMED_ORGANIZATION", false);
        assertEquals(Certainty.REPORTED, a.certainty());
    }

    @Test
    void subjectFirstSource() {
        Analysed r = Analysed.of("الهيئة العامة للإحصاء قالت إن معدل البطالة ارتفع خلال الربع الأول.");
        Attribution a = r.cue("قالت");
        r.assertSource(a, "الهيئة العامة للإحصاء", "NAMED_ORGANIZATION", false);
        assertEquals("إن معدل البطالة ارتفع خلال الربع الأول", r.content(a));
    }

    @Test
    void titleAndNameFormOnePersonSourceWithoutTheApposition() {
        Analysed r = Analysed.of("وقال وزير النقل سامي الخطيب، وهو مهندس سابق، إن القطار سيعمل في الصيف.");
        r.assertSource(r.cue("قال"), "وزير النقل سامي الخطيب", "NAMED_PERSON", false);
    }

    @Test
    void prepositionalCueWithContentBefore() {
        Analysed r = Analysed.of("ارتفعت أسعار الوقود بنسبة عشرة في المئة، بحسب مسؤول في وزارة الطاقة.");
        Attribution a = r.cue("بحسب");
        r.assertSource(a, "مسؤول في وزارة الطاقة", "UNNAMED_OFFICIAL", false);
        assertEquals("ارتفعت أسعار الوقود بنسبة عشرة في المئة", r.content(a));
    }

    @Test
    void prepositionalCueAtTheStartTakesTheClauseAfter() {
        Analysed r = Analysed.of("وبحسب تقرير للبنك الدولي، فإن النمو سيتباطأ هذا العام.");
        Attribution a = r.cue("بحسب");
        r.assertSource(a, "تقرير للبنك الدولي", "DOCUMENT", false);
        assertEquals("فإن النمو سيتباطأ هذا العام", r.content(a));
    }

    @Test
    void wafqanLiKeepsTheLamOfTheContractedArticleWithTheSource() {
        Analysed r = Analysed.of("تراجعت نسبة الأمية في الريف، وفقاً للمركز الوطني للدراسات.");
        Attribution a = r.cue("وفقاً ل");
        assertEquals("لمركز الوطني للدراسات", r.source(a));
        assertEquals("تراجعت نسبة الأمية في الريف", r.content(a));
    }

    @Test
    void connectivePhraseWithContentFirst() {
        Analysed r = Analysed.of("تم إغلاق المعبر لمدة يومين، حسب ما جاء في بيان لوزارة الداخلية.");
        Attribution a = r.cue("حسب ما جاء في");
        r.assertSource(a, "بيان لوزارة الداخلية", "DOCUMENT", false);
        assertEquals("تم إغلاق المعبر لمدة يومين", r.content(a));
    }

    @Test
    void pronounSubjectTakesTheNearestEarlierSource() {
        Analysed r = Analysed.of("قال وزير الزراعة سامي الخطيب إن المحصول جيد. وأوضح أن الأمطار كانت غزيرة هذا الموسم.");
        Attribution a = r.cue("أوضح");
        r.assertSource(a, "وزير الزراعة سامي الخطيب", "NAMED_PERSON", true);
        assertEquals("أن الأمطار كانت غزيرة هذا الموسم", r.content(a));
    }

    @Test
    void participleStartsANewAttributionAndEndsThePreviousContent() {
        Analysed r = Analysed.of("أكد المتحدث باسم الشرطة أن الطريق أعيد فتحه، مضيفا أن التحقيق مستمر.");
        assertEquals("أن الطريق أعيد فتحه", r.content(r.cue("أكد")));
        Attribution p = r.cue("مضيفا");
        r.assertSource(p, "المتحدث باسم الشرطة", "UNNAMED_OFFICIAL", true);
        assertEquals("أن التحقيق مستمر", r.content(p));
    }

    @Test
    void quotedContentWithoutTheMarks() {
        Analysed r = Analysed.of("وقال رئيس البلدية «سنبدأ أعمال الصيانة يوم الأحد المقبل».");
        assertEquals("سنبدأ أعمال الصيانة يوم الأحد المقبل", r.content(r.cue("قال")));
    }

    @Test
    void complementizerBeforeAQuoteKeepsTheMarks() {
        Analysed r = Analysed.of("وقال المحافظ إن \"المياه ستعود إلى الأحياء الشرقية خلال ساعات\".");
        assertEquals("إن \"المياه ستعود إلى الأحياء الشرقية خلال ساعات\"", r.content(r.cue("قال")));
    }

    @Test
    void colonIntroducedQuote() {
        Analysed r = Analysed.of("وقالت مديرة المدرسة في كلمتها: \"المدرسة ستبقى مفتوحة طوال الصيف\".");
        Attribution a = r.cue("قالت");
        r.assertSource(a, "مديرة المدرسة", "UNNAMED_OFFICIAL", false);
        assertEquals("المدرسة ستبقى مفتوحة طوال الصيف", r.content(a));
    }

    @Test
    void quoteRunningOverTwoSentences() {
        Analysed r = Analysed.of("وقال المدرب: «لعبنا جيدا في الشوط الأول. لكن الأخطاء الدفاعية كلفتنا المباراة.»");
        assertEquals("لعبنا جيدا في الشوط الأول. لكن الأخطاء الدفاعية كلفتنا المباراة", r.content(r.cue("قال")));
    }

    @Test
    void documentCitedBySourceIsAChildAttribution() {
        Analysed r = Analysed.of("قال المرصد إنه حصل على وثائق تكشف أن الشركة دفعت رشاوى لمسؤولين محليين.");
        Attribution centre = r.cue("قال");
        r.assertSource(centre, "المرصد", "NAMED_ORGANIZATION", false);
        Attribution doc = r.cue("تكشف");
        r.assertSource(doc, "وثائق", "DOCUMENT", false);
        assertEquals("أن الشركة دفعت رشاوى لمسؤولين محليين", r.content(doc));
        assertEquals(Optional.of(centre.id()), doc.parent());
        assertTrue(centre.content().contains(doc.content()));
    }

    @Test
    void outletRelayingAnotherSourceWithAn() {
        Analysed r = Analysed.of("ونقلت صحيفة «المساء» عن مصدر أمني أن المشتبه به فر إلى الخارج.");
        Attribution outlet = r.cue("نقلت");
        r.assertSource(outlet, "صحيفة «المساء»", "MEDIA", false);
        Attribution relayed = r.cue("عن");
        r.assertSource(relayed, "مصدر أمني", "ANONYMOUS", false);
        assertEquals(Optional.of(outlet.id()), relayed.parent());
        assertEquals(outlet.content(), relayed.content());
    }

    @Test
    void speakerKnownThroughANewspaperHasItAsParent() {
        Analysed r = Analysed.of("وقال النائب، بحسب صحيفة «الصباح»، إن البرلمان سيصوت على القانون غدا.");
        Attribution speaker = r.cue("قال");
        Attribution paper = r.cue("بحسب");
        assertEquals("MEDIA", paper.source().type().name());
        assertEquals(Optional.of(paper.id()), speaker.parent());
        assertEquals(speaker.content(), paper.content());
    }

    @Test
    void sentenceCarryingOnWithWaInnaContinuesTheAttribution() {
        Analysed r = Analysed.of("قالت مصادر محلية إن القوات انسحبت من البلدة. وإن السكان بدأوا بالعودة إلى منازلهم.");
        assertEquals(2, r.attributions().size(), r.describe());
        Attribution first = r.id("a1");
        Attribution next = r.id("a2");
        assertEquals(Optional.of(first.id()), next.continues());
        assertEquals(first.cue(), next.cue());
        assertEquals(first.source().span(), next.source().span());
        assertEquals("إن السكان بدأوا بالعودة إلى منازلهم", r.content(next));
    }

    @Test
    void denialWithANominalObject() {
        Analysed r = Analysed.of("نفى المتحدث باسم الجيش وجود قوات أجنبية في المنطقة.");
        Attribution a = r.cue("نفى");
        assertEquals(Certainty.DENIED, a.certainty());
        r.assertSource(a, "المتحدث باسم الجيش", "UNNAMED_OFFICIAL", false);
        assertEquals("وجود قوات أجنبية في المنطقة", r.content(a));
    }

    @Test
    void denialAfterADefiniteSourceStartsAtTheNewNoun() {
        Analysed r = Analysed.of("نفت وزارة الصحة الأنباء عن انتشار وباء جديد في الجنوب.");
        Attribution a = r.cue("نفت");
        assertEquals("وزارة الصحة", r.source(a));
        assertEquals("الأنباء عن انتشار وباء جديد في الجنوب", r.content(a));
    }

    @Test
    void hedgingCueAndHedgesInTheContent() {
        assertEquals(Certainty.HEDGED, Analysed.of("ورجح محللون أن تتراجع الأسعار في الأشهر المقبلة.").cue("رجح").certainty());
        assertEquals(Certainty.HEDGED, Analysed.of("وقال الخبير إن الاقتصاد قد يدخل في ركود طويل.").cue("قال").certainty());
        assertEquals(Certainty.HEDGED,
                Analysed.of("وأعلنت الشرطة أن المشتبه به ربما غادر البلاد.").cue("أعلنت").certainty());
        assertEquals(Certainty.HEDGED, Analysed.of("وزعم الحزب أن الانتخابات زورت.").cue("زعم").certainty());
    }

    @Test
    void qadWithAPerfectVerbIsNoHedge() {
        assertEquals(Certainty.REPORTED,
                Analysed.of("وقال المسؤول إن العمال قد غادروا المصنع قبل الحريق.").cue("قال").certainty());
    }

    @Test
    void negatedHedgeVerbKeepsItsNegation() {
        Analysed r = Analysed.of("ولم يستبعد رئيس الحزب إجراء انتخابات مبكرة في الخريف.");
        Attribution a = r.cue("لم يستبعد");
        assertEquals(Certainty.HEDGED, a.certainty());
        assertEquals("إجراء انتخابات مبكرة في الخريف", r.content(a));
    }

    @Test
    void socialMediaChannel() {
        Analysed r = Analysed.of("وكتب الوزير على صفحته الرسمية على الفيسبوك أن الامتحانات ستجري في موعدها.");
        Attribution a = r.cue("كتب");
        assertEquals(Optional.of(Channel.SOCIAL_MEDIA), a.channel());
        assertEquals("أن الامتحانات ستجري في موعدها", r.content(a));
        Analysed t = Analysed.of("وقال الناشط في تغريدة إن المظاهرة ستنطلق مساء الجمعة.");
        assertEquals(Optional.of(Channel.SOCIAL_MEDIA), t.cue("قال").channel());
    }

    @Test
    void statementPressConferenceAndInterviewChannels() {
        assertEquals(Optional.of(Channel.STATEMENT),
                Analysed.of("وقالت النقابة في بيان إن الإضراب سيستمر.").cue("قالت").channel());
        assertEquals(Optional.of(Channel.PRESS_CONFERENCE),
                Analysed.of("وقال المحافظ في مؤتمر صحفي إن المطار سيفتح غدا.").cue("قال").channel());
        assertEquals(Optional.of(Channel.INTERVIEW),
                Analysed.of("وقال اللاعب في تصريح خاص لصحيفة «الملعب» إنه سيعتزل.").cue("قال").channel());
    }

    @Test
    void masdarCueWithGenitiveSource() {
        Analysed r = Analysed.of("وجاء ذلك بعد إعلان شركة الطيران الوطنية أن الرحلات ستعود الشهر المقبل.");
        Attribution a = r.cue("إعلان");
        r.assertSource(a, "شركة الطيران الوطنية", "NAMED_ORGANIZATION", false);
        assertEquals("أن الرحلات ستعود الشهر المقبل", r.content(a));
    }

    @Test
    void notAttributionsTraps() {
        Analysed.of("ويتقاضى الموظفون رواتب مختلفة بحسب أهمية الوظيفة.").assertNone();
        Analysed.of("وسيجري الانسحاب وفقا لقرارات مجلس الأمن الدولي.").assertNone();
        Analysed.of("ويُعتقد أن المهاجمين فروا عبر الحدود الجنوبية.").assertNone();
        Analysed.of("وطالب النواب الحكومة بتقديم استقالتها فورا.").assertNone();
        Analysed.of("ودعا الرئيس المواطنين إلى الهدوء.").assertNone();
        Analysed.of("وأشاد الوزير بجهود فرق الإنقاذ.").assertNone();
        Analysed.of("ولم يذكر البيان عدد الضحايا.").assertNone();
        Analysed.of("يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.").assertNone();
        Analysed.of("والتقى الوزير نظيره في اللقاء الذي كشف خلافات عميقة بينهما.").assertNone();
    }

    @Test
    void titleLineIsNotAnAttribution() {
        Analysed r = Analysed.of("الوزارة تنفي وجود نقص في الأدوية\nنفت وزارة الصحة وجود نقص في الأدوية في المستشفيات.");
        assertEquals(1, r.attributions().size(), r.describe());
        assertFalse(r.attributions().get(0).cue().start() < r.doc.text().indexOf('\n'));
    }

    @Test
    void everySpanLiesInTheTextAndIdsFollowTextOrder() {
        Analysed r = Analysed.of("قال المرصد إنه حصل على وثائق تكشف أن الشركة دفعت رشاوى. وأضاف أن التحقيق بدأ، مشيرا إلى أن "
                + "الشرطة استدعت مديرها.");
        int prev = -1;
        for (int i = 0; i < r.attributions().size(); i++) {
            Attribution a = r.attributions().get(i);
            assertEquals("a" + (i + 1), a.id());
            assertTrue(a.cue().start() >= prev);
            prev = a.cue().start();
            r.doc.check(a.cue());
            r.doc.check(a.content());
            a.source().span().ifPresent(r.doc::check);
        }
    }

    @Test
    void quotedOrganisationNameAfterTheVerbIsTheSource() {
        Analysed r = Analysed.of("كشف «مرصد الشمال للحقوق» في منشور على صفحته الرسمية، عن وثائق تثبت تورط الشركة في التلوث.");
        Attribution a = r.cue("كشف");
        assertEquals("مرصد الشمال للحقوق", r.source(a));
        assertEquals(Optional.of(Channel.SOCIAL_MEDIA), a.channel());
        assertEquals("وثائق تثبت تورط الشركة في التلوث", r.content(a));
    }

    @Test
    void subjectWithAnAppositionBeforeTheVerb() {
        Analysed r = Analysed.of("غير أن المتحدث باسم الشرطة، الرائد كريم ناصر، نفى هذه الرواية جملة وتفصيلا.");
        Attribution a = r.cue("نفى");
        r.assertSource(a, "المتحدث باسم الشرطة، الرائد كريم ناصر", "NAMED_PERSON", false);
    }

    @Test
    void timeWordBetweenVerbAndSource() {
        Analysed r = Analysed.of("أعلنت الثلاثاء وزارة التربية أن المدارس ستفتح أبوابها الأسبوع المقبل.");
        r.assertSource(r.cue("أعلنت"), "وزارة التربية", "NAMED_ORGANIZATION", false);
    }

    @Test
    void adverbsAfterTheSourceEndIt() {
        Analysed often = Analysed.of("وقالت الحكومة مرارا إنها لن ترفع الأسعار.");
        often.assertSource(often.cue("قالت"), "الحكومة", "NAMED_ORGANIZATION", false);
        Analysed day = Analysed.of("وقالت المتحدثة باسم الوزارة سلمى العاني يوم الجمعة إن الاتفاق غير مقبول.");
        day.assertSource(day.cue("قالت"), "المتحدثة باسم الوزارة سلمى العاني", "NAMED_PERSON", false);
        Analysed again = Analysed.of("وأكد الوزير مجددا أن الحدود ستبقى مفتوحة.");
        again.assertSource(again.cue("أكد"), "الوزير", "UNNAMED_OFFICIAL", false);
        Analysed then = Analysed.of("وكان الرئيس قد هاجم خصومه بشدة، وقال يومها إن صبره نفد.");
        then.assertSource(then.cue("قال"), "الرئيس", "UNNAMED_OFFICIAL", true);
        Analysed month = Analysed.of("وأكدت محكمة الاستئناف في باريس في تشرين الثاني أن القرار نهائي.");
        month.assertSource(month.cue("أكدت"), "محكمة الاستئناف في باريس", "NAMED_ORGANIZATION", false);
        Analysed hospital = Analysed.of("وقال المتحدث باسم مستشفى الملك فهد إن الحالات مستقرة.");
        hospital.assertSource(hospital.cue("قال"), "المتحدث باسم مستشفى الملك فهد", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void quantityOfAGroupIsOneSource() {
        Analysed r = Analysed.of("وأشار عدد من النشطاء إلى أن الحملة مستمرة.");
        r.assertSource(r.cue("أشار"), "عدد من النشطاء", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void pluralsOfRoleNounsAreUnnamedOfficials() {
        Analysed r = Analysed.of("وقال المحققون الفرنسيون إنهم لم يحصلوا على الوثائق.");
        r.assertSource(r.cue("قال"), "المحققون الفرنسيون", "UNNAMED_OFFICIAL", false);
        Analysed group = Analysed.of("وقال الحوثيون إنهم أسقطوا طائرة مسيرة.");
        assertFalse(group.cue("قال").source().type().name().equals("UNNAMED_OFFICIAL"), group.describe());
    }

    @Test
    void aPrepositionTheCueGovernsEndsTheSource() {
        Analysed r = Analysed.of("كما شدد رئيس الحكومة على أن الإصلاح لن يتأخر.");
        r.assertSource(r.cue("شدد"), "رئيس الحكومة", "UNNAMED_OFFICIAL", false);
        Analysed affiliation = Analysed.of("وأشار مسؤول في وزارة المالية إلى أن العجز تراجع.");
        affiliation.assertSource(affiliation.cue("أشار"), "مسؤول في وزارة المالية", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aFrontedPrepositionalPhraseIsNoSubject() {
        Analysed r = Analysed.of("وبخصوص مجريات التحقيق في الهجوم قال سامي الراشد إن المتهمين أوقفوا.");
        r.assertSource(r.cue("قال"), "سامي الراشد", "NAMED_PERSON", false);
    }

    @Test
    void theSameSourceTakesItsNounsType() {
        Analysed before = Analysed.of("وأوضح ذات المصدر أن الكمية حجزت في الميناء.");
        before.assertSource(before.cue("أوضح"), "ذات المصدر", "ANONYMOUS", false);
        Analysed after = Analysed.of("وتوقع المسؤول ذاته أن يرتفع عدد السياح.");
        after.assertSource(after.cue("توقع"), "المسؤول ذاته", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void peopleDescribedAreNotOrganisations() {
        Analysed r = Analysed.of("وقالت الفتاة إنها فقدت بصرها.");
        r.assertSource(r.cue("قالت"), "الفتاة", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void headsInAnotherNumberKeepTheirType() {
        Analysed dual = Analysed.of("وقالت جماعتان سياسيتان إنهما شكلتا تحالفا.");
        dual.assertSource(dual.cue("قالت"), "جماعتان سياسيتان", "NAMED_ORGANIZATION", false);
        Analysed construct = Analysed.of("ويقول معارضو الاتفاق إنه يضر بالمزارعين.");
        construct.assertSource(construct.cue("يقول"), "معارضو الاتفاق", "UNNAMED_OFFICIAL", false);
        Analysed states = Analysed.of("وأكدت الدول الأربع أنها ستواصل المقاطعة.");
        states.assertSource(states.cue("أكدت"), "الدول الأربع", "NAMED_ORGANIZATION", false);
    }

    @Test
    void theAddresseeAfterANameIsNotInTheSource() {
        Analysed r = Analysed.of("وقال سامي لرويترز في رسالة إن القصف لم يتوقف.");
        r.assertSource(r.cue("قال"), "سامي", "NAMED_PERSON", false);
    }

    @Test
    void circumstantialParticipleAfterTheVerbIsNoSource() {
        Analysed r = Analysed.of("وانتقد الوزير القرار بشدة. وأضاف مخاطبا الصحفيين: «لن نقبل بذلك».");
        Attribution a = r.cue("أضاف");
        assertFalse(r.source(a).contains("مخاطبا"), r.describe());
        Analysed name = Analysed.of("وقالت مارينا إن الفريق سيعود غدا.");
        name.assertSource(name.cue("قالت"), "مارينا", "NAMED_PERSON", false);
    }

    @Test
    void agencyNamesAndBareNamesAsSources() {
        Analysed agency = Analysed.of("وتراجعت صادرات الحبوب بنسبة كبيرة هذا العام، بحسب رويترز.");
        agency.assertSource(agency.cue("بحسب"), "رويترز", "MEDIA", false);
        Analysed name = Analysed.of("أعلن ماكرون الخميس عزمه زيارة الجزائر الشهر المقبل.");
        Attribution a = name.cue("أعلن");
        name.assertSource(a, "ماكرون", "NAMED_PERSON", false);
        assertEquals("عزمه زيارة الجزائر الشهر المقبل", name.content(a));
    }

    @Test
    void addressingTheReaderIsNoAttribution() {
        Analysed.of("هل تعتقدون أن الأسعار ستنخفض قريبا؟").assertNone();
    }

    @Test
    void directiveParticipleEndsTheContent() {
        Analysed r = Analysed.of("وزعم النائب أن الحكومة تخفي الأرقام الحقيقية، داعياً إلى فتح تحقيق برلماني.");
        assertEquals("أن الحكومة تخفي الأرقام الحقيقية", r.content(r.cue("زعم")));
    }
}
