package org.isnad.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.ListingStatus;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.StageCatalog;
import org.isnad.pipeline.PipelineConfig;

/** Hand-built documents with every layer filled, for store, search and web tests. */
public final class TestDocs {
    private TestDocs() {
    }

    /** The span of the n-th (0-based) occurrence of {@code part} in {@code text}. */
    public static Span span(String text, String part, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(part, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + part);
            }
        }
        return new Span(at, at + part.length());
    }

    public static Span span(String text, String part) {
        return span(text, part, 0);
    }

    /**
     * A report naming a minister who says talks reached a dead end, with a meeting relation, a screening hit, a
     * persuasion span and a profile. The outlet and id vary so the same story can be stored from several outlets.
     */
    public static Document minister(String id, String outlet, String published, String tail) {
        String text = "قال وزير الخارجية أيمن الصفدي إن المفاوضات مع وفد حركة الشباب وصلت إلى طريق مسدود بعد لقائه"
                + " رئيس الوفد في عمّان. وزعمت مصادر مطلعة أن الوفد \"الإرهابي\" سيغادر العاصمة قريباً." + tail;
        Document d = new Document(text, Metadata.of(id).withOutlet(outlet).withTitle("الصفدي: المفاوضات متعثرة")
                .withPublished(published).withUrl("https://example.org/" + id));
        tokens(d);
        Entity safadi = new Entity("e1", EntityType.PERSON, "أيمن الصفدي", List.of(span(text, "أيمن الصفدي")));
        Entity shabab = new Entity("e2", EntityType.ORG, "حركة الشباب", List.of(span(text, "حركة الشباب")));
        Entity amman = new Entity("e3", EntityType.GPE, "عمّان", List.of(span(text, "عمّان")));
        Entity title = new Entity("e4", EntityType.TITLE, "وزير الخارجية", List.of(span(text, "وزير الخارجية")));
        d.set(Layers.ENTITIES, List.of(safadi, shabab, amman, title));
        Span content1 = span(text, "المفاوضات مع وفد حركة الشباب وصلت إلى طريق مسدود بعد لقائه رئيس الوفد في عمّان");
        Span content2 = span(text, "الوفد \"الإرهابي\" سيغادر العاصمة قريباً");
        Attribution a1 = new Attribution("a1", span(text, "قال"),
                new Source(Optional.of(span(text, "وزير الخارجية أيمن الصفدي")), SourceType.NAMED_PERSON,
                        Optional.of("e1"), false),
                content1, List.of(), Certainty.REPORTED, Optional.of(Channel.STATEMENT), Optional.empty(),
                Optional.empty());
        Attribution a2 = new Attribution("a2", span(text, "وزعمت"),
                new Source(Optional.of(span(text, "مصادر مطلعة")), SourceType.ANONYMOUS, Optional.empty(), false),
                content2, List.of(), Certainty.HEDGED, Optional.empty(), Optional.empty(), Optional.empty());
        d.set(Layers.ATTRIBUTIONS, List.of(a1, a2));
        d.set(Layers.CLAIMS, List.of(new Claim("c1", content1, Optional.of("a1"), Certainty.REPORTED),
                new Claim("c2", content2, Optional.of("a2"), Certainty.HEDGED)));
        d.set(Layers.RELATIONS, List.of(new Relation("r1", "MEETING",
                List.of(new Argument("participant", Optional.of("e1"), "أيمن الصفدي",
                                Optional.of(span(text, "أيمن الصفدي"))),
                        new Argument("participant", Optional.of("e2"), "حركة الشباب",
                                Optional.of(span(text, "حركة الشباب"))),
                        new Argument("place", Optional.of("e3"), "عمّان", Optional.of(span(text, "عمّان")))),
                Map.of("kind", "talks", "former", false), span(text, "لقائه رئيس الوفد في عمّان"), "c1", 0.8)));
        d.set(Layers.SCREENING, List.of(new ScreeningHit("e2", "UN-SC", "2024-09-26", "QDe.142", "حركة الشباب",
                "حركة الشباب", 0.93, ListingStatus.LISTED, "alias match after folding")));
        d.set(Layers.PERSUASION, List.of(new PersuasionSpan("Name_Calling-Labeling", span(text, "\"الإرهابي\""),
                0.7)));
        d.set(Layers.PROFILE, List.of(new Profile(Map.of("NAMED_PERSON", 1, "ANONYMOUS", 1), 0, 1, 0, 1, 0.5, 3.1,
                List.of(new Grade("c1", "B", "3", "named official, single source"),
                        new Grade("c2", "F", "5", "anonymous, hedged")))));
        return d;
    }

    private static void tokens(Document d) {
        Pipeline p = StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults());
        p.process(d);
    }
}
