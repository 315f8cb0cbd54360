package org.isnad.relations;

import static org.isnad.relations.Docs.arg;
import static org.isnad.relations.Docs.args;
import static org.isnad.relations.Docs.extract;
import static org.isnad.relations.Docs.ofType;
import static org.isnad.relations.Docs.outletVoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Relation;
import org.junit.jupiter.api.Test;

/** One or more annotated sentences per relation type, each checked argument by argument. */
class RelationTypesExtractionTest {
    private static Relation only(String text, String type) {
        List<Relation> rs = ofType(extract(outletVoice(text)), type);
        assertEquals(1, rs.size(), () -> type + " in «" + text + "»: " + rs);
        return rs.get(0);
    }

    @Test
    void roleByAppositionWithCountryAndFormerMarker() {
        Relation r = only("وزار المبعوث الخاص الهولندي السابق إلى العراق، يان فيرمير، أربيل الأسبوع الماضي.", "ROLE");
        assertEquals("يان فيرمير", arg(r, "person"));
        assertEquals("المبعوث الخاص", arg(r, "title"));
        assertEquals("الهولندي", arg(r, "country"));
        assertEquals(true, r.attributes().get("former"));
        assertEquals("المبعوث الخاص الهولندي السابق إلى العراق", r.attributes().get("role_text"));
    }

    @Test
    void roleWithOrganisationAndRankBeforeName() {
        Relation r = only("وصرح قائد شرطة محافظة البصرة، العميد رعد الموسوي، بأن الوضع مستقر.", "LEADS");
        assertEquals("رعد الموسوي", arg(r, "leader"));
        Relation role = only("وقال مدير الدفاع المدني في حمص، سعيد النجار، إن فرق الإنقاذ تعمل.", "ROLE");
        assertEquals("سعيد النجار", arg(role, "person"));
        assertEquals("مدير الدفاع المدني", arg(role, "title"));
        assertEquals(false, role.attributes().get("former"));
    }

    @Test
    void roleFromRelativeClauseHoldingAPosition() {
        Relation r = only("وتبين أن كريم العلوان، الذي يشغل منصب المسؤول المالي في حركة النهضة الشعبية، غادر البلاد.",
                "ROLE");
        assertEquals("كريم العلوان", arg(r, "person"));
        assertEquals("المسؤول المالي", arg(r, "title"));
        assertEquals("حركة النهضة الشعبية", arg(r, "org"));
        assertEquals("holds-position", r.attributes().get("pattern"));
    }

    @Test
    void noRoleWithoutAName() {
        assertTrue(ofType(extract(outletVoice("وقال وزير الخارجية إن المحادثات مستمرة.")), "ROLE").isEmpty());
    }

    @Test
    void aNounOfItsOwnIsNotTheFeminineOfATitle() {
        assertTrue(ofType(extract(outletVoice("وتتعرض محافظة إدلب، آخر معقل تحت سيطرة الفصائل، لقصف متواصل.")), "ROLE")
                .isEmpty());
        Relation r = only("وقالت نائبة رئيس البرلمان، سلمى الحسن، إن الجلسة تأجلت.", "ROLE");
        assertEquals("سلمى الحسن", arg(r, "person"));
    }

    @Test
    void aVerbalNounAfterBaIsNoVerb() {
        List<Relation> rs = extract(outletVoice("وتواصل القوات الحكومية بدعم روسيا حملتها للسيطرة على المدينة."));
        assertTrue(ofType(rs, "SUPPORT").isEmpty(), rs.toString());
        List<Relation> ask = extract(outletVoice("ودخلت القوات الروسية إلى البلاد بطلب الحكومة السورية."));
        assertTrue(ofType(ask, "ADVICE").isEmpty(), ask.toString());
    }

    @Test
    void leadsFromLeaderTitleAndFromVerb() {
        Relation a = only("وأعلن زعيم جماعة الأحرار، عمر البدوي، وقف القتال.", "LEADS");
        assertEquals("عمر البدوي", arg(a, "leader"));
        assertEquals("جماعة الأحرار", arg(a, "group"));
        Relation b = only("ويقود ماهر السيد كتيبة الصقور منذ عامين.", "LEADS");
        assertEquals("ماهر السيد", arg(b, "leader"));
        assertEquals("كتيبة الصقور", arg(b, "group"));
    }

    @Test
    void partOfBranchAndWing() {
        Relation a = only("وتعد سرية الشهباء أحد الفروع التابعة لجبهة الصمود الوطني.", "PART_OF");
        assertEquals("سرية الشهباء", arg(a, "child"));
        assertEquals("جبهة الصمود الوطني", arg(a, "parent"));
        Relation b = only("واعتقلت القوات عناصر من الجناح العسكري لحزب التحرير.", "PART_OF");
        assertEquals("الجناح العسكري", arg(b, "child"));
        assertEquals("حزب التحرير", arg(b, "parent"));
        Relation c = only("وانضم لواء الفرسان إلى جبهة التحرير بعد أسابيع من المفاوضات.", "PART_OF");
        assertEquals("لواء الفرسان", arg(c, "child"));
        assertEquals("جبهة التحرير", arg(c, "parent"));
    }

