package org.isnad.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.json.AnalysisJson;

/** Search results as JSON, the same for {@code isnad search --json} and {@code GET /api/search}. */
public final class SearchJson {
    private SearchJson() {
    }

    public static ObjectNode toJson(SearchResult r) {
        ObjectNode root = AnalysisJson.MAPPER.createObjectNode();
        root.put("total", r.total());
        root.put("millis", Math.round(r.millis() * 100) / 100.0);
        ArrayNode hits = root.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode n = hits.addObject();
            n.put("kind", h.kind());
            n.put("doc", h.docId());
            n.put("claim", h.claimId().orElse(null));
            n.put("score", Math.round(h.score() * 1000) / 1000.0);
            n.put("title", h.title().orElse(null));
            n.put("outlet", h.outlet().orElse(null));
            n.put("published", h.published().orElse(null));
            n.put("snippet", h.snippet());
            n.put("source_type", h.sourceType().orElse(null));
            n.put("certainty", h.certainty().orElse(null));
        }
        return root;
    }
}
