package org.isnad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Grade;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;

/**
 * The layers that are only ever read back whole with their document (sentences, mentions, persuasion spans, grades),
 * stored as one text column each instead of one row per item: a document then costs a few dozen rows instead of
 * well over a hundred, and each row costs its indexes. Spans are {@link SpanList} text, the others JSON arrays of
 * arrays. A value longer than {@link #MAX} is refused before anything is written.
 */
final class CompactLayers {
    /** The longest encoded value a column holds (VARCHAR(1000000) on both databases). */
    static final int MAX = 1_000_000;

    private CompactLayers() {
    }

    static String sentences(List<Sentence> sentences) {
        List<Span> spans = new ArrayList<>(sentences.size());
        sentences.forEach(s -> spans.add(s.span()));
        return bounded(SpanList.encode(spans), "sentences");
    }

    static List<Sentence> sentences(String encoded) {
        List<Sentence> out = new ArrayList<>();
        SpanList.decode(encoded).forEach(s -> out.add(new Sentence(s, -1, -1)));
        return out;
    }

    static String mentions(List<Span> mentions) {
        return bounded(SpanList.encode(mentions), "mentions");
    }

    static String persuasion(List<PersuasionSpan> spans) {
        List<List<Object>> rows = new ArrayList<>(spans.size());
        spans.forEach(p -> rows.add(List.of(p.technique(), p.span().start(), p.span().end(), p.confidence())));
        return bounded(json(rows), "persuasion spans");
    }

    static List<PersuasionSpan> persuasion(String encoded) throws JsonProcessingException {
        List<PersuasionSpan> out = new ArrayList<>();
        for (JsonNode n : rows(encoded)) {
            out.add(new PersuasionSpan(n.get(0).asText(), new Span(n.get(1).asInt(), n.get(2).asInt()),
                    n.get(3).asDouble()));
        }
        return out;
    }

    static String grades(List<Grade> grades) {
        List<List<Object>> rows = new ArrayList<>(grades.size());
        grades.forEach(g -> rows.add(List.of(g.claim(), g.sourceReliability(), g.informationCredibility(), g.why())));
        return bounded(json(rows), "grades");
    }

    static List<Grade> grades(String encoded) throws JsonProcessingException {
        List<Grade> out = new ArrayList<>();
        for (JsonNode n : rows(encoded)) {
            out.add(new Grade(n.get(0).asText(), n.get(1).asText(), n.get(2).asText(), n.get(3).asText()));
        }
        return out;
    }

    /** The first sentence that contains offset {@code at}, if any. */
    static java.util.Optional<Span> sentenceAt(List<Sentence> sentences, int at) {
        for (Sentence s : sentences) {
            if (s.start() <= at && at < s.end()) {
                return java.util.Optional.of(s.span());
            }
        }
        return java.util.Optional.empty();
    }

    private static Iterable<JsonNode> rows(String encoded) throws JsonProcessingException {
        if (encoded == null || encoded.isEmpty()) {
            return List.of();
        }
        return AnalysisJson.MAPPER.readTree(encoded);
    }

    private static String json(Object o) {
        try {
            return AnalysisJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("layer is not JSON-friendly: " + e.getOriginalMessage());
        }
    }

    private static String bounded(String s, String what) {
        if (s.length() > MAX) {
            throw new IllegalArgumentException("too many " + what + " to store (" + s.length() + " characters encoded,"
                    + " at most " + MAX + ")");
        }
        return s;
    }
}
