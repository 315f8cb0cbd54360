package org.isnad.relations;

import static org.isnad.relations.Docs.arg;
import static org.isnad.relations.Docs.extract;
import static org.isnad.relations.Docs.ofType;
import static org.isnad.relations.Docs.outletVoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.Relation;
import org.junit.jupiter.api.Test;

/** Constructions of Gulf and Maghreb news read while reviewing unlabelled articles (fictional names). */
class GenreConstructionsTest {

    @Test
    void aRankAfterAPlaceHeadStartsTheNameAndLeavesThePlaceAlone() {
        List<Relation> rs = ofType(extract(outletVoice(
                "وأوضح أمين المنطقة الدكتور سامي العتيبي أن المشروع اكتمل.")), "ROLE");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals("سامي العتيبي", arg(rs.get(0), "person"));
        assertEquals("المنطقة", arg(rs.get(0), "country"));
    }

    @Test
    void whatASpeakerAnnouncesOfItselfKeepsTheSpeakerAsAnArgument() {
        org.isnad.pipeline.Pipeline full = org.isnad.pipeline.StageCatalog.build(
                List.of("tokens", "sentences", "ner", "attribution", "relations"),
                org.isnad.pipeline.PipelineConfig.defaults());
        org.isnad.doc.Document d = full.process(org.isnad.doc.Document.of("t",
                "وأعلنت منظمة الإغاثة الدولية إرسال مساعدات إنسانية إلى سكان المخيم عبر المعبر."));
        List<Relation> rs = ofType(d.get(org.isnad.model.Layers.RELATIONS), "SUPPORT");
        assertEquals(1, rs.size(), rs::toString);
        Relation r = rs.get(0);
        assertEquals("منظمة الإغاثة الدولية", d.text(r.arguments().stream()
                .filter(a -> a.role().equals("funder")).findFirst().orElseThrow().span().orElseThrow()));
        assertEquals("REPORTED", r.attributes().get("certainty"), "read from the attributed claim, not stated");
        assertTrue(r.attributes().containsKey("attribution"));
    }

    @Test
    void aPersonArgumentKeepsTheFirstLettersOfAForeignName() {
        // «ستيفن» is not the future marker + «تيفن», nor «فلورنس» ف + ل + «ورنس»: the tagger's span is kept
        org.isnad.pipeline.Pipeline full = org.isnad.pipeline.StageCatalog.build(
                List.of("tokens", "sentences", "ner", "attribution", "relations"),
                org.isnad.pipeline.PipelineConfig.defaults());
        org.isnad.doc.Document d = full.process(org.isnad.doc.Document.of("t",
                "وقالت وزيرة الدفاع الفرنسية فلورنس بارلي إن القمر اقترب. "
                + "وقال وزير الخزانة الأمريكي ستيفن منوتشين إن العقوبات مستمرة."));
        List<Relation> rs = ofType(d.get(org.isnad.model.Layers.RELATIONS), "ROLE");
        assertTrue(rs.stream().anyMatch(r -> arg(r, "person").equals("فلورنس بارلي")), rs::toString);
        assertTrue(rs.stream().anyMatch(r -> arg(r, "person").equals("ستيفن منوتشين")), rs::toString);
    }

    @Test
    void thanksAndPraiseGiveNothing() {
        assertTrue(ofType(extract(outletVoice("وأعرب عن شكره للمملكة على دعمه المتواصل والسخي للشعب السوري.")),
                "SUPPORT").isEmpty());
        assertTrue(ofType(extract(outletVoice("وقال إن برامج تقدمها العيادات تضمن بيئة صحية، وقدم الشكر والتقدير "
                + "للشعب على دعمه المتواصل للاجئين.")), "SUPPORT").isEmpty());
    }

    @Test
    void afterATitleAndACommaAParticleOrAShortVerbIsNoName() {
        List<Relation> rs = ofType(extract(outletVoice(
                "وأشاد الكاتب بالقائد الصادق، وأن يتوقف الجميع عن التشكيك. وقال إن القائد صادق، وثق بشعبه.")), "ROLE");
        assertTrue(rs.stream().noneMatch(r -> arg(r, "person").startsWith("و")), rs::toString);
    }
}
