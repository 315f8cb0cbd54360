package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.junit.jupiter.api.Test;

/**
 * Where a source phrase ends and what it is, for constructions met in unlabelled Gulf and Levantine news: compound
 * titles, roles that govern a preposition, time adverbials, verbal nouns, rules cited "in accordance with", and
 * objects after a name. Examples written for these tests (fictional people and bodies).
 */
class SourceBoundariesTest {

    @Test
    void compoundTitlesKeepTheirSecondNounAndReachTheName() {
        Analysed general = Analysed.of("أعلن مدير عام الهيئة العامة للطيران المهندس سعيد الحارثي أن الرحلات ستستأنف.");
        general.assertSource(general.cue("أعلن"), "مدير عام الهيئة العامة للطيران المهندس سعيد الحارثي",
                "NAMED_PERSON", false);
        Analysed dean = Analysed.of("وأشار عميد شؤون الطلاب الدكتور فهد المالكي إلى أن التسجيل مستمر.");
        dean.assertSource(dean.cue("أشار"), "عميد شؤون الطلاب الدكتور فهد المالكي", "NAMED_PERSON", false);
    }

    @Test
    void aRoleThatGovernsAPrepositionKeepsItsComplementAndTheNameAfterIt() {
        Analysed r = Analysed.of("وقال المشرف على المسابقة الدكتور ماهر السالم إن المشاركات كثيرة.");
        r.assertSource(r.cue("قال"), "المشرف على المسابقة الدكتور ماهر السالم", "NAMED_PERSON", false);
    }

    @Test
    void aPrepositionTheCueGovernsEndsTheSource() {
        Analysed r = Analysed.of("وأكد الوزير على ضرورة الالتزام بالقرار.");
        Attribution a = r.cue("أكد");
        r.assertSource(a, "الوزير", "UNNAMED_OFFICIAL", false);
        assertTrue(r.content(a).startsWith("ضرورة الالتزام"), r.describe());
    }

