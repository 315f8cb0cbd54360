package org.isnad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads analysis JSON as written by {@code isnad analyze --format json} (one or more objects, pretty-printed or
 * not, one after another) or {@code --format jsonl} (one object a line). Sizes are bounded: a file of at most
 * {@value #MAX_FILE_BYTES} bytes, a JSON Lines record of at most {@value #MAX_LINE} characters, strings of at most
 * {@value #MAX_STRING} characters, nesting of at most {@value #MAX_DEPTH} levels. A record that is not an analysis
 * (no {@code schema} isnad.analysis/…, no {@code document.text}) is reported and skipped; in JSON Lines a malformed
 * line is skipped, in a JSON stream a syntax error ends that input.
 */
public final class AnalysisReader {
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    public static final int MAX_LINE = 16 * 1024 * 1024;
    public static final int MAX_STRING = 8 * 1024 * 1024;
    public static final int MAX_DEPTH = 64;

    private final ObjectMapper mapper;

    public AnalysisReader() {
        JsonFactory f = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING).maxNestingDepth(MAX_DEPTH).maxNumberLength(100).build()).build();
        this.mapper = new ObjectMapper(f);
    }

    /** Receives each good record and a one-line message for each bad one. */
    public interface Sink {
        void record(String input, JsonNode analysis);

        void bad(String message);
    }

    /** Reads one input: a path, or "-" for standard input. Throws only when the input cannot be opened. */
    public void read(String input, Sink sink) throws IOException {
        if (input.equals("-")) {
            readStream(input, new InputStreamReader(System.in, StandardCharsets.UTF_8), sink);
            return;
        }
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
            throw new IOException("not a readable file: " + input);
        }
        if (Files.size(p) > MAX_FILE_BYTES) {
            sink.bad(input + ": larger than " + MAX_FILE_BYTES + " bytes, skipped");
            return;
        }
        if (input.endsWith(".jsonl") || input.endsWith(".ndjson")) {
            readLines(input, Files.newInputStream(p), sink);
        } else {
            readStream(input, Files.newBufferedReader(p, StandardCharsets.UTF_8), sink);
        }
    }

    private void readLines(String input, InputStream in, Sink sink) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    sink.bad(input + ":" + n + ": record longer than " + MAX_LINE + " characters");
                    continue;
                }
                try {
                    accept(input + ":" + n, mapper.readTree(line), sink);
                } catch (IOException e) {
                    sink.bad(input + ":" + n + ": malformed JSON: " + oneLine(e));
                }
            }
        }
    }

    private void readStream(String input, Reader reader, Sink sink) throws IOException {
        try (Reader r = reader; JsonParser p = mapper.getFactory().createParser(r);
             MappingIterator<JsonNode> it = mapper.readValues(p, JsonNode.class)) {
            int n = 0;
            while (true) {
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    JsonNode node = it.nextValue();
                    n++;
                    if (node.isArray()) {
                        for (JsonNode x : node) {
                            accept(input + "#" + n, x, sink);
                        }
                    } else {
                        accept(input + "#" + n, node, sink);
                    }
                } catch (IOException | RuntimeException e) {
                    sink.bad(input + "#" + (n + 1) + ": malformed JSON, rest of input skipped: " + oneLine(e));
                    break;
                }
            }
        }
    }

    private static void accept(String where, JsonNode node, Sink sink) {
        if (!node.isObject() || !node.path("schema").asText("").startsWith("isnad.analysis/")) {
            sink.bad(where + ": not an isnad analysis (schema isnad.analysis/…)");
        } else if (!node.path("document").path("text").isTextual()) {
            sink.bad(where + ": analysis without document.text");
        } else {
            sink.record(where, node);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf('\n');
        m = cut >= 0 ? m.substring(0, cut) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
