package org.isnad.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.model.Source;
import org.isnad.text.Sentence;

/**
 * Writes a document's layers as the analysis JSON of {@code shared/specs/analysis-json.md} (schema
 * {@value #SCHEMA}). Every span is written from the document text, so {@code text == substring(start, end)} holds
 * by construction. Layers no stage added are written as empty arrays; a missing profile as {@code null}.
 */
public final class AnalysisJson {
    public static final String SCHEMA = "isnad.analysis/1";
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    public static ObjectNode toJson(Document doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.set("document", document(doc));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            sentences.addObject().put("start", s.start()).put("end", s.end());
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : doc.get(Layers.ENTITIES)) {
            ObjectNode n = entities.addObject().put("id", e.id()).put("type", e.type().name()).put("name", e.name());
            ArrayNode m = n.putArray("mentions");
            e.mentions().forEach(s -> m.add(span(doc, s)));
        }
        ArrayNode attributions = root.putArray("attributions");
        doc.get(Layers.ATTRIBUTIONS).forEach(a -> attributions.add(attribution(doc, a)));
        ArrayNode claims = root.putArray("claims");
        for (Claim c : doc.get(Layers.CLAIMS)) {
            ObjectNode n = claims.addObject().put("id", c.id());
            n.set("span", span(doc, c.span()));
            n.put("attribution", c.attribution().orElse(null));
            n.put("certainty", c.certainty().name());
        }
        ArrayNode relations = root.putArray("relations");
        doc.get(Layers.RELATIONS).forEach(r -> relations.add(relation(doc, r)));
        ArrayNode screening = root.putArray("screening");
        doc.get(Layers.SCREENING).forEach(h -> screening.add(screening(h)));
        ArrayNode persuasion = root.putArray("persuasion");
        for (PersuasionSpan p : doc.get(Layers.PERSUASION)) {
            ObjectNode n = persuasion.addObject().put("technique", p.technique());
            n.set("span", span(doc, p.span()));
            n.put("confidence", round(p.confidence()));
        }
        Optional<Profile> profile = doc.getOne(Layers.PROFILE);
        if (profile.isPresent()) {
            root.set("profile", profile(profile.get()));
        } else {
            root.putNull("profile");
        }
        return root;
    }

    /** A span as {@code {"start", "end", "text"}}. */
    public static ObjectNode span(Document doc, Span s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("start", s.start()).put("end", s.end()).put("text", doc.text(s));
        return n;
    }

    private static ObjectNode document(Document doc) {
        Metadata m = doc.metadata();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", m.id());
        n.put("text", doc.text());
        n.put("title", m.title().orElse(null));
        n.put("outlet", m.outlet().orElse(null));
        n.put("url", m.url().orElse(null));
        n.put("published", m.published().orElse(null));
        n.put("language", m.language());
        n.put("byline", m.byline().orElse(null));
        return n;
    }

    private static ObjectNode attribution(Document doc, Attribution a) {
        ObjectNode n = MAPPER.createObjectNode().put("id", a.id());
        n.set("cue", span(doc, a.cue()));
        Source s = a.source();
        ObjectNode src = s.span().map(sp -> span(doc, sp)).orElseGet(() -> {
            ObjectNode empty = MAPPER.createObjectNode();
            empty.putNull("start").putNull("end").putNull("text");
            return empty;
        });
        src.put("type", s.type().name());
        src.put("entity", s.entity().orElse(null));
        src.put("implicit", s.implicit());
        n.set("source", src);
        n.set("content", span(doc, a.content()));
        if (!a.contentExtra().isEmpty()) {
            ArrayNode extra = n.putArray("content_extra");
            a.contentExtra().forEach(x -> extra.add(span(doc, x)));
        }
        n.put("certainty", a.certainty().name());
        n.put("channel", a.channel().map(Enum::name).orElse(null));
        n.put("parent", a.parent().orElse(null));
        n.put("continues", a.continues().orElse(null));
        return n;
    }

    private static ObjectNode relation(Document doc, Relation r) {
        ObjectNode n = MAPPER.createObjectNode().put("id", r.id()).put("type", r.type());
        ArrayNode args = n.putArray("arguments");
        for (Argument a : r.arguments()) {
            ObjectNode an = args.addObject().put("role", a.role()).put("entity", a.entity().orElse(null))
                    .put("text", a.text());
            a.span().ifPresent(s -> {
                an.put("start", s.start());
                an.put("end", s.end());
            });
        }
        n.set("attributes", MAPPER.valueToTree(new java.util.TreeMap<>(r.attributes())));
        n.set("evidence", span(doc, r.evidence()));
        n.put("claim", r.claim());
        n.put("confidence", round(r.confidence()));
        return n;
    }

    private static ObjectNode screening(ScreeningHit h) {
        return MAPPER.createObjectNode().put("entity", h.entity()).put("list", h.list()).put("list_date", h.listDate())
                .put("reference", h.reference()).put("listed_name", h.listedName())
                .put("matched_alias", h.matchedAlias()).put("score", round(h.score()))
                .put("status", h.status().name()).put("explanation", h.explanation());
    }

    private static ObjectNode profile(Profile p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("claims_by_source_type", MAPPER.valueToTree(new java.util.TreeMap<>(p.claimsBySourceType())));
        n.put("unattributed_claims", p.unattributedClaims());
        n.put("hedged_claims", p.hedgedClaims());
        n.put("denied_claims", p.deniedClaims());
        n.put("independent_named_sources", p.independentNamedSources());
        n.put("anonymous_or_undisclosed_share", round(p.anonymousOrUndisclosedShare()));
        n.put("persuasion_per_100_words", round(p.persuasionPer100Words()));
        n.put("claims", p.claims());
        n.set("persuasion_by_technique", MAPPER.valueToTree(new java.util.TreeMap<>(p.persuasionByTechnique())));
        ArrayNode grades = n.putArray("grades");
        for (Grade g : p.grades()) {
            grades.addObject().put("claim", g.claim()).put("source_reliability", g.sourceReliability())
                    .put("information_credibility", g.informationCredibility()).put("why", g.why());
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
