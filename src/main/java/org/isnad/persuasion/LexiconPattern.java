package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;

/**
 * One lexicon entry: the technique it signals, the word pattern, a confidence and the extent of the span it marks.
 * Line format (see {@code lexicon/README.txt}): {@code pattern [| confidence [| extent]]}.
 */
public record LexiconPattern(String technique, List<PatternElement> elements, double confidence, Extent extent,
                             String source) {
    public LexiconPattern {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || elements.get(0).optional() || elements.get(0).mode() == PatternElement.Mode.ANY) {
            throw new IllegalArgumentException("pattern must start with a word: " + source);
        }
    }

    /**
     * Parses one lexicon row ({@code pattern}, optional confidence, optional extent). The pattern column may list
     * whole-phrase alternatives separated by {@code " / "}; each becomes a pattern of its own.
     */
    public static List<LexiconPattern> parseAll(String technique, String[] row, double defaultConfidence) {
        List<LexiconPattern> out = new ArrayList<>();
        for (String alt : row[0].split("\\s+/\\s+")) {
            String[] r = row.clone();
            r[0] = alt;
            out.add(parse(technique, r, defaultConfidence));
        }
        return out;
    }

    /** Parses one lexicon row whose pattern column is a single phrase. */
    public static LexiconPattern parse(String technique, String[] row, double defaultConfidence) {
        String src = String.join(" | ", row);
        double conf = defaultConfidence;
        Extent extent = Extent.MATCH;
        try {
            if (row.length > 1 && !row[1].isBlank()) {
                conf = Double.parseDouble(row[1]);
            }
            if (row.length > 2) {
                extent = Extent.parse(row[2]);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(technique + ": " + e.getMessage() + " in '" + src + "'", e);
        }
        List<PatternElement> els = new ArrayList<>();
        for (String part : row[0].strip().split("\\s+")) {
            els.add(element(part));
        }
        return new LexiconPattern(technique, els, conf, extent, src);
    }

    static PatternElement element(String part) {
        if (part.equals("_")) {
            return new PatternElement(Set.of(), PatternElement.Mode.ANY, false, false);
        }
        if (part.equals("_?")) {
            return new PatternElement(Set.of(), PatternElement.Mode.ANY, false, true);
        }
        boolean future = false;
        String p = part;
        if (p.startsWith("س+")) {
            future = true;
            p = p.substring(2);
        }
        PatternElement.Mode mode = PatternElement.Mode.KEY;
        if (p.startsWith("=")) {
            mode = PatternElement.Mode.EXACT;
            p = p.substring(1);
        } else if (p.endsWith("*")) {
            mode = PatternElement.Mode.PREFIX;
            p = p.substring(0, p.length() - 1);
        }
        Set<String> keys = new HashSet<>();
        for (String alt : p.split("\\|")) {
            if (alt.isEmpty()) {
                continue;
            }
            String f = ArabicNormalizer.MATCHING.normalize(alt);
            switch (mode) {
                case EXACT -> keys.add(f);
                case PREFIX -> keys.add(f);
                default -> keys.add(LemmaKey.of(f));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("empty pattern element '" + part + "'");
        }
        return new PatternElement(keys, mode, future, false);
    }
}
