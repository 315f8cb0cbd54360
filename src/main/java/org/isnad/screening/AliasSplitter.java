package org.isnad.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.isnad.names.Scripts;

/**
 * Splits the packed alias strings of the UN list into single names:
 * {@code «جبهة النصرة (the Victory Front; Jabhat al-Nusrah)»} gives three names;
 * {@code «Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)»} gives
 * "Hay’at Tahrir al-Sham", "HTS", the Arabic name (flagged original script) and "Hayat Tahrir al-Sham".
 * Names are separated by ";" (also "؛" and the Arabic comma "،"); a parenthesised group is a list of further names;
 * "(original script)" flags the name before it; trailing lower-case descriptions ("- sub-unit name") are cut.
 * Unbalanced parentheses are tolerated. Any name with Arabic letters is flagged original script.
 */
public final class AliasSplitter {
    private static final Pattern ORIGINAL = Pattern.compile("(?i)\\s*original script\\s*");
    private static final Pattern DESCRIPTION = Pattern.compile("\\s+-\\s+[a-z][a-z\\s-]*$");

    private AliasSplitter() {
    }

    /** A single name with its script flag. */
    public record Part(String name, boolean originalScript) {
    }

    public static List<Part> split(String packed) {
        List<Part> out = new ArrayList<>();
        split(packed.replaceAll("\\s+", " ").strip(), out);
        return out;
    }

    private static void split(String s, List<Part> out) {
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '(') {
                int end = closing(s, i);
                String inner = s.substring(i + 1, Math.min(end, s.length()));
                if (ORIGINAL.matcher(inner).matches()) {
                    add(cur.toString(), true, out);
                    cur.setLength(0);
                } else {
                    add(cur.toString(), false, out);
                    cur.setLength(0);
                    split(inner, out);
                }
                i = end + 1;
            } else if (c == ';' || c == '\u061B' || c == '\u060C') {
                add(cur.toString(), false, out);
                cur.setLength(0);
                i++;
            } else if (c == ')') {
                i++;
            } else {
                cur.append(c);
                i++;
            }
        }
        add(cur.toString(), false, out);
    }

    /** Index of the matching ')' or s.length() if the group is not closed. */
    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '(') {
                depth++;
            } else if (s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length();
    }

    private static void add(String raw, boolean original, List<Part> out) {
        String n = DESCRIPTION.matcher(raw.strip()).replaceFirst("").strip();
        n = n.replaceAll("^[,.:\\s]+|[,:\\s]+$", "");
        if (n.isEmpty() || !n.codePoints().anyMatch(Character::isLetter)) {
            return;
        }
        out.add(new Part(n, original || Scripts.isArabic(n)));
    }
}
