package org.isnad.profile;

import static org.isnad.profile.ProfileFixtures.attribution;
import static org.isnad.profile.ProfileFixtures.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.Profile;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.junit.jupiter.api.Test;

/** Profile counts on hand-built documents carrying the attribution helper's layers. */
class ProfileBuilderTest {
    static final String TEXT = "كشفت مصادر استخبارية أن الاجتماع عقد سرا. وقال المركز إنه حصل على مراسلات سرية تكشف "
            + "أن الجانب البريطاني نصح بالتأجيل. وقال وزير الخارجية أحمد سالم إن الزيارة ستتم. ونقلت وكالة سانا عن "
            + "الوزير أحمد سالم أن الوفد وصل. ونفى المتحدث باسم الجيش أن تكون القوات انسحبت. وزعم مسؤول أمريكي أن "
            + "الصفقة فشلت. وارتفعت الأسعار بنسبة كبيرة.";

    static Document fixture() {
        String t = TEXT;
        Document d = ProfileFixtures.doc(t);
        List<Attribution> atts = List.of(
                attribution(t, "a1", "كشفت", "مصادر استخبارية", SourceType.ANONYMOUS, "أن الاجتماع عقد سرا",
                        Certainty.ASSERTED, null),
                attribution(t, "a2", "وقال المركز", "المركز", SourceType.NAMED_ORGANIZATION,
                        "إنه حصل على مراسلات سرية تكشف أن الجانب البريطاني نصح بالتأجيل", Certainty.REPORTED, null),
                attribution(t, "a3", "تكشف", "مراسلات سرية", SourceType.DOCUMENT, "أن الجانب البريطاني نصح بالتأجيل",
                        Certainty.ASSERTED, "a2"),
                attribution(t, "a4", "وقال وزير", "وزير الخارجية أحمد سالم", SourceType.NAMED_PERSON,
                        "إن الزيارة ستتم", Certainty.REPORTED, null),
                attribution(t, "a5", "ونقلت", "وكالة سانا", SourceType.MEDIA, "عن الوزير أحمد سالم أن الوفد وصل",
                        Certainty.REPORTED, null),
                attribution(t, "a6", "عن", "الوزير أحمد سالم", SourceType.NAMED_PERSON, "أن الوفد وصل",
                        Certainty.REPORTED, "a5"),
                attribution(t, "a7", "ونفى", "المتحدث باسم الجيش", SourceType.UNNAMED_OFFICIAL,
                        "أن تكون القوات انسحبت", Certainty.DENIED, null),
                attribution(t, "a8", "وزعم", "مسؤول أمريكي", SourceType.UNNAMED_OFFICIAL, "أن الصفقة فشلت",
                        Certainty.HEDGED, null));
        d.set(Layers.ATTRIBUTIONS, atts);
        d.set(Layers.CLAIMS, List.of(
                claim(t, "c1", "الاجتماع عقد سرا", "a1", Certainty.ASSERTED),
                claim(t, "c2", "الجانب البريطاني نصح بالتأجيل", "a3", Certainty.ASSERTED),
                claim(t, "c3", "الزيارة ستتم", "a4", Certainty.REPORTED),
                claim(t, "c4", "الوفد وصل", "a6", Certainty.REPORTED),
                claim(t, "c5", "تكون القوات انسحبت", "a7", Certainty.DENIED),
                claim(t, "c6", "الصفقة فشلت", "a8", Certainty.HEDGED),
                claim(t, "c7", "وارتفعت الأسعار بنسبة كبيرة", null, Certainty.ASSERTED)));
        return d;
    }

    @Test
    void countsClaimsBySourceTypeAndCertainty() {
        Profile p = new ProfileBuilder().build(fixture());
        assertEquals(7, p.claims());
        assertEquals(Map.of("ANONYMOUS", 1, "DOCUMENT", 1, "NAMED_PERSON", 2, "UNNAMED_OFFICIAL", 2), p.claimsBySourceType());
        assertEquals(1, p.unattributedClaims());
        assertEquals(1, p.hedgedClaims());
        assertEquals(1, p.deniedClaims());
    }

