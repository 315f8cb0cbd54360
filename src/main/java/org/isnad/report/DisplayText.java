package org.isnad.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes untrusted document text safe and legible in a terminal: control characters (including ESC, so no terminal
 * escape sequences get through) and line breaks become spaces, the document's own bidi controls are dropped (they
 * could reorder the report around them), long text is cut, and text is wrapped into lines of a given width so that
 * each line holds one run of Arabic. Optionally each run is wrapped in Unicode isolates (FSI … PDI), which
 * bidi-aware terminals use to keep the run's direction from leaking into the label beside it. Thread-safe.
 */
public final class DisplayText {
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    private final boolean isolates;
    private final int width;
    private final int maxChars;

    /**
     * @param isolates wrap each text run in FSI … PDI
     * @param width    the widest line of text, in characters
     * @param maxChars the longest text shown before it is cut with "…"
     */
    public DisplayText(boolean isolates, int width, int maxChars) {
        this.isolates = isolates;
        this.width = Math.max(20, width);
        this.maxChars = Math.max(20, maxChars);
    }

    /** The text on one line: cleaned, cut to the maximum length, isolated when asked. */
    public String line(String s) {
        String c = clean(s);
        if (c.length() > maxChars) {
            c = c.substring(0, safeCut(c, maxChars)) + " …";
        }
        return isolate(c);
    }

    /** The text cleaned and wrapped at spaces into lines no wider than the width (not cut). */
    public List<String> wrap(String s) {
        String c = clean(s);
        List<String> out = new ArrayList<>();
        int from = 0;
        while (from < c.length()) {
            int end = Math.min(c.length(), from + width);
            if (end < c.length()) {
                int sp = c.lastIndexOf(' ', end);
                end = sp > from ? sp : safeCut(c, end);
            }
            String part = c.substring(from, end).strip();
            if (!part.isEmpty()) {
                out.add(isolate(part));
            }
            from = end;
            while (from < c.length() && c.charAt(from) == ' ') {
                from++;
            }
        }
        if (out.isEmpty()) {
            out.add(isolate(""));
        }
        return out;
    }

    /** Controls and line breaks to spaces, bidi controls removed, runs of spaces collapsed, trimmed. */
    public static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            if (Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029'
                    || c == '\u00A0') {
                space = true;
                continue;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
                c = '\uFFFD';
            }
            if (space && b.length() > 0) {
                b.append(' ');
            }
            space = false;
            b.append(c);
        }
        return b.toString();
    }

    /** Embeddings, overrides, isolates and directional marks. */
    static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    private String isolate(String s) {
        return isolates ? FSI + s + PDI : s;
    }

    private static int safeCut(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }
}