    @Test
    void meetingWithPlaceAndTime() {
        Relation r = only("والتقى وزير الدفاع التركي، خلوصي باران، نظيره الأذربيجاني في باكو أمس.", "MEETING");
        assertEquals(List.of("خلوصي باران", "نظيره الأذربيجاني"), args(r, "participant"));
        assertEquals("أمس", arg(r, "time"));
        assertEquals(List.of("أمس"), r.attributes().get("time"));
        Relation n = only("وكشفت المصادر عن اجتماع عقد مؤخراً بين وفد من حركة فتح مع مسؤولين أردنيين في عمّان.",
                "MEETING");
        assertEquals(2, args(n, "participant").size());
        assertTrue(args(n, "participant").get(0).contains("وفد من حركة فتح"));
        assertEquals("عمّان", arg(n, "place"));
        assertEquals("مؤخراً", arg(n, "time"));
    }

    @Test
    void fundingWithOriginAndDestination() {
        Relation r = only("ورصد الباحثون حملات التمويل الجماعي لجمع التبرعات القادمة من ألمانيا وتوزيعها في حلب.",
                "FUNDING");
        assertEquals("ألمانيا", arg(r, "origin"));
        assertEquals("حلب", arg(r, "destination"));
        assertEquals("financial", r.attributes().get("kind"));
        Relation v = only("وموّلت شبكة الصرافين حركة الفجر الجديد طوال عامين.", "FUNDING");
        assertEquals("شبكة الصرافين", arg(v, "funder"));
        assertEquals("حركة الفجر الجديد", arg(v, "recipient"));
    }

    @Test
    void supportKindFromTheWordsAfterTheTrigger() {
        Relation r = only("وزودت موسكو الجيش الحكومي بصواريخ مضادة للطائرات.", "SUPPORT");
        assertEquals("موسكو", arg(r, "funder"));
        assertEquals("الجيش الحكومي", arg(r, "recipient"));
        assertEquals("military", r.attributes().get("kind"));
        Relation h = only("وأرسلت الكويت مساعدات إنسانية إلى سكان القرى المنكوبة.", "SUPPORT");
        assertEquals("humanitarian", h.attributes().get("kind"));
        assertEquals("الكويت", arg(h, "funder"));
    }

    @Test
    void agreementPartiesAndContent() {
        Relation r = only("ووقعت الحكومة اليمنية وجماعة الحوثي اتفاقاً لتبادل المحتجزين في مسقط.", "AGREEMENT");
        assertEquals(List.of("الحكومة اليمنية", "جماعة الحوثي"), args(r, "party"));
        assertTrue(arg(r, "content").startsWith("تبادل المحتجزين"), arg(r, "content"));
        assertTrue(ofType(extract(outletVoice("ووقع انفجار قوي في السوق المركزي.")), "AGREEMENT").isEmpty(),
                "«وقع» without an agreement noun is not an agreement");
    }

    @Test
    void adviceAndRequests() {
        Relation a = only("ونصح الخبراء الدوليون الحكومة بتأجيل الانتخابات.", "ADVICE");
        assertEquals("الحكومة", arg(a, "target"));
        assertEquals("تأجيل الانتخابات", arg(a, "content"));
        assertEquals("advice", a.attributes().get("act"));
        Relation b = only("وطلبت وزارة الصحة من منظمة الصحة العالمية إرسال لقاحات عاجلة.", "ADVICE");
        assertEquals("وزارة الصحة", arg(b, "party"));
        assertEquals("منظمة الصحة العالمية", arg(b, "target"));
        assertEquals("request", b.attributes().get("act"));
    }

    @Test
    void aClauseAfterTheCommaIsNoName() {
        List<Relation> rs = extract(outletVoice("وزار الرئيس، عندما أصابته الوعكة، المستشفى العسكري."));
        assertTrue(ofType(rs, "ROLE").isEmpty(), rs.toString());
    }

    @Test
    void aLabelOnAnActNamesNoActor() {
        List<Relation> rs = extract(outletVoice("وأدان الوزير الهجوم الإرهابي الذي استهدف السوق."));
        assertTrue(ofType(rs, "DESIGNATION").isEmpty(), rs.toString());
    }

    @Test
    void designationByAdjectiveAndByVerb() {
        Relation a = only("واستهدف القصف مقرات جماعة جند الحق الإرهابية في الجبال.", "DESIGNATION");
        assertEquals("جماعة جند الحق", arg(a, "target"));
        assertEquals("الإرهابية", arg(a, "label"));
        assertEquals("@outlet", arg(a, "labeller"), "no outlet metadata: the outlet is named @outlet");
        Relation b = only("وصنفت الحكومة الكندية حركة البنيان منظمة إرهابية.", "DESIGNATION");
        assertEquals("الحكومة الكندية", arg(b, "labeller"));
        assertEquals("حركة البنيان", arg(b, "target"));
        assertEquals("منظمة إرهابية", arg(b, "label"));
    }

    @Test
    void quotedNamesAndDetachedPrepositions() {
        Relation r = only("وأكد التقرير أن جمعية «الرحمة» حولت مليوني دولار إلى حسابات مرتبطة بـ«كتائب النصر».",
                "FUNDING");
        assertEquals("جمعية «الرحمة»", arg(r, "funder"));
        assertEquals("كتائب النصر", arg(r, "recipient"));
        Relation d = only("وقصفت الطائرات مواقع تابعة لـ«جبهة الأنصار» الإرهابية.", "DESIGNATION");
        assertEquals("جبهة الأنصار", arg(d, "target"));
    }

    @Test
    void plainNarrationHasNoRelations() {
        assertFalse(extract(outletVoice("وارتفعت درجات الحرارة في معظم المناطق خلال اليومين الماضيين.")).stream()
                .anyMatch(r -> true));
    }
}