    @Test
    void anonymousAndUndisclosedShare() {
        // c1 rests on anonymous sources, c2 on secret correspondence relayed by the centre: 2 of 7 claims
        assertEquals(2 / 7.0, new ProfileBuilder().build(fixture()).anonymousOrUndisclosedShare(), 1e-9);
    }

    @Test
    void independentNamedStrands() {
        // المركز, the minister (direct) and سانا (which relays the minister again): 3 strands
        assertEquals(3, new ProfileBuilder().build(fixture()).independentNamedSources());
    }

    @Test
    void oneGradeWithAReasonPerClaim() {
        Profile p = new ProfileBuilder().build(fixture());
        assertEquals(7, p.grades().size());
        for (Grade g : p.grades()) {
            assertTrue(g.sourceReliability().matches("[A-F]") && g.informationCredibility().matches("[1-6]"), g.toString());
            assertTrue(!g.why().isBlank() && !g.why().contains("\n"), g.why());
        }
    }

    @Test
    void persuasionDensityPer100Words() {
        Document d = ProfileFixtures.doc("كلمة ".repeat(200));
        d.set(Layers.PERSUASION, List.of(
                new org.isnad.model.PersuasionSpan("Loaded_Language", new Span(0, 4), 0.5),
                new org.isnad.model.PersuasionSpan("Loaded_Language", new Span(5, 9), 0.5),
                new org.isnad.model.PersuasionSpan("Doubt", new Span(10, 14), 0.5)));
        Profile p = new ProfileBuilder().build(d);
        assertEquals(1.5, p.persuasionPer100Words(), 1e-9);
        assertEquals(Map.of("Loaded_Language", 2, "Doubt", 1), p.persuasionByTechnique());
        assertEquals(0, p.claims());
        assertEquals(0.0, p.anonymousOrUndisclosedShare());
    }

    @Test
    void implicitSourceWithoutPhraseIsUnidentified() {
        String t = "وأضاف أن الوضع مستقر.";
        Document d = ProfileFixtures.doc(t);
        d.set(Layers.ATTRIBUTIONS, List.of(new Attribution("a1", ProfileFixtures.at(t, "وأضاف"),
                new Source(Optional.empty(), SourceType.NAMED_PERSON, Optional.empty(), true),
                ProfileFixtures.at(t, "أن الوضع مستقر"), List.of(), Certainty.REPORTED, Optional.empty(),
                Optional.empty(), Optional.empty())));
        d.set(Layers.CLAIMS, List.of(new Claim("c1", ProfileFixtures.at(t, "الوضع مستقر"), Optional.of("a1"),
                Certainty.REPORTED)));
        Grade g = new ProfileBuilder().build(d).grades().get(0);
        assertEquals("F", g.sourceReliability());
        assertEquals("6", g.informationCredibility());
        assertEquals(0, new ProfileBuilder().build(d).independentNamedSources());
    }

    @Test
    void profileStageRunsLastInTheDefaultPipeline() {
        List<String> names = StageCatalog.names();
        assertEquals("profile", names.get(names.size() - 1));
        assertTrue(names.indexOf("persuasion") < names.indexOf("profile"));
        Pipeline p = StageCatalog.build(List.of("tokens", "sentences", "persuasion", "profile"), PipelineConfig.defaults());
        Document d = p.process(Document.of("x", "قالت مصادر مطلعة إن كارثة وقعت."));
        Profile prof = d.getOne(Layers.PROFILE).orElseThrow();
        assertTrue(prof.persuasionPer100Words() > 0);
        var json = org.isnad.json.AnalysisJson.toJson(d);
        assertTrue(json.get("profile").has("persuasion_by_technique"));
        assertTrue(json.get("persuasion").size() >= 2);
    }
}
