package org.isnad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's language data files: UTF-8, one entry a line, {@code #} starts a comment, blank lines
 * ignored, columns separated by a tab or by {@code |} surrounded by spaces.
 */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** The entries of a classpath resource, each split into trimmed columns. */
    public static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t|\\s+\\|\\s+");
            for (int i = 0; i < cols.length; i++) {
                cols[i] = cols[i].trim();
            }
            out.add(cols);
        }
        return out;
    }

    /** The non-comment, non-blank lines of a classpath resource, trimmed. */
    public static List<String> lines(String resource) {
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing language data file " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
