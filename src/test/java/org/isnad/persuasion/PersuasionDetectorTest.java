package org.isnad.persuasion;

import static org.isnad.persuasion.DetectorTestSupport.spans;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.junit.jupiter.api.Test;

/** One or more short examples, written for these tests, of every technique the default detector covers. */
class PersuasionDetectorTest {
    @Test
    void nameCallingAcrossCliticsAndNumber() {
        assertEquals(List.of("قوات الاحتلال"), spans("شنت قوات الاحتلال حملة اعتقالات في البلدة.",
                "Name_Calling-Labeling"));
        assertEquals(List.of("بالميليشيات", "الإرهابية"), spans("نددت الحكومة بما وصفته بالميليشيات الإرهابية.",
                "Name_Calling-Labeling"));
        assertEquals(List.of("للإرهابيين"), spans("قدم الدعم للإرهابيين طوال سنوات.", "Name_Calling-Labeling"));
    }

    @Test
    void loadedLanguage() {
        assertEquals(List.of("بشعة"), spans("وصف الوزير الهجوم بأنه جريمة بشعة هزت المدينة.", "Loaded_Language"));
        assertEquals(List.of("كارثية"), spans("كانت النتائج كارثية على المزارعين.", "Loaded_Language"));
        assertTrue(spans("تسببت الفيضانات في كارثة إنسانية.", "Loaded_Language").contains("كارثة"));
    }

    @Test
    void ambiguousWordsAreNotLoaded() {
        // «تاريخ» (date, history) must not fire as «تاريخي» (historic); «إطلاق» (launch) not as «إطلاقاً».
        assertEquals(List.of(), spans("أعلنت الشركة تاريخ إطلاق المنتج الجديد.", "Loaded_Language"));
        // the ordinal «الحادية عشرة» is not «حادة» (sharp); «لافتا إلى» is a reporting participle (noting)
        assertEquals(List.of(), spans("بدأ العرض في الساعة الحادية عشرة ليلا.", "Loaded_Language"));
        assertEquals(List.of(), spans("وأكد الوزير أن العمل مستمر، لافتا إلى أن الموسم يبدأ قريبا.", "Loaded_Language"));
        assertEquals(List.of("حادة"), spans("واجهت الحكومة انتقادات حادة من النواب.", "Loaded_Language"));
    }

    @Test
    void appealToAuthorityRunsToTheEndOfTheClause() {
        assertEquals(List.of("يجمع الخبراء على أن التدخين يضر بالصحة"),
                spans("يجمع الخبراء على أن التدخين يضر بالصحة، وهذا معروف.", "Appeal_to_Authority"));
    }

    @Test
    void doubt() {
        assertEquals(List.of("ومن غير الواضح ما إذا كانت الحكومة ستفي بوعودها"),
                spans("ومن غير الواضح ما إذا كانت الحكومة ستفي بوعودها.", "Doubt"));
    }

    @Test
    void exaggeration() {
        assertEquals(List.of("على الإطلاق"), spans("هذه أسوأ أزمة نمر بها على الإطلاق.", "Exaggeration-Minimisation")
                .stream().filter(s -> s.contains("الإطلاق")).toList());
        assertTrue(spans("تغير كل شيء بين ليلة وضحاها.", "Exaggeration-Minimisation").contains("بين ليلة وضحاها"));
    }

    @Test
    void appealToFear() {
        List<String> s = spans("وحذر الوزير من أن استمرار الأزمة قد يؤدي إلى عواقب وخيمة على الاقتصاد.",
                "Appeal_to_Fear-Prejudice");
        assertEquals(1, s.size());
        assertTrue(s.get(0).endsWith("عواقب وخيمة على الاقتصاد"));
    }

    @Test
    void flagWaving() {
        assertEquals(List.of("شعبنا الصامد لن يتخلى عن أرضه"), spans("إن شعبنا الصامد لن يتخلى عن أرضه.", "Flag_Waving"));
    }

