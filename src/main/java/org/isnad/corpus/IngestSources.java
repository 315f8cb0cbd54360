package org.isnad.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.json.AnalysisJson;

/**
 * Reads ingest inputs: files, folders (recursively, in name order: {@code .txt}, {@code .jsonl}, {@code .ndjson},
 * {@code .jsonl.gz}, {@code .html}), and {@code -} for standard input (JSON Lines when it starts with '{', else one
 * text). JSON Lines records are {@code {"text", "id"?, "title"?, "outlet"?, "url"?, "published"?}}
 * ({@code published_date} is used when present). Every size is bounded; bad records become
 * {@link IngestInput.Failed} with a one-line reason and the batch goes on. Streams: memory stays flat on big files.
 */
public final class IngestSources {
    /** The longest JSON Lines record, in characters. */
    public static final int MAX_LINE = 4_000_000;
    /** The largest single text or HTML file, in bytes. */
    public static final long MAX_FILE = 8L * 1024 * 1024;

    private IngestSources() {
    }

    /** All inputs of the given paths, lazily, in order. */
    public static Iterator<IngestInput> read(List<String> paths, InputStream stdin) {
        List<Iterator<IngestInput>> parts = new ArrayList<>();
        for (String p : paths) {
            parts.add(new Lazy(() -> one(p, stdin)));
        }
        return new Concat(parts.iterator());
    }

    private static Iterator<IngestInput> one(String name, InputStream stdin) {
        if (name.equals("-")) {
            return stdin(stdin);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).filter(IngestSources::known).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                return List.<IngestInput>of(new IngestInput.Failed(name, "cannot list folder: " + e.getMessage()))
                        .iterator();
            }
            List<Iterator<IngestInput>> parts = new ArrayList<>();
            files.forEach(f -> parts.add(new Lazy(() -> file(f))));
            return new Concat(parts.iterator());
        }
        if (!Files.exists(path)) {
            return List.<IngestInput>of(new IngestInput.Failed(name, "no such file")).iterator();
        }
        return file(path);
    }

    static boolean known(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz")
                || n.endsWith(".html") || n.endsWith(".htm");
    }

    private static Iterator<IngestInput> file(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String where = path.toString();
        try {
            if (n.endsWith(".jsonl.gz")) {
                return new JsonLines(where, new GZIPInputStream(Files.newInputStream(path), 64 * 1024));
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return new JsonLines(where, Files.newInputStream(path));
            }
            if (Files.size(path) > MAX_FILE) {
                return failed(where, "larger than " + MAX_FILE + " bytes");
            }
            String text = decode(Files.readAllBytes(path));
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(text);
                Metadata m = Metadata.of(path.getFileName().toString()).withTitle(emptyToNull(html.title()));
                return ok(where, new Document(html.body() == null ? "" : html.body().wholeText().strip(), m));
            }
            return ok(where, Document.of(path.getFileName().toString(), text));
        } catch (CharacterCodingException e) {
            return failed(where, "not UTF-8 text");
        } catch (IOException e) {
            return failed(where, "cannot read: " + e.getMessage());
        }
    }

    private static Iterator<IngestInput> stdin(InputStream in) {
        try {
            java.io.PushbackInputStream pb = new java.io.PushbackInputStream(in, 1);
            int c;
            do {
                c = pb.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            if (c < 0) {
                return failed("-", "empty input");
            }
            pb.unread(c);
            if (c == '{') {
                return new JsonLines("-", pb);
            }
            byte[] bytes = pb.readNBytes((int) MAX_FILE + 1);
            if (bytes.length > MAX_FILE) {
                return failed("-", "larger than " + MAX_FILE + " bytes");
            }
            return ok("-", Document.of("stdin", decode(bytes)));
        } catch (CharacterCodingException e) {
            return failed("-", "not UTF-8 text");
        } catch (IOException e) {
            return failed("-", "cannot read: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** A JSON Lines record as a document, or why not. */
    static IngestInput record(String where, String line) {
        if (line.length() > MAX_LINE) {
            return new IngestInput.Failed(where, "record longer than " + MAX_LINE + " characters");
        }
        JsonNode n;
        try {
            n = AnalysisJson.MAPPER.readTree(line);
        } catch (IOException e) {
            return new IngestInput.Failed(where, "malformed JSON");
        }
        if (n == null || !n.isObject()) {
            return new IngestInput.Failed(where, "not a JSON object");
        }
        Optional<String> text = str(n, "text");
        if (text.isEmpty() || text.get().isBlank()) {
            return new IngestInput.Failed(where, "no \"text\"");
        }
        Metadata m = new Metadata(str(n, "id").orElse(where), str(n, "title"), str(n, "outlet"), str(n, "url"),
                str(n, "published_date").or(() -> str(n, "published")), str(n, "language").orElse("ar"));
        return new IngestInput.Ok(where, new Document(text.get(), m));
    }

    private static Optional<String> str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Iterator<IngestInput> ok(String where, Document d) {
        if (d.text().isBlank()) {
            return failed(where, "empty text");
        }
        return List.<IngestInput>of(new IngestInput.Ok(where, d)).iterator();
    }

    private static Iterator<IngestInput> failed(String where, String reason) {
        return List.<IngestInput>of(new IngestInput.Failed(where, reason)).iterator();
    }

    /** Streams a JSON Lines input, one record per non-blank line. */
    private static final class JsonLines implements Iterator<IngestInput> {
        private final String where;
        private final BufferedReader in;
        private int lineNo;
        private IngestInput next;
        private boolean done;

        JsonLines(String where, InputStream in) {
            this.where = where;
            this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    String line = in.readLine();
                    lineNo++;
                    if (line == null) {
                        done = true;
                        in.close();
                    } else if (!line.isBlank()) {
                        next = record(where + ":" + lineNo, line);
                    }
                } catch (IOException e) {
                    done = true;
                    next = new IngestInput.Failed(where + ":" + lineNo, "cannot read: " + e.getMessage());
                }
            }
            return next != null;
        }

        @Override
        public IngestInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            IngestInput r = next;
            next = null;
            return r;
        }
    }

    /** An iterator made only when first asked, so files open one at a time. */
    private static final class Lazy implements Iterator<IngestInput> {
        private final java.util.function.Supplier<Iterator<IngestInput>> make;
        private Iterator<IngestInput> it;

        Lazy(java.util.function.Supplier<Iterator<IngestInput>> make) {
            this.make = make;
        }

        private Iterator<IngestInput> it() {
            if (it == null) {
                it = make.get();
            }
            return it;
        }

        @Override
        public boolean hasNext() {
            return it().hasNext();
        }

        @Override
        public IngestInput next() {
            return it().next();
        }
    }

    private static final class Concat implements Iterator<IngestInput> {
        private final Iterator<Iterator<IngestInput>> parts;
        private Iterator<IngestInput> current = java.util.Collections.emptyIterator();

        Concat(Iterator<Iterator<IngestInput>> parts) {
            this.parts = parts;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && parts.hasNext()) {
                current = parts.next();
            }
            return current.hasNext();
        }

        @Override
        public IngestInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
