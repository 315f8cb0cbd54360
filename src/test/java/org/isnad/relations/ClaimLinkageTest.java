package org.isnad.relations;

import static org.isnad.relations.Docs.arg;
import static org.isnad.relations.Docs.bare;
import static org.isnad.relations.Docs.extract;
import static org.isnad.relations.Docs.ofType;
import static org.isnad.relations.Docs.spanOf;
import static org.isnad.relations.Docs.withSentenceClaims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.junit.jupiter.api.Test;

/** A relation exists only inside a claim, names it, and takes its certainty. */
class ClaimLinkageTest {
    private static final String TEXT = "وقال مصدر أمني إن قائد كتيبة الأقصى، نادر سلوم، التقى ضباطاً من الاستخبارات الأردنية.";

    @Test
    void noClaimNoRelation() {
        Document d = bare(TEXT);
        assertTrue(extract(d).isEmpty(), "without claims nothing is stated");
        d.set(Layers.CLAIMS, List.of(new Claim("c1", spanOf(TEXT, "وقال مصدر أمني"), Optional.empty(),
                Certainty.ASSERTED)));
        assertTrue(extract(d).isEmpty(), "a claim that does not contain the evidence does not carry it");
    }

    @Test
    void relationNamesTheSmallestClaimAndFollowsItsCertainty() {
        Document d = bare(TEXT);
        Span content = spanOf(TEXT, "قائد كتيبة الأقصى، نادر سلوم، التقى ضباطاً من الاستخبارات الأردنية");
        Span source = spanOf(TEXT, "مصدر أمني");
        d.set(Layers.ATTRIBUTIONS, List.of(new Attribution("a1", spanOf(TEXT, "قال"), new Source(Optional.of(source),
                SourceType.UNNAMED_OFFICIAL, Optional.empty(), false), content, List.of(), Certainty.HEDGED,
                Optional.empty(), Optional.empty(), Optional.empty())));
        d.set(Layers.CLAIMS, List.of(
                new Claim("c1", new Span(0, TEXT.length()), Optional.empty(), Certainty.ASSERTED),
                new Claim("c2", content, Optional.of("a1"), Certainty.HEDGED)));
        List<Relation> rs = extract(d);
        assertEquals(2, rs.size(), rs::toString);
        for (Relation r : rs) {
            assertEquals("c2", r.claim());
            assertEquals("HEDGED", r.attributes().get("certainty"));
            assertEquals("a1", r.attributes().get("attribution"));
            assertTrue(content.contains(r.evidence()));
        }
        Relation leads = ofType(rs, "LEADS").get(0);
        assertEquals(0.8 * ClaimLinker.factor(Certainty.HEDGED), leads.confidence(), 1e-3);
        Document asserted = withSentenceClaims(TEXT, Certainty.ASSERTED);
        double c = ofType(extract(asserted), "LEADS").get(0).confidence();
        assertTrue(c > leads.confidence(), "an asserted claim gives more confidence than a hedged one");
    }

    @Test
    void designationLabellerIsTheAttributionSource() {
        String text = "وقال المتحدث باسم الجيش إن ميليشيا الغضب الإرهابية قصفت القرية.";
        Document d = bare(text);
        Span content = spanOf(text, "ميليشيا الغضب الإرهابية قصفت القرية");
        d.set(Layers.ATTRIBUTIONS, List.of(new Attribution("a1", spanOf(text, "قال"),
                new Source(Optional.of(spanOf(text, "المتحدث باسم الجيش")), SourceType.UNNAMED_OFFICIAL,
                        Optional.empty(), false), content, List.of(), Certainty.REPORTED, Optional.empty(),
                Optional.empty(), Optional.empty())));
        d.set(Layers.CLAIMS, List.of(new Claim("c1", content, Optional.of("a1"), Certainty.REPORTED)));
        Relation r = ofType(extract(d), "DESIGNATION").get(0);
        assertEquals("المتحدث باسم الجيش", arg(r, "labeller"));
        assertEquals("attribution", r.attributes().get("labeller_from"));
        assertEquals("ميليشيا الغضب", arg(r, "target"));
    }

    @Test
    void runOfClaimsOfOneVoiceCoversAnApposition() {
        String text = "وأفادت الوكالة بأن لقاء جمع بين وزير الخارجية العماني، سالم البوسعيدي، ونظيره الإيراني في مسقط.";
        Document d = bare(text);
        Span a = spanOf(text, "لقاء جمع بين وزير الخارجية العماني، سالم البوسعيدي");
        Span b = spanOf(text, "ونظيره الإيراني في مسقط");
        d.set(Layers.CLAIMS, List.of(new Claim("c1", a, Optional.of("a1"), Certainty.REPORTED),
                new Claim("c2", b, Optional.of("a1"), Certainty.HEDGED)));
        Relation m = ofType(extract(d), "MEETING").get(0);
        assertEquals("c1", m.claim(), "the claim holding the trigger");
        assertEquals(List.of("c1", "c2"), m.attributes().get("claims"));
        assertEquals("HEDGED", m.attributes().get("certainty"), "the weakest certainty of the run");
        d.set(Layers.CLAIMS, List.of(new Claim("c1", a, Optional.of("a1"), Certainty.REPORTED),
                new Claim("c2", b, Optional.empty(), Certainty.ASSERTED)));
        assertTrue(ofType(extract(d), "MEETING").isEmpty(), "claims of different voices are not joined");
    }

    @Test
    void argumentsPointAtEntitiesAndSpansReadBack() {
        Document d = withSentenceClaims(TEXT, Certainty.ASSERTED);
        d.set(Layers.ENTITIES, List.of(
                new Entity("e1", EntityType.PERSON, "نادر سلوم", List.of(spanOf(TEXT, "نادر سلوم"))),
                new Entity("e2", EntityType.ORG, "كتيبة الأقصى", List.of(spanOf(TEXT, "كتيبة الأقصى")))));
        Relation leads = ofType(extract(d), "LEADS").get(0);
        assertEquals(Optional.of("e1"), leads.arguments().stream().filter(x -> x.role().equals("leader")).findFirst()
                .orElseThrow().entity());
        assertEquals(Optional.of("e2"), leads.arguments().stream().filter(x -> x.role().equals("group")).findFirst()
                .orElseThrow().entity());
        for (Relation r : extract(d)) {
            r.arguments().forEach(x -> x.span().ifPresent(s -> assertEquals(x.text(), d.text(s))));
            assertTrue(r.id().matches("r\\d+"));
        }
    }
}
