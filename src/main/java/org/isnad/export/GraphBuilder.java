package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicNormalizer;

/**
 * Builds a {@link Graph} from analysis JSON records. Entities become nodes; an argument without entity becomes a
 * node of the type its role implies. Nodes are merged across documents by type and name folded with
 * {@link ArabicNormalizer#MATCHING}; ids are stable hashes of that key. Each relation keeps its provenance as edge
 * properties: document, claim id and text, attribution source text and type, certainty, confidence, evidence, and
 * its attributes.
 */
public final class GraphBuilder {
    private final Graph graph = new Graph();

    public Graph graph() {
        return graph;
    }

    /** Adds one analysis record. */
    public void add(JsonNode analysis) {
        JsonNode doc = analysis.path("document");
        String docId = doc.path("id").asText("doc");
        String outlet = doc.path("outlet").asText("");
        Map<String, String> entityNode = new HashMap<>();
        for (JsonNode e : analysis.path("entities")) {
            String nodeId = node(e.path("type").asText("MISC"), e.path("name").asText(""), docId);
            entityNode.put(e.path("id").asText(), nodeId);
        }
        Map<String, JsonNode> claims = byId(analysis.path("claims"));
        Map<String, JsonNode> attributions = byId(analysis.path("attributions"));
        for (JsonNode r : analysis.path("relations")) {
            Map<String, List<String>> roles = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            for (JsonNode a : r.path("arguments")) {
                String role = a.path("role").asText("");
                String text = a.path("text").asText("");
                String ent = a.path("entity").asText("");
                String nodeId = entityNode.get(ent);
                if (nodeId == null && !text.isBlank()) {
                    nodeId = isLiteral(role) ? null : node(typeOf(role, text), labelOf(text, outlet), docId);
                }
                if (nodeId != null) {
                    roles.computeIfAbsent(role, k -> new ArrayList<>()).add(nodeId);
                }
                texts.merge(role, text, (x, y) -> x + " | " + y);
            }
            Map<String, String> props = new LinkedHashMap<>();
            props.put("relation", r.path("id").asText());
            props.put("document", docId);
            String claimId = r.path("claim").asText("");
            props.put("claim", claimId);
            JsonNode claim = claims.get(claimId);
            props.put("claim_text", claim == null ? "" : claim.path("span").path("text").asText(""));
            JsonNode att = claim == null ? null : attributions.get(claim.path("attribution").asText(""));
            props.put("source", att == null ? (outlet.isEmpty() ? "(outlet)" : outlet)
                    : att.path("source").path("text").asText("(implicit)"));
            props.put("source_type", att == null ? "OUTLET" : att.path("source").path("type").asText(""));
            props.put("certainty", claim == null ? "" : claim.path("certainty").asText(""));
            props.put("confidence", r.path("confidence").asText(""));
            props.put("evidence", r.path("evidence").path("text").asText(""));
            props.put("url", doc.path("url").asText(""));
            r.path("attributes").fields().forEachRemaining(f -> props.put("attr." + f.getKey(),
                    f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString()));
            String relId = docId + "/" + r.path("id").asText();
            graph.relations.add(new Graph.Rel(id("rel", relId), r.path("type").asText("RELATED"), roles, texts, props));
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode n : array) {
            out.put(n.path("id").asText(), n);
        }
        return out;
    }

    /** Roles whose value is text, not a party: the title, the label, the content, the kind and the time. */
    private static boolean isLiteral(String role) {
        return List.of("title", "label", "content", "kind", "time").contains(role);
    }

    private static String labelOf(String text, String outlet) {
        return text.equals("@outlet") ? (outlet.isEmpty() ? "(outlet)" : outlet) : text;
    }

    private static String typeOf(String role, String text) {
        if (text.equals("@outlet") || text.startsWith("@source")) {
            return "SOURCE";
        }
        return switch (role) {
            case "person", "leader" -> "PERSON";
            case "org", "group", "parent", "child" -> "ORG";
            case "country", "place", "origin", "destination" -> "GPE";
            default -> "ACTOR";
        };
    }

    private String node(String type, String name, String docId) {
        String key = type + "|" + ArabicNormalizer.MATCHING.normalize(name).strip();
        String id = id("node", key);
        Graph.Node n = graph.nodes.computeIfAbsent(id, k -> new Graph.Node(k, type, name));
        n.documents.add(docId);
        return id;
    }

    /** A stable id: prefix plus the first 20 hex digits of the SHA-1 of the key. */
    static String id(String prefix, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return "isnad-" + prefix + "-" + HexFormat.of().formatHex(h).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
