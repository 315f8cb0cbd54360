package org.isnad.persuasion;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.json.AnalysisJson;

/**
 * One paragraph of a span-labelled evaluation file in ArMPro's JSON Lines form: {@code paragraph_id} (or {@code id}),
 * {@code paragraph} (or {@code text}) and {@code labels}: {@code [{technique, start, end}]} with offsets into the
 * paragraph.
 */
public record GoldParagraph(String id, String text, List<LabeledSpan> labels) {
    static final int MAX_LINE_CHARS = 1_000_000;
    static final int MAX_LINES = 200_000;

    public GoldParagraph {
        labels = List.copyOf(labels);
    }

    /** Thrown for a malformed file; the message names the line. */
    public static final class BadGoldException extends Exception {
        BadGoldException(String message) {
            super(message);
        }
    }

    /** Reads a whole file. */
    public static List<GoldParagraph> read(Path file) throws IOException, BadGoldException {
        List<GoldParagraph> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (n > MAX_LINES) {
                    throw new BadGoldException(file + ": more than " + MAX_LINES + " lines");
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE_CHARS) {
                    throw new BadGoldException(file + ":" + n + ": line longer than " + MAX_LINE_CHARS + " characters");
                }
                out.add(parse(line, file + ":" + n));
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadGoldException(file + ": not UTF-8 text");
        }
        if (out.isEmpty()) {
            throw new BadGoldException(file + ": no paragraphs");
        }
        return out;
    }

    static GoldParagraph parse(String line, String where) throws BadGoldException {
        JsonNode n;
        try {
            n = AnalysisJson.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new BadGoldException(where + ": not JSON");
        }
        String id = text(n, "paragraph_id", "id");
        String text = text(n, "paragraph", "text");
        if (id == null || text == null) {
            throw new BadGoldException(where + ": needs paragraph_id/id and paragraph/text");
        }
        List<LabeledSpan> labels = new ArrayList<>();
        for (JsonNode l : n.path("labels")) {
            int s = l.path("start").asInt(-1);
            int e = l.path("end").asInt(-1);
            String t = l.path("technique").asText("");
            if (t.isEmpty() || s < 0 || e <= s || e > text.length()) {
                throw new BadGoldException(where + ": bad label " + l);
            }
            labels.add(new LabeledSpan(id, t, s, e));
        }
        return new GoldParagraph(id, text, labels);
    }

    private static String text(JsonNode n, String a, String b) {
        JsonNode v = n.hasNonNull(a) ? n.get(a) : n.get(b);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
