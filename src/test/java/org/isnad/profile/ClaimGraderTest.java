package org.isnad.profile;

import static org.isnad.profile.ProfileFixtures.attribution;
import static org.isnad.profile.ProfileFixtures.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.SourceType;
import org.junit.jupiter.api.Test;

/** The grading rules of grading-rules.txt, one by one, on hand-built documents. */
class ClaimGraderTest {
    private final ClaimGrader grader = new ClaimGrader();

    private Grade grade(Document d, String claimId, int sources) {
        Claim c = d.get(Layers.CLAIMS).stream().filter(x -> x.id().equals(claimId)).findFirst().orElseThrow();
        return grader.grade(d, c, new SourceChain(d.get(Layers.ATTRIBUTIONS)), sources);
    }

    private static String code(Grade g) {
        return g.sourceReliability() + g.informationCredibility();
    }

    @Test
    void gradesOfTheFixture() {
        Document d = ProfileBuilderTest.fixture();
        assertEquals("F6", code(grade(d, "c1", 1)), "anonymous sources, uncorroborated");
        assertEquals("F6", code(grade(d, "c2", 1)), "undisclosed secret correspondence, relayed by a named centre");
        assertEquals("B3", code(grade(d, "c3", 1)), "named minister, reported");
        assertEquals("C3", code(grade(d, "c4", 1)), "named minister through an agency: its worst link, one relay free");
        assertEquals("D5", code(grade(d, "c5", 1)), "unnamed official denies");
        assertEquals("D4", code(grade(d, "c6", 1)), "unnamed official, hedged");
    }

    @Test
    void outletsOwnAssertion() {
        Document d = ProfileBuilderTest.fixture();
        Grade unknown = grade(d, "c7", 1);
        assertEquals("F6", code(unknown));
        Document known = new Document(d.text(), d.metadata().withOutlet("صحيفة المثال"));
        known.set(Layers.ATTRIBUTIONS, d.get(Layers.ATTRIBUTIONS));
        known.set(Layers.CLAIMS, d.get(Layers.CLAIMS));
        Grade g = grade(known, "c7", 1);
        assertEquals("C3", code(g));
        assertTrue(g.why().contains("صحيفة المثال"), g.why());
    }

    @Test
    void corroborationRaisesCredibilityButNotForDenials() {
        Document d = ProfileBuilderTest.fixture();
        assertEquals("B2", code(grade(d, "c3", 2)));
        assertEquals("B1", code(grade(d, "c3", 3)));
        assertEquals("F2", code(grade(d, "c1", 2)), "anonymous but backed by a second independent source");
        assertEquals("D2", code(grade(d, "c6", 5)), "hedged claims reach 2 at best");
        assertEquals("D5", code(grade(d, "c5", 5)));
    }

    @Test
    void longRelayChainsLoseALetterPerExtraRelay() {
        String t = "ونقلت وكالة الأنباء عن صحيفة محلية عن الوزير أحمد سالم أن الوفد وصل.";
        Document d = ProfileFixtures.doc(t);
        d.set(Layers.ATTRIBUTIONS, List.of(
                attribution(t, "a1", "ونقلت", "وكالة الأنباء", SourceType.MEDIA, "الوفد وصل", Certainty.REPORTED, null),
                attribution(t, "a2", "عن صحيفة", "صحيفة محلية", SourceType.MEDIA, "الوفد وصل", Certainty.REPORTED, "a1"),
                attribution(t, "a3", "عن الوزير", "الوزير أحمد سالم", SourceType.NAMED_PERSON, "الوفد وصل",
                        Certainty.REPORTED, "a2")));
        d.set(Layers.CLAIMS, List.of(claim(t, "c1", "الوفد وصل", "a3", Certainty.REPORTED)));
        Grade g = grade(d, "c1", 1);
        assertEquals("D3", code(g), g.why());
        assertTrue(g.why().contains("2 relays"), g.why());
    }

    @Test
    void unknownAttributionAndCyclesAreHandled() {
        String t = "قال المصدر إن الأمر انتهى.";
        Document d = ProfileFixtures.doc(t);
        Attribution a1 = attribution(t, "a1", "قال", "المصدر", SourceType.NAMED_ORGANIZATION, "الأمر انتهى",
                Certainty.REPORTED, "a2");
        Attribution a2 = attribution(t, "a2", "قال", "المصدر", SourceType.NAMED_ORGANIZATION, "الأمر انتهى",
                Certainty.REPORTED, "a1");
        d.set(Layers.ATTRIBUTIONS, List.of(a1, a2));
        d.set(Layers.CLAIMS, List.of(claim(t, "c1", "الأمر انتهى", "a1", Certainty.REPORTED),
                new Claim("c2", ProfileFixtures.at(t, "انتهى"), Optional.of("a9"), Certainty.REPORTED)));
        assertEquals("B3", code(grade(d, "c1", 1)));
        Grade missing = grade(d, "c2", 1);
        assertEquals("F6", code(missing));
        assertTrue(missing.why().contains("a9"));
    }

    @Test
    void identifiedDocumentIsNotUndisclosed() {
        String t = "وأظهر تقرير الأمم المتحدة السنوي أن الفقر ازداد.";
        Document d = ProfileFixtures.doc(t);
        d.set(Layers.ATTRIBUTIONS, List.of(attribution(t, "a1", "وأظهر", "تقرير الأمم المتحدة السنوي",
                SourceType.DOCUMENT, "أن الفقر ازداد", Certainty.ASSERTED, null)));
        d.set(Layers.CLAIMS, List.of(claim(t, "c1", "الفقر ازداد", "a1", Certainty.ASSERTED)));
        assertEquals("C3", code(grade(d, "c1", 1)));
        String leaked = "وكشفت وثيقة اطلعت عليها الصحيفة أن الخطة أُقرت.";
        Document l = ProfileFixtures.doc(leaked);
        l.set(Layers.ATTRIBUTIONS, List.of(attribution(leaked, "a1", "وكشفت", "وثيقة اطلعت عليها الصحيفة",
                SourceType.DOCUMENT, "أن الخطة أُقرت", Certainty.ASSERTED, null)));
        l.set(Layers.CLAIMS, List.of(claim(leaked, "c1", "الخطة أُقرت", "a1", Certainty.ASSERTED)));
        assertEquals("F6", code(grade(l, "c1", 1)));
    }
}
