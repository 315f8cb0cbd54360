package org.isnad.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON of one screened name: {@code {"query": "…", "candidates": [{"reference", "list", "list_date", "name",
 * "matched_alias", "score", "status", "explanation"}]}}, best first.
 */
public final class CandidateJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private CandidateJson() {
    }

    public static ObjectNode result(String query, List<Candidate> candidates) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("query", query);
        ArrayNode arr = root.putArray("candidates");
        for (Candidate c : candidates) {
            ObjectNode o = arr.addObject();
            o.put("reference", c.reference());
            o.put("list", c.list());
            o.put("list_date", c.listDate());
            o.put("name", c.name());
            o.put("matched_alias", c.matchedAlias());
            o.put("score", Math.round(c.score() * 1000) / 1000.0);
            o.put("status", c.status().name());
            o.put("explanation", c.explanation());
        }
        return root;
    }
}