    @Test
    void aTimeNounWithATimeAdjectiveIsAnAdverbialButTheGeneralSecretaryStaysWhole() {
        Analysed r = Analysed.of("وذكر رئيس الوزراء الشهر الماضي أن الحكومة ستخفض الضرائب. "
                + "وقال الأمين العام للمنظمة إن الاجتماع مهم.");
        r.assertSource(r.cue("ذكر"), "رئيس الوزراء", "UNNAMED_OFFICIAL", false);
        r.assertSource(r.cue("قال"), "الأمين العام للمنظمة", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void verbalNounsAfterAPrepositionOrInTheWritersSetPhraseAreNotCues() {
        Analysed.of("واشتهر الشاعر بقصائد في وصف المدينة وأهلها.").assertNone();
        Analysed.of("الجدير ذكره أن الفريق فاز بالبطولة مرتين.").assertNone();
    }

    @Test
    void rulesCitedInAccordanceWithAreNotSourcesButReportsAre() {
        Analysed.of("وسيتم ذلك وفقا لقرارات مجلس الأمن الدولي.").assertNone();
        Analysed.of("وتجري الانتخابات طبقا للدستور الجديد.").assertNone();
        Analysed report = Analysed.of("ووفقا لتقرير المنظمة، ارتفع عدد النازحين.");
        report.assertSource(report.attributions().get(0), "تقرير المنظمة", "DOCUMENT", false);
    }

    @Test
    void pluralsOfListedHeadsKeepTheirType() {
        Analysed r = Analysed.of("وكشفت التحقيقات أن الشبكة تعمل منذ سنوات.");
        r.assertSource(r.cue("كشفت"), "التحقيقات", "DOCUMENT", false);
    }

    @Test
    void aPlaceInsideAnAffiliationIsNotAName() {
        Analysed r = Analysed.of("وأعلنت عمادة القبول بجامعة الملك سعود أن التسجيل يبدأ الأحد.");
        r.assertSource(r.cue("أعلنت"), "عمادة القبول بجامعة الملك سعود", "NAMED_ORGANIZATION", false);
    }

    @Test
    void theObjectOfAVerbStartsAfterARecognisedName() {
        Pipeline withNer = StageCatalog.build(List.of("tokens", "sentences", "ner", "attribution"),
                PipelineConfig.defaults());
        Analysed r = Analysed.of(withNer.process(Document.of("t",
                "وأكد رئيس النادي خالد الأحمد نجاح المعسكر الذي أقيم في إسبانيا.")));
        Attribution a = r.cue("أكد");
        r.assertSource(a, "رئيس النادي خالد الأحمد", "NAMED_PERSON", false);
        assertTrue(r.content(a).startsWith("نجاح المعسكر"), r.describe());
    }

    @Test
    void namingPassivesAndNounsInTaMarbutaAreNotCues() {
        Analysed.of("وكان للحارس ابن يدعى سامر الحلو يعمل في الحديقة.").assertNone();
        Analysed.of("ووجه الاتحاد رسالة طمأنة إلى العمال.").assertNone();
        Analysed claim = Analysed.of("ويدعي الوزير أنه كان خارج المدينة.");
        claim.assertSource(claim.cue("يدعي"), "الوزير", "UNNAMED_OFFICIAL", false);
    }

    @Test
    void aWordAfterANasabParticleIsAlwaysANamePart() {
        Analysed r = Analysed.of("ومن جانبه، قال سيدي ولد الشيخ، رئيس الاتحاد، إن الإضراب مستمر.");
        r.assertSource(r.cue("قال"), "سيدي ولد الشيخ", "NAMED_PERSON", false);
    }

    @Test
    void theAddresseeOfAnAnonymousSourceIsLeftOutButAComplementOfItsAdjectiveStays() {
        Analysed radio = Analysed.of("وقال مصدر أمني للإذاعة إن الموقوفين ثلاثة.");
        radio.assertSource(radio.cue("قال"), "مصدر أمني", "ANONYMOUS", false);
        Analysed opposed = Analysed.of("وتؤكد مصادر معارضة للحكومة أن الانتخابات ستؤجل.");
        opposed.assertSource(opposed.cue("تؤكد"), "مصادر معارضة للحكومة", "ANONYMOUS", false);
    }

    @Test
    void whatFollowsAPossessiveVerbalNounOrAJudgementAfterMaIsNotTheSpeaker() {
        Analysed r = Analysed.of("وقال الوزير إن الحكومة لن تتراجع، محذرا مما اعتبره محاولات لتعطيل الإصلاح.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).startsWith("محاولات")), r.describe());
        Analysed noun = Analysed.of("واعتذر اللاعب عن تصريحاته المسيئة للجماهير.");
        assertTrue(noun.attributions().stream().noneMatch(a -> noun.source(a).startsWith("المسيئة")),
                noun.describe());
    }

    @Test
    void institutionsAndDescribedRelativesAreTypedByTheirHead() {
        Analysed zoo = Analysed.of("وقالت حديقة الحيوان إن الحارس عثر على الحيوان مقتولا.");
        zoo.assertSource(zoo.cue("قالت"), "حديقة الحيوان", "NAMED_ORGANIZATION", false);
        Analysed daughter = Analysed.of("وكتبت ابنة الوزير في حسابها على تويتر أن العائلة بخير.");
        assertTrue(daughter.source(daughter.cue("كتبت")).startsWith("ابنة الوزير"), daughter.describe());
    }

    @Test
    void aSubjectBeforeTheVerbDoesNotReachBackOverAnotherVerb() {
        Analysed r = Analysed.of("وأطلق اللصوص النار على وحيد قرن أبيض وقطعوا قرنه في واقعة يعتقد أنها الأولى.");
        assertTrue(r.attributions().stream().noneMatch(a -> r.source(a).contains("قطعوا")), r.describe());
    }

    @Test
    void aPluralThatKeepsItsNunOrASecondActorStartsTheObject() {
        Analysed plural = Analysed.of("ويتهم ناشطون الحزب بتقديم دعم للمقاتلين.");
        plural.assertSource(plural.cue("يتهم"), "ناشطون", "UNNAMED_OFFICIAL", false);
        Pipeline withNer = StageCatalog.build(List.of("tokens", "sentences", "ner", "attribution"),
                PipelineConfig.defaults());
        Analysed state = Analysed.of(withNer.process(Document.of("t",
                "واتهمت دمشق الولايات المتحدة بمحاولة عزل البلاد.")));
        state.assertSource(state.cue("اتهمت"), "دمشق", "NAMED_ORGANIZATION", false);
    }
}
