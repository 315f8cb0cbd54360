package org.isnad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Graph} as FollowTheMoney entities, one JSON object a line ({@code id}, {@code schema},
 * {@code properties} with arrays of strings), as Aleph and the {@code ftm} tools import them. Nodes become Person,
 * Organization or LegalEntity; ROLE becomes a Position with an Occupancy, LEADS a Directorship, PART_OF a
 * Membership, MEETING and AGREEMENT an Event with its involved parties, FUNDING a Payment, SUPPORT, ADVICE and
 * DESIGNATION an UnknownLink whose {@code role} names the type. Every relation entity carries its provenance in
 * {@code summary} (evidence, claim, source, certainty, confidence) and {@code recordId} (document/relation).
 */
public final class FtmWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FtmWriter() {
    }

    public static void write(Graph g, Writer out) throws IOException {
        java.util.Set<String> people = new java.util.HashSet<>();
        java.util.Set<String> orgs = new java.util.HashSet<>();
        for (Graph.Node n : g.nodes()) {
            String schema = switch (n.type) {
                case "PERSON" -> "Person";
                case "ORG" -> "Organization";
                default -> "LegalEntity";
            };
            if (schema.equals("Person")) {
                people.add(n.id);
            } else if (schema.equals("Organization")) {
                orgs.add(n.id);
            }
            ObjectNode e = entity(n.id, schema);
            props(e).putArray("name").add(n.label);
            props(e).putArray("notes").add("isnad " + n.type + "; documents: " + String.join(" ", n.documents));
            line(out, e);
        }
        for (Graph.Rel r : g.relations()) {
            for (ObjectNode e : relation(r, people, orgs)) {
                line(out, e);
            }
        }
        out.flush();
    }

    private static List<ObjectNode> relation(Graph.Rel r, java.util.Set<String> people, java.util.Set<String> orgs) {
        Map<String, List<String>> roles = r.roles();
        Map<String, String> p = r.props();
        switch (r.type()) {
            case "ROLE" -> {
                String person = firstOf(roles, "person");
                if (person == null || !people.contains(person)) {
                    return fallback(r);
                }
                String title = r.texts().getOrDefault("title", r.type());
                ObjectNode post = entity(GraphBuilder.id("position", r.id()), "Position");
                props(post).putArray("name").add(p.getOrDefault("attr.role_text", title));
                String org = firstOf(roles, "org");
                if (org != null && orgs.contains(org)) {
                    props(post).putArray("organization").add(org);
                }
                ObjectNode occ = entity(r.id(), "Occupancy");
                props(occ).putArray("holder").add(person);
                props(occ).putArray("post").add(post.get("id").asText());
                props(occ).putArray("status").add("true".equals(p.get("attr.former")) ? "ended" : "current");
                provenance(occ, r);
                return List.of(post, occ);
            }
            case "LEADS" -> {
                return link(r, "Directorship", "director", firstOf(roles, "leader"), "organization",
                        firstOf(roles, "group"), p.getOrDefault("attr.role_text", "LEADS"));
            }
            case "PART_OF" -> {
                return link(r, "Membership", "member", firstOf(roles, "child"), "organization",
                        firstOf(roles, "parent"), "PART_OF");
            }
            case "MEETING", "AGREEMENT" -> {
                ObjectNode ev = entity(r.id(), "Event");
                props(ev).putArray("name").add(r.type() + ": " + String.join(" / ",
                        r.texts().getOrDefault(r.type().equals("MEETING") ? "participant" : "party", "")));
                ArrayNode inv = props(ev).putArray("involved");
                roles.getOrDefault("participant", List.of()).forEach(inv::add);
                roles.getOrDefault("party", List.of()).forEach(inv::add);
                if (r.texts().containsKey("place")) {
                    props(ev).putArray("location").add(r.texts().get("place"));
                }
                if (r.texts().containsKey("content")) {
                    props(ev).putArray("description").add(r.texts().get("content"));
                }
                provenance(ev, r);
                return List.of(ev);
            }
            case "FUNDING" -> {
                ObjectNode pay = entity(r.id(), "Payment");
                addIf(pay, "payer", firstOf(roles, "funder"));
                addIf(pay, "beneficiary", firstOf(roles, "recipient"));
                props(pay).putArray("purpose").add(p.getOrDefault("attr.kind", "financial"));
                provenance(pay, r);
                return List.of(pay);
            }
            default -> {
                return fallback(r);
            }
        }
    }

    private static List<ObjectNode> fallback(Graph.Rel r) {
        List<String[]> pairs = Graph.pairs(r);
        if (pairs.isEmpty()) {
            return List.of();
        }
        String detail = r.props().getOrDefault("attr.kind", r.props().getOrDefault("attr.act",
                r.texts().getOrDefault("label", r.texts().getOrDefault("title", ""))));
        return link(r, "UnknownLink", "subject", pairs.get(0)[0], "object", pairs.get(0)[1],
                detail.isEmpty() ? r.type() : r.type() + ": " + detail);
    }

    private static List<ObjectNode> link(Graph.Rel r, String schema, String from, String a, String to, String b,
                                         String role) {
        if (a == null || b == null) {
            return List.of();
        }
        ObjectNode e = entity(r.id(), schema);
        props(e).putArray(from).add(a);
        props(e).putArray(to).add(b);
        props(e).putArray("role").add(role);
        provenance(e, r);
        return List.of(e);
    }

    private static void provenance(ObjectNode e, Graph.Rel r) {
        Map<String, String> p = r.props();
        ArrayNode s = props(e).putArray("summary");
        s.add("evidence: " + p.getOrDefault("evidence", ""));
        s.add("claim " + p.getOrDefault("claim", "") + ": " + p.getOrDefault("claim_text", ""));
        s.add("source: " + p.getOrDefault("source", "") + " (" + p.getOrDefault("source_type", "") + "); certainty "
                + p.getOrDefault("certainty", "") + "; confidence " + p.getOrDefault("confidence", ""));
        props(e).putArray("recordId").add(p.getOrDefault("document", "") + "/" + p.getOrDefault("relation", ""));
        if (!p.getOrDefault("url", "").isEmpty()) {
            props(e).putArray("sourceUrl").add(p.get("url"));
        }
    }

    private static void addIf(ObjectNode e, String prop, String value) {
        if (value != null) {
            props(e).putArray(prop).add(value);
        }
    }

    private static String firstOf(Map<String, List<String>> roles, String role) {
        List<String> v = roles.get(role);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static ObjectNode entity(String id, String schema) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("id", id).put("schema", schema);
        e.putObject("properties");
        return e;
    }

    private static ObjectNode props(ObjectNode e) {
        return (ObjectNode) e.get("properties");
    }

    private static void line(Writer out, ObjectNode e) throws IOException {
        out.write(MAPPER.writeValueAsString(e));
        out.write('\n');
    }
}
