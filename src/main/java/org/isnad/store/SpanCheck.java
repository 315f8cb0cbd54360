package org.isnad.store;

import java.util.HashSet;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Relation;
import org.isnad.model.ScreeningHit;
import org.isnad.text.Sentence;

/**
 * Refuses a document whose layers point outside its text or at entities it does not have, before anything is
 * written: the store holds only analyses whose every span and reference can be shown.
 */
final class SpanCheck {
    private SpanCheck() {
    }

    /** @throws IllegalArgumentException naming the first bad span or reference */
    static void check(Document doc) {
        Set<String> entities = new HashSet<>();
        for (Entity e : doc.get(Layers.ENTITIES)) {
            entities.add(e.id());
            e.mentions().forEach(s -> span(doc, s, "mention of " + e.id()));
        }
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            span(doc, s.span(), "sentence");
        }
        for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
            span(doc, a.cue(), "cue of " + a.id());
            span(doc, a.content(), "content of " + a.id());
            a.contentExtra().forEach(s -> span(doc, s, "content of " + a.id()));
            a.source().span().ifPresent(s -> span(doc, s, "source of " + a.id()));
            a.source().entity().ifPresent(e -> entity(entities, e, a.id()));
        }
        for (Claim c : doc.get(Layers.CLAIMS)) {
            span(doc, c.span(), "claim " + c.id());
        }
        for (Relation r : doc.get(Layers.RELATIONS)) {
            span(doc, r.evidence(), "evidence of " + r.id());
            for (Argument a : r.arguments()) {
                a.span().ifPresent(s -> span(doc, s, "argument of " + r.id()));
                a.entity().ifPresent(e -> entity(entities, e, r.id()));
            }
        }
        for (ScreeningHit h : doc.get(Layers.SCREENING)) {
            entity(entities, h.entity(), "screening hit " + h.reference());
        }
        for (PersuasionSpan p : doc.get(Layers.PERSUASION)) {
            span(doc, p.span(), "persuasion span");
        }
    }

    private static void span(Document doc, Span s, String what) {
        if (s.end() > doc.text().length()) {
            throw new IllegalArgumentException(what + " " + s + " lies outside the text (length "
                    + doc.text().length() + ")");
        }
    }

    private static void entity(Set<String> entities, String id, String by) {
        if (!entities.contains(id)) {
            throw new IllegalArgumentException(by + " refers to unknown entity " + id);
        }
    }
}
