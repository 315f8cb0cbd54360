package org.isnad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Layers;

/**
 * The chain of a claim as a small tree, outermost first: the outlet that published the document, then each source
 * the claim passes through (a parent attribution's source before the source it cites), down to the claim itself.
 * A claim without attribution hangs directly under the outlet (its own voice).
 */
final class ClaimChains {
    private ClaimChains() {
    }

    static ObjectNode chain(Document doc, long storeId, Claim claim, Map<String, Long> actors) {
        Map<String, Attribution> byId = new HashMap<>();
        doc.get(Layers.ATTRIBUTIONS).forEach(a -> byId.put(a.id(), a));
        List<Attribution> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<Attribution> cur = claim.attribution().map(byId::get);
        while (cur.isPresent() && seen.add(cur.get().id())) {
            path.add(0, cur.get());
            cur = cur.get().parent().map(byId::get);
        }
        ObjectNode root = AnalysisJson.MAPPER.createObjectNode();
        root.put("level", "outlet");
        root.put("name", doc.metadata().outlet().orElse(null));
        root.put("document", storeId);
        root.put("title", doc.metadata().title().orElse(null));
        ObjectNode at = root;
        for (Attribution a : path) {
            ArrayNode children = at.putArray("children");
            ObjectNode n = children.addObject();
            n.put("level", "source");
            n.put("attribution", a.id());
            n.put("type", a.source().type().name());
            n.put("text", a.source().span().map(doc::text).orElse(null));
            n.put("cue", doc.text(a.cue()));
            n.put("certainty", a.certainty().name());
            n.put("channel", a.channel().map(Enum::name).orElse(null));
            Long actor = a.source().entity().map(actors::get).orElse(null);
            if (actor != null) {
                n.put("actor", actor);
            } else {
                n.putNull("actor");
            }
            at = n;
        }
        ArrayNode leaf = at.putArray("children");
        ObjectNode c = leaf.addObject();
        c.put("level", "claim");
        c.put("claim", claim.id());
        c.put("text", doc.text(claim.span()));
        c.put("certainty", claim.certainty().name());
        return root;
    }
}
