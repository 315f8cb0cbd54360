package org.isnad.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import org.isnad.json.JsonFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;
import org.isnad.json.AnalysisJson;

/**
 * One paragraph of a gold attribution file in the format of {@code shared/specs/attribution-annotation.md}: its text
 * and its annotated attributions. {@link #read} checks every span against the text.
 */
public record GoldRecord(String id, String text, List<Gold> attributions) {
    public GoldRecord {
        attributions = List.copyOf(attributions);
    }

    /** One gold attribution; a null source (antecedent in another paragraph) is an empty {@code source}. */
    public record Gold(int id, Span cue, Optional<Span> source, String sourceType, Span content, List<Span> extra,
                       String certainty, Optional<String> channel, Optional<Integer> parent,
                       Optional<Integer> continues, boolean implicit, Optional<String> antecedentText) {
    }

    /** Reads a JSONL gold file; a malformed line is an {@link IllegalArgumentException} naming the line. */
    public static List<GoldRecord> read(Path file) throws IOException {
        List<GoldRecord> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > 1_000_000) {
                    throw new IllegalArgumentException("line " + n + ": record longer than 1,000,000 characters");
                }
                try {
                    out.add(parse(AnalysisJson.MAPPER.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    static GoldRecord parse(JsonNode o) {
        String text = JsonFields.require(o, "text").asText();
        List<Gold> golds = new ArrayList<>();
        for (JsonNode a : o.path("attributions")) {
            Optional<Span> src = a.path("source").isObject() ? Optional.of(span(a.get("source"), text)) : Optional.empty();
            List<Span> extra = new ArrayList<>();
            for (JsonNode e : a.path("content_extra")) {
                extra.add(span(e, text));
            }
            JsonNode ante = a.path("source_antecedent");
            golds.add(new Gold(JsonFields.require(a, "id").asInt(), span(JsonFields.require(a, "cue"), text), src, a.path("source_type").asText(""),
                    span(JsonFields.require(a, "content"), text), extra, a.path("certainty").asText(""), optText(a, "channel"),
                    optInt(a, "parent"), optInt(a, "continues"), a.path("source_implicit").asBoolean(false),
                    ante.isObject() ? Optional.of(ante.path("text").asText()) : Optional.empty()));
        }
        return new GoldRecord(o.path("id").asText(""), text, golds);
    }


    private static Span span(JsonNode s, String text) {
        int start = JsonFields.require(s, "start").asInt();
        int end = JsonFields.require(s, "end").asInt();
        if (start < 0 || end < start || end > text.length()) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") outside the text");
        }
        String t = s.path("text").asText(null);
        if (t != null && !t.equals(text.substring(start, end))) {
            throw new IllegalArgumentException("span text does not match text[" + start + ":" + end + "]");
        }
        return new Span(start, end);
    }

    private static Optional<String> optText(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    private static Optional<Integer> optInt(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asInt());
    }
}
