package org.isnad.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;

/**
 * Reads JSON Lines of {@code {id, text | html, title?, outlet?, url?, published?, language?}}, one document a line.
 * A bad line (malformed JSON, wrong field types, no text, too long, empty or binary text) becomes a
 * {@link InputItem.Failed} and reading goes on with the next line; blank lines are skipped. Each line is bounded by
 * the options' byte limit. An input without any record yields one failure. The iterator closes the stream when it
 * reaches its end.
 */
public final class JsonLinesReader implements Iterator<InputItem> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] STRING_FIELDS = {"title", "outlet", "url", "published", "language", "byline"};

    private final String name;
    private final InputStream in;
    private final BoundedLineReader lines;
    private final long maxBytes;
    private InputItem next;
    private boolean done;
    private long items;

    /**
     * @param name how to call the input in messages and default ids (a file name or "-")
     */
    public JsonLinesReader(String name, InputStream in, long maxBytes) {
        this.name = name;
        this.in = in;
        this.maxBytes = maxBytes;
        this.lines = new BoundedLineReader(in, maxBytes);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next != null) {
                items++;
            } else if (items == 0) {
                items++;
                next = new InputItem.Failed(name, "empty input (no JSON Lines records)", false);
            }
        }
        return next != null;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    private InputItem advance() {
        try {
            while (true) {
                BoundedLineReader.Line line = lines.next();
                if (line == null) {
                    done = true;
                    in.close();
                    return null;
                }
                String where = name + ":" + line.number();
                if (line.tooLong()) {
                    return new InputItem.Failed(where, "line longer than the limit of " + maxBytes
                            + " bytes (--max-bytes)", false);
                }
                if (isBlank(line)) {
                    continue;
                }
                try {
                    return new InputItem.Ok(where, parse(line, where));
                } catch (BadInputException e) {
                    return new InputItem.Failed(where, e.getMessage(), false);
                }
            }
        } catch (IOException e) {
            done = true;
            return new InputItem.Failed(name, "read error: " + e.getMessage(), true);
        }
    }

    private static boolean isBlank(BoundedLineReader.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private Document parse(BoundedLineReader.Line line, String where) throws BadInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line.bytes(), 0, line.length());
        } catch (JacksonException e) {
            throw new BadInputException("malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException("not a JSON object");
        }
        String id = where;
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
                throw new BadInputException("field 'id' must be a string or an integer");
            }
            id = idNode.asText();
        }
        for (String f : STRING_FIELDS) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw new BadInputException("field '" + f + "' must be a string");
            }
        }
        Optional<String> text = string(node, "text");
        Optional<String> html = string(node, "html");
        if (node.has("text") && text.isEmpty() && !node.get("text").isNull()) {
            throw new BadInputException("field 'text' must be a string");
        }
        if (node.has("html") && html.isEmpty() && !node.get("html").isNull()) {
            throw new BadInputException("field 'html' must be a string");
        }
        Metadata meta;
        String body;
        if (text.isPresent()) {
            body = text.get();
            TextDecoder.checkText(body);
            meta = Metadata.of(id);
        } else if (html.isPresent()) {
            HtmlExtractor.Extracted x = HtmlExtractor.extract(html.get(), id);
            body = x.text();
            meta = x.metadata();
        } else {
            throw new BadInputException("record has neither 'text' nor 'html'");
        }
        meta = new Metadata(id, string(node, "title").or(meta::title), string(node, "outlet").or(meta::outlet),
                string(node, "url").or(meta::url), string(node, "published").or(meta::published),
                string(node, "language").orElse(meta.language()), string(node, "byline").or(meta::byline));
        return new Document(body, meta);
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