    @Test
    void questioningTheReputation() {
        assertEquals(List.of("اتهمت المنظمة الشركة بتزوير الوثائق وإخفاء الأدلة"),
                spans("اتهمت المنظمة الشركة بتزوير الوثائق وإخفاء الأدلة.", "Questioning_the_Reputation"));
    }

    @Test
    void obfuscation() {
        assertEquals(List.of("مصادر مطلعة"), spans("وقالت مصادر مطلعة إن الاجتماع تأجل.", "Obfuscation-Vagueness-Confusion"));
        assertEquals(List.of("بعض الجهات"), spans("تحاول بعض الجهات إفشال الاتفاق.", "Obfuscation-Vagueness-Confusion"));
    }

    @Test
    void repetitionOfTheSameWordAtOnce() {
        assertEquals(List.of("الحرية الحرية"), spans("الحرية الحرية لكل المعتقلين.", "Repetition"));
        assertEquals(List.of(), spans("زار الوزير المسجد الحرام ثم المسجد النبوي.", "Repetition"));
    }

    @Test
    void epithets() {
        assertEquals(List.of("المدعو أبو محمد"), spans("ظهر المدعو أبو محمد في التسجيل.", "Epithet"));
        assertEquals(List.of("فيما يسمى جيش التحرير"), spans("وهو عضو فيما يسمى جيش التحرير.", "Epithet"));
        assertEquals(List.of("ما يعرف بالمجلس الانتقالي"), spans("أعلن ما يعرف بالمجلس الانتقالي حل نفسه.", "Epithet"));
        assertEquals(List.of("«الإنسانية» المزعومة"), spans("تحدث عن «الإنسانية» المزعومة للغرب.", "Epithet"));
    }

    @Test
    void promisedRevelations() {
        List<String> s = spans("سينشر الموقع معلومات تفصيلية جديدة عن الصفقة في الحلقة القادمة.", "Promised_Revelation");
        assertEquals(List.of("سينشر الموقع معلومات تفصيلية جديدة", "في الحلقة القادمة"), s);
        assertEquals(List.of("سنكشف لاحقا تفاصيل المراسلات"), spans("سنكشف لاحقا تفاصيل المراسلات.", "Promised_Revelation"));
        // a plain past report of publication is not a promise
        assertEquals(List.of(), spans("نشر الموقع معلومات عن الصفقة أمس.", "Promised_Revelation"));
    }

    @Test
    void neutralReportHasNoTechniques() {
        assertEquals(List.of(), DetectorTestSupport.all("وصل الوزير إلى القاهرة صباح الثلاثاء في زيارة تستمر يومين."));
    }

    @Test
    void everySpanLiesInTheTextAndTechniquesAreKnown() {
        String text = "قالت مصادر مطلعة إن «الحكومة» المزعومة ارتكبت مجزرة بشعة، وسنكشف لاحقا المزيد.";
        Document d = DetectorTestSupport.run(text);
        assertTrue(d.get(Layers.PERSUASION).size() >= 4);
        for (PersuasionSpan p : d.get(Layers.PERSUASION)) {
            assertTrue(Techniques.isKnown(p.technique()), p.technique());
            assertTrue(p.span().end() <= text.length() && !p.span().isEmpty());
            assertTrue(p.confidence() > 0 && p.confidence() <= 1);
        }
    }

    @Test
    void overlappingSpansOfOneTechniqueAreMerged() {
        List<PersuasionSpan> merged = PersuasionDetector.merge(List.of(
                new PersuasionSpan("Doubt", new org.isnad.doc.Span(0, 10), 0.4),
                new PersuasionSpan("Doubt", new org.isnad.doc.Span(5, 20), 0.6),
                new PersuasionSpan("Loaded_Language", new org.isnad.doc.Span(5, 8), 0.5)));
        assertEquals(2, merged.size());
        assertEquals(new PersuasionSpan("Doubt", new org.isnad.doc.Span(0, 20), 0.6), merged.get(0));
    }
}
