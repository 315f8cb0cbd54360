package org.isnad.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a one-token-a-line corpus ({@code token TAG}, as ANERcorp) into plain text: tokens joined by spaces, a line
 * break after sentence-final punctuation. A file that is not in that shape is used as it is.
 */
public final class CorpusText {
    private CorpusText() {
    }

    /** The plain text of a file: joined tokens for a {@code token TAG} file, else the file's own text. */
    public static String load(Path file) throws IOException {
        if (!looksLikeTokenPerLine(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder((int) Math.min(Integer.MAX_VALUE / 2, Files.size(file)));
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                int sp = lastSpace(s);
                if (sp <= 0) {
                    continue;
                }
                String token = s.substring(0, sp).strip();
                if (token.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
                out.append(token);
                if (token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟")) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean looksLikeTokenPerLine(Path file) throws IOException {
        int lines = 0;
        int shaped = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (lines < 200 && (line = r.readLine()) != null) {
                lines++;
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && parts[1].matches("O|[BI]-[A-Z]+")) {
                    shaped++;
                }
            }
        }
        return lines > 0 && shaped >= lines * 0.8;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
