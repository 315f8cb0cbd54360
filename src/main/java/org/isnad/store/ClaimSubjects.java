package org.isnad.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Argument;
import org.isnad.model.Claim;
import org.isnad.model.Entity;
import org.isnad.model.Layers;
import org.isnad.model.Relation;

/**
 * Which actors each claim of a document is about: every entity with a mention inside the claim's span, and every
 * entity argument of a relation read from the claim. The source of the claim is who speaks, not what it is about,
 * and is not counted unless it is also mentioned inside the claim.
 */
final class ClaimSubjects {
    private ClaimSubjects() {
    }

    static Map<String, Set<Long>> of(Document doc, Map<String, Long> actorOfEntity) {
        Map<String, Set<Long>> out = new LinkedHashMap<>();
        for (Claim c : doc.get(Layers.CLAIMS)) {
            Set<Long> actors = out.computeIfAbsent(c.id(), k -> new TreeSet<>());
            for (Entity e : doc.get(Layers.ENTITIES)) {
                for (Span m : e.mentions()) {
                    if (c.span().contains(m)) {
                        actors.add(actorOfEntity.get(e.id()));
                        break;
                    }
                }
            }
        }
        for (Relation r : doc.get(Layers.RELATIONS)) {
            Set<Long> actors = out.get(r.claim());
            if (actors == null) {
                continue;
            }
            for (Argument a : r.arguments()) {
                a.entity().map(actorOfEntity::get).ifPresent(actors::add);
            }
        }
        return out;
    }
}
