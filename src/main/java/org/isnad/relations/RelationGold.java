package org.isnad.relations;

import com.fasterxml.jackson.databind.JsonNode;
import org.isnad.json.JsonFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relation gold format (JSON Lines, one paragraph a line; see docs/relations.md):
 * {@code {"id", "text", "relations": [{"type", "arguments": [{"role", "text"}], "attributes": {…}}]}}. An argument
 * text is a substring of the paragraph as written, or {@code @outlet} for the outlet as labeller.
 */
public final class RelationGold {
    /** Longest line read; longer lines are rejected as bad records. */
    public static final int MAX_LINE = 200_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One gold argument. */
    public record Arg(String role, String text) {
    }

    /** One gold relation. */
    public record Rel(String type, List<Arg> arguments, Map<String, Object> attributes) {
        public Rel {
            arguments = List.copyOf(arguments);
            attributes = Map.copyOf(attributes);
        }
    }

    /** One annotated paragraph. */
    public record Doc(String id, String text, List<Rel> relations) {
        public Doc {
            relations = List.copyOf(relations);
        }
    }

    /** The records of a file and the one-line errors of the lines that could not be read. */
    public record Loaded(List<Doc> docs, List<String> errors) {
    }

    private RelationGold() {
    }

    public static Loaded read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    errors.add(file.getFileName() + ":" + n + ": line longer than " + MAX_LINE + " characters");
                    continue;
                }
                try {
                    docs.add(parse(MAPPER.readTree(line)));
                } catch (IOException | IllegalArgumentException e) {
                    errors.add(file.getFileName() + ":" + n + ": " + e.getMessage().replaceAll("[\\r\\n]+", " "));
                }
            }
        }
        return new Loaded(docs, errors);
    }

    static Doc parse(JsonNode n) {
        String text = JsonFields.require(n, "text").asText();
        List<Rel> rels = new ArrayList<>();
        for (JsonNode r : n.path("relations")) {
            List<Arg> args = new ArrayList<>();
            for (JsonNode a : r.path("arguments")) {
                String t = JsonFields.require(a, "text").asText();
                if (!t.equals("@outlet") && !text.contains(t)) {
                    throw new IllegalArgumentException("argument text not in the paragraph: " + t);
                }
                args.add(new Arg(JsonFields.require(a, "role").asText(), t));
            }
            Map<String, Object> attrs = new TreeMap<>();
            r.path("attributes").fields().forEachRemaining(e -> attrs.put(e.getKey(),
                    e.getValue().isBoolean() ? e.getValue().asBoolean() : e.getValue().asText()));
            rels.add(new Rel(JsonFields.require(r, "type").asText(), args, attrs));
        }
        return new Doc(n.path("id").asText("?"), text, rels);
    }

}
