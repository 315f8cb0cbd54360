package org.isnad.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;

/**
 * Reads one named input — a file, or "-" for standard input — into documents: plain text, an HTML page or a JSON
 * Lines batch (see {@link InputFormat}). Failures become {@link InputItem.Failed} items with a one-line reason, never
 * exceptions, so that a batch can go on. A single text or HTML document is read only up to the byte limit.
 * Thread-safe; each call reads its own input.
 */
public final class DocumentReader {
    private static final int SNIFF = 4096;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_:.-]+)");
    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1|section)[\\s>/]");

    private final InputOptions options;

    public DocumentReader(InputOptions options) {
        this.options = options;
    }

    /** Reads a file, or standard input when {@code name} is "-". */
    public Iterator<InputItem> read(String name, InputStream stdin) {
        if (name.equals("-")) {
            return read("-", "stdin", new BufferedInputStream(stdin, 64 * 1024), InputFormat.AUTO);
        }
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                return failed(name, "is a directory", true);
            }
            long size = Files.size(path);
            InputFormat byName = byExtension(path);
            if (size > options.maxBytes() && byName != InputFormat.JSONL && options.format() != InputFormat.JSONL) {
                return failed(name, "larger than the limit of " + options.maxBytes() + " bytes (" + size
                        + " bytes; see --max-bytes)", false);
            }
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
            Path file = path.getFileName();
            return read(name, file == null ? name : file.toString(), in, byName);
        } catch (NoSuchFileException e) {
            return failed(name, "no such file", true);
        } catch (AccessDeniedException e) {
            return failed(name, "permission denied", true);
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage(), true);
        }
    }

    private Iterator<InputItem> read(String name, String id, InputStream in, InputFormat byName) {
        try {
            InputFormat format = options.format() != InputFormat.AUTO ? options.format() : byName;
            if (format == InputFormat.AUTO) {
                format = sniff(in);
            }
            if (format == InputFormat.JSONL) {
                return new JsonLinesReader(name, in, options.maxBytes());
            }
            byte[] bytes;
            try (in) {
                bytes = in.readNBytes((int) options.maxBytes() + 1);
            }
            if (bytes.length > options.maxBytes()) {
                return failed(name, "larger than the limit of " + options.maxBytes() + " bytes (see --max-bytes)",
                        false);
            }
            return List.<InputItem>of(new InputItem.Ok(name, document(id, bytes, format))).iterator();
        } catch (BadInputException e) {
            return failed(name, e.getMessage(), false);
        } catch (IOException e) {
            return failed(name, "cannot read: " + e.getMessage(), true);
        }
    }

    private static Document document(String id, byte[] bytes, InputFormat format) throws BadInputException {
        if (format == InputFormat.HTML) {
            String html = TextDecoder.decode(bytes, bytes.length, declaredCharset(bytes)).text();
            HtmlExtractor.Extracted x = HtmlExtractor.extract(html, id);
            return new Document(x.text(), x.metadata());
        }
        String text = TextDecoder.decode(bytes, bytes.length).text();
        if (format == InputFormat.AUTO && HTML_START.matcher(text.substring(0, Math.min(text.length(), SNIFF)))
                .find()) {
            HtmlExtractor.Extracted x = HtmlExtractor.extract(text, id);
            return new Document(x.text(), x.metadata());
        }
        return new Document(text, Metadata.of(id));
    }

    /** JSON Lines when the first non-blank byte (after a UTF-8 BOM) is '{'; otherwise decided after decoding. */
    private static InputFormat sniff(InputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < head.length && head[i] == '{' ? InputFormat.JSONL : InputFormat.AUTO;
    }

    private static InputFormat byExtension(Path path) {
        Path f = path.getFileName();
        String n = f == null ? "" : f.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return InputFormat.JSONL;
        }
        if (n.endsWith(".txt")) {
            return InputFormat.TEXT;
        }
        return InputFormat.AUTO;
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Optional.of(Charset.forName(m.group(1)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Iterator<InputItem> failed(String name, String reason, boolean io) {
        return List.<InputItem>of(new InputItem.Failed(name, reason, io)).iterator();
    }
}
