package org.isnad.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network of one or many analyses: entity nodes (merged across documents by type and normalised name) and
 * relation records with their arguments by role and their provenance (document, claim, source, certainty,
 * evidence). Writers turn relation records into edges with {@link #edges()}.
 */
public final class Graph {
    /** A node: an entity, or an argument text no entity was found for. */
    public static final class Node {
        public final String id;
        public final String type;
        public final String label;
        public final Set<String> documents = new LinkedHashSet<>();

        Node(String id, String type, String label) {
            this.id = id;
            this.type = type;
            this.label = label;
        }
    }

    /** One relation read from one claim of one document. */
    public record Rel(String id, String type, Map<String, List<String>> roles, Map<String, String> texts,
                      Map<String, String> props) {
    }

    /** A directed edge derived from a relation. */
    public record Edge(String id, String type, String source, String target, Map<String, String> props) {
    }

    final Map<String, Node> nodes = new LinkedHashMap<>();
    final List<Rel> relations = new ArrayList<>();

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public List<Rel> relations() {
        return List.copyOf(relations);
    }

    /**
     * Edges: for each relation, from the first filled "from" role to each node of the "to" role (FtM mapping of
     * {@code RelationTypes}); for MEETING and AGREEMENT, between every pair of participants or parties; ROLE goes to
     * the organisation, else the country, else a title node.
     */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>();
        for (Rel r : relations) {
            List<String[]> pairs = pairs(r);
            for (int i = 0; i < pairs.size(); i++) {
                String id = pairs.size() == 1 ? r.id() : r.id() + "-" + (i + 1);
                out.add(new Edge(id, r.type(), pairs.get(i)[0], pairs.get(i)[1], r.props()));
            }
        }
        return out;
    }

    static List<String[]> pairs(Rel r) {
        List<String[]> out = new ArrayList<>();
        switch (r.type()) {
            case "MEETING", "AGREEMENT" -> {
                List<String> ps = new ArrayList<>(r.roles().getOrDefault("participant", List.of()));
                ps.addAll(r.roles().getOrDefault("party", List.of()));
                for (int i = 0; i < ps.size(); i++) {
                    for (int j = i + 1; j < ps.size(); j++) {
                        out.add(new String[] {ps.get(i), ps.get(j)});
                    }
                }
                return out;
            }
            default -> {
                String[] ends = ends(r.type());
                String from = first(r, ends[0], ends[1]);
                for (String to : toNodes(r, ends)) {
                    if (from != null && !from.equals(to)) {
                        out.add(new String[] {from, to});
                    }
                }
                return out;
            }
        }
    }

    /** Source roles then target roles (in order of preference) per type; "|" separates the two groups. */
    private static String[] ends(String type) {
        return switch (type) {
            case "ROLE" -> new String[] {"person", "", "org", "country", "title"};
            case "LEADS" -> new String[] {"leader", "", "group"};
            case "PART_OF" -> new String[] {"child", "", "parent"};
            case "FUNDING", "SUPPORT" -> new String[] {"funder", "origin", "recipient", "destination"};
            case "ADVICE" -> new String[] {"party", "", "target"};
            case "DESIGNATION" -> new String[] {"labeller", "", "target"};
            default -> new String[] {"subject", "", "object"};
        };
    }

    private static String first(Rel r, String a, String b) {
        for (String role : new String[] {a, b}) {
            List<String> v = r.roles().get(role);
            if (!role.isEmpty() && v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    private static List<String> toNodes(Rel r, String[] ends) {
        for (int i = 2; i < ends.length; i++) {
            List<String> v = r.roles().get(ends[i]);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return List.of();
    }
}
